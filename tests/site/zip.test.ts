import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { zipDeflated } from '../../src/site/zip.ts';
import { readXlsx } from '../helpers/sheets.ts';
import { formatXlsx } from '../../src/claims/reporters/xlsx.ts';
import { comparisonXlsx } from '../../src/site/xlsx.ts';
import { buildComparison } from '../../src/claims/compare.ts';
import { readSiteKb } from '../../src/site/kb.ts';
import path from 'node:path';

const kb = readSiteKb(path.resolve(import.meta.dirname, 'fixtures/kb'));
const enc = (s: string) => new TextEncoder().encode(s);

describe('zip of deflated entries (the site workbooks)', () => {
  it('gives its entries back in order, byte for byte, folders and UTF-8 names too', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i % 17}</v></c></row>`).join('');
    const files: Array<[string, Uint8Array]> = [['[Content_Types].xml', enc('<Types/>')], ['xl/', new Uint8Array()], ['xl/worksheets/sheet1.xml', enc(rows)], ['docProps/zażółć.xml', enc('gęślą jaźń')]];
    const back = unzipSync(zipDeflated(files));
    expect(Object.keys(back)).toEqual(files.map(([n]) => n));
    for (const [name, data] of files) expect(Buffer.from(back[name]!).equals(Buffer.from(data)), name).toBe(true);
  });

  it('writes the same bytes for the same files, smaller than the fflate zip it replaces', () => {
    const xml = enc(Array.from({ length: 2000 }, (_, i) => `<c r="B${i}" s="1" t="s"><v>${(i * 7919) % 1000}</v></c>`).join(''));
    const a = zipDeflated([['sheet.xml', xml]]);
    expect(Buffer.from(a).equals(Buffer.from(zipDeflated([['sheet.xml', xml]])))).toBe(true);
    expect(a.length).toBeLessThan(zipSync({ 'sheet.xml': [xml, { mtime: new Date(Date.UTC(2000, 0, 1)) }] }, { level: 6 }).length);
  });

  it("holds the CLI's workbook: the same sheets, read back by exceljs", async () => {
    for (const locale of ['en', 'pl'] as const) {
      const site = await comparisonXlsx(kb.documents, kb.claims, locale);
      expect(await readXlsx(site)).toEqual(await readXlsx(await formatXlsx(buildComparison(kb.documents, kb.claims), locale)));
    }
  });
});
