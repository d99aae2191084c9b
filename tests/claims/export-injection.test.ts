/** Quotes from questionnaires can start like a formula: exports must open them as text. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../ingest/readers/csv.ts';
import { buildComparison } from '../../src/claims/compare.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { csvField, formatCsv } from '../../src/claims/reporters/csv.ts';
import { formatXlsx } from '../../src/claims/reporters/xlsx.ts';
import { buildDocument } from '../../src/model/build.ts';
import { toCsv } from '../../src/site/csv.ts';

const doc = buildDocument(
  readCsv(['Question,Answer,Comment', `"=cmd|' /C calc'!A0 Is MFA offered to customers?",No,`, '"@SUM(1+1) Is data encrypted at rest?",Yes,AES-256'].join('\n')),
  { id: 'evil', source: 'evil.csv', sha256: 'x', meta: { vendor: 'Evil' } },
);
const table = buildComparison([doc], extractClaims(doc));

describe('formula injection in exports', () => {
  it('csvField prefixes = + - @ tab CR with an apostrophe, and only those', () => {
    expect(['=1+1', '+1', '-1', '@x', '\tx', 'plain', "'=kept"].map(csvField)).toEqual(["'=1+1", "'+1", "'-1", "'@x", "'\tx", 'plain', "'=kept"]);
    expect(csvField('=HYPERLINK("http://x","a")')).toBe(`"'=HYPERLINK(""http://x"",""a"")"`);
    expect(toCsv([['=1', 'a']], false)).toBe("'=1,a\r\n");
  });
  it('compare --format csv: no cell starts with a formula character', () => {
    const csv = formatCsv(table);
    const cells = csv.slice(1).split(/,|\r\n/).map((c) => c.replace(/^"/, ''));
    expect(cells.some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });
  it('compare --format xlsx: quotes are string cells, never formulas', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await formatXlsx(table)) as unknown as ArrayBuffer);
    const quotes: ExcelJS.Cell[] = [];
    wb.worksheets[1].eachRow((row) => row.eachCell((cell) => quotes.push(cell)));
    const risky = quotes.filter((c) => typeof c.value === 'string' && /^[=@]/.test(c.value));
    expect(risky.length).toBeGreaterThan(0);
    expect(quotes.every((c) => c.type !== ExcelJS.ValueType.Formula)).toBe(true);
  });
});
