import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { command } from '../../src/cli/compare.ts';
import { readCsv, readXlsx } from '../helpers/sheets.ts';

it('seckb compare --format xlsx read back by exceljs equals --format csv', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seckb-compare-'));
  mkdirSync(path.join(dir, 'documents'));
  const docs = [
    documentFromText('# A\n\nBackups are kept for 30 days. Our servers are hosted in Germany.\n', { id: 'a', meta: { vendor: 'Alpha' } }),
    documentFromText('# B\n\nKopie zapasowe przechowujemy przez 5 tygodni; dane usuwamy w ciągu 90 dni od rozwiązania umowy.\n', { id: 'b', meta: { vendor: 'Beta, "Ł" Sp. z o.o.' } }),
  ];
  for (const d of docs) writeFileSync(path.join(dir, 'documents', `${d.id}.json`), JSON.stringify(d));
  writeFileSync(path.join(dir, 'claims.json'), JSON.stringify(docs.flatMap(extractClaims)));
  // The KB reader lists documents from the manifest.
  const manifest = { documents: docs.map((d) => ({ id: d.id, source: `${d.id}.md`, sha256: '0', format: 'md', status: 'ok' })) };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  const xlsxFile = path.join(dir, 'out.xlsx');
  const csvFile = path.join(dir, 'out.csv');
  expect(await command.run(['--kb', dir, '--format', 'xlsx', '--out', xlsxFile])).toBe(0);
  expect(await command.run(['--kb', dir, '--format', 'csv', '--out', csvFile])).toBe(0);
  const fromXlsx = (await readXlsx(readFileSync(xlsxFile)))[0]!.rows;
  const csv = readFileSync(csvFile, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const csvRows = await readCsv(csv);
  expect(fromXlsx[0]).toContain('Beta, "Ł" Sp. z o.o.');
  expect(fromXlsx.length).toBeGreaterThan(3);
  expect(fromXlsx).toEqual(csvRows);
});
