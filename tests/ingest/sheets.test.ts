import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCsv, guessDelimiter } from '../../ingest/readers/csv.ts';
import { readXlsx } from '../../ingest/readers/xlsx.ts';
import { buildDocument } from '../../src/model/build.ts';
import { lineColumn } from '../../src/findings/position.ts';
import { questionnaireTables } from '../../src/model/questionnaire.ts';
import { makeXlsx } from './fixtures/make-xlsx.ts';

const caiq = [
  ['Consensus Assessments Initiative Questionnaire'],
  ['Question ID', 'Question', 'CSP CAIQ Answer', 'CSP Implementation Description'],
  ['CEK-03.1', 'Is data at rest encrypted?', 'Yes', 'AES-256 on every database volume.'],
  ['IAM-14.1', 'Is multi-factor authentication offered to customers?', 'No', ''],
  ['BCR-08.1', 'Are backups kept for a defined period?', { formula: 'IF(1,"Yes","No")', result: 'Yes' }, 'Kept for 35 days.'],
  ['LOG-05.1', 'Are security events monitored around the clock?', '', ''],
];

describe('readXlsx', async () => {
  const bytes = await makeXlsx(
    [
      { name: 'CAIQ', rows: caiq, merges: ['A1:D1'] },
      { name: 'Notes', rows: [['Internal only'], ['Hidden remark', 'x']], hidden: true },
      { name: 'Domains', rows: [['Domain', 'Question', 'Answer'], ['Encryption', 'Is TLS enforced?', 'Yes'], ['', 'Are keys rotated?', 'No']], merges: ['A2:A3'], hiddenRows: [3] },
    ],
    { title: 'Security questionnaire', company: 'Acme Maintenance' },
  );
  const read = await readXlsx(bytes);
  const doc = buildDocument(read, { id: 'q', source: 'q.xlsx', sha256: 'x' });

  it('every sheet is a section, every row a table row with its cells', () => {
    expect(read.format).toBe('xlsx');
    expect(doc.sections.map((s) => s.heading)).toEqual(['CAIQ', 'Notes', 'Domains']);
    const rows = doc.blocks.filter((b) => b.type === 'table-row');
    expect(doc.text.slice(rows[0].start, rows[0].end)).toBe('Question ID | Question | CSP CAIQ Answer | CSP Implementation Description');
    expect(rows[0].header).toBe(true);
    expect(doc.text).toContain('CEK-03.1 | Is data at rest encrypted? | Yes | AES-256 on every database volume.');
  });
  it('a title merged across a row stands once, as a paragraph', () => {
    expect(doc.text.match(/Consensus Assessments Initiative Questionnaire/g)).toHaveLength(1);
    expect(doc.blocks.find((b) => b.type === 'paragraph' && doc.text.slice(b.start, b.end).startsWith('Consensus'))).toBeDefined();
  });
  it('a value merged down a column repeats in every row; formulas give their cached value', () => {
    expect(doc.text).toContain('Encryption | Are keys rotated? | No');
    expect(doc.text).toContain('BCR-08.1 | Are backups kept for a defined period? | Yes | Kept for 35 days.');
    expect(doc.text).not.toContain('IF(');
  });
  it('hidden sheets and rows are kept and marked', () => {
    const hidden = doc.blocks.filter((b) => b.hidden).map((b) => doc.text.slice(b.start, b.end));
    expect(hidden).toEqual(['Notes', 'Internal only', 'Hidden remark | x', 'Encryption | Are keys rotated? | No']);
  });
  it('workbook properties give title and vendor', () => {
    expect(read.meta).toEqual({ title: 'Security questionnaire', vendor: 'Acme Maintenance' });
  });
  it('a position is row and column of the cell (the sheet is the section)', () => {
    const at = doc.text.indexOf('AES-256');
    expect(lineColumn(doc, at)).toEqual({ line: 3, column: 4 });
    expect(lineColumn(doc, at + 5)).toEqual({ line: 3, column: 4 });
    expect(lineColumn(doc, doc.text.indexOf('IAM-14.1'))).toEqual({ line: 4, column: 1 });
  });
  it('columns are found from header words, answers read', () => {
    const [t] = questionnaireTables(doc);
    expect(t.columns).toEqual({ id: 0, question: 1, answer: 2, comment: 3 });
    expect(t.rows.map((r) => [r.control, r.answer])).toEqual([['CEK-03.1', 'yes'], ['IAM-14.1', 'no'], ['BCR-08.1', 'yes'], ['LOG-05.1', 'empty']]);
  });
});

describe('readXlsx on bad input: a one-line reason', () => {
  it('password-protected (encrypted) workbook', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(500)]);
    await expect(readXlsx(cfb)).rejects.toThrow('the workbook is password-protected (encrypted); save a copy without a password and ingest that');
  });
  it('an old .xls renamed', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000)]);
    await expect(readXlsx(cfb)).rejects.toThrow('old binary Excel file (.xls)');
  });
  it('not a zip, a zip without a workbook, a damaged workbook', async () => {
    await expect(readXlsx(strToU8('hello'))).rejects.toThrow('not an Excel workbook (.xlsx is not a zip archive)');
    await expect(readXlsx(zipSync({ 'word/document.xml': strToU8('<x/>') }))).rejects.toThrow('no xl/workbook.xml');
    await expect(readXlsx(zipSync({ 'xl/workbook.xml': strToU8('<not xml') }))).rejects.toThrow(/^the workbook is damaged \(.*\); re-save it as \.xlsx$/);
  });
  it('a zip bomb is refused before exceljs opens it', async () => {
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(5 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    await expect(readXlsx(bomb, { maxUnzippedBytes: 1024 * 1024 })).rejects.toThrow('expands to more than 1 MB (zip bomb?)');
  });
  it('a 100,000-row sheet is refused by counting rows, quickly', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>q${i}</t></is></c></row>`).join('');
    const big = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows}</sheetData></worksheet>`) });
    const t0 = Date.now();
    await expect(readXlsx(big)).rejects.toThrow('a sheet (xl/worksheets/sheet1.xml) has 100000 rows, over the 10000-row limit; split the workbook or remove unused rows');
    expect(Date.now() - t0).toBeLessThan(5000);
  });
  it('formula-injection cells are text, never evaluated', async () => {
    const bytes = await makeXlsx([{ name: 'S', rows: [['Question', 'Answer', 'Comment'], ['Is MFA offered?', 'Yes', '=HYPERLINK("http://evil.example","click")'], ['Is data encrypted?', 'Yes', "=cmd|' /C calc'!A0"], ['Are logs kept?', { formula: 'HYPERLINK("http://evil.example","Yes")', result: 'Yes' }, '']] }]);
    const doc = buildDocument(await readXlsx(bytes), { id: 'f', source: 'f.xlsx', sha256: 'x' });
    expect(doc.text).toContain('=HYPERLINK("http://evil.example","click")');
    expect(doc.text).toContain("=cmd|' /C calc'!A0");
    expect(doc.text).toContain('Are logs kept? | Yes');
    expect(doc.text).not.toContain('HYPERLINK("http://evil.example","Yes")');
  });
});

describe('readCsv', () => {
  it('semicolons (Polish Excel), quoted cells with line breaks, row = record number', () => {
    const text = 'Lp.;Pytanie;Odpowiedź;Komentarz\n1;"Czy dane są\nszyfrowane?";Tak;AES-256\n2;Czy oferujecie MFA?;Nie;\n';
    expect(guessDelimiter(text)).toBe(';');
    const doc = buildDocument(readCsv(text), { id: 'c', source: 'c.csv', sha256: 'x' });
    expect(doc.format).toBe('csv');
    expect(doc.text).toContain('1 | Czy dane są szyfrowane? | Tak | AES-256');
    expect(lineColumn(doc, doc.text.indexOf('Nie'))).toEqual({ line: 3, column: 3 });
    const [t] = questionnaireTables(doc);
    expect(t.columns).toMatchObject({ id: 0, question: 1, answer: 2, comment: 3 });
    expect(t.rows.map((r) => r.answer)).toEqual(['yes', 'no']);
  });
  it('no header: the answer column is found from its Yes/No/NA content', () => {
    const text = ['Is MFA offered?,Yes,TOTP', 'Is data encrypted at rest?,No,', 'Do you store card data?,N/A,We take no payments', 'Is there a WAF?,Yes,'].join('\r\n');
    const doc = buildDocument(readCsv(text), { id: 'c', source: 'c.csv', sha256: 'x' });
    const [t] = questionnaireTables(doc);
    expect(t.header).toBeUndefined();
    expect(t.columns).toEqual({ question: 0, answer: 1, comment: 2 });
    expect(t.rows.map((r) => r.answer)).toEqual(['yes', 'no', 'na', 'yes']);
  });
  it('a table without an answer column is a plain table', () => {
    const doc = buildDocument(readCsv('Name,Purpose\nSendGrid,E-mail\nZendesk,Support\n'), { id: 'c', source: 'c.csv', sha256: 'x' });
    expect(questionnaireTables(doc)).toEqual([]);
    expect(doc.blocks.filter((b) => b.type === 'table-row')).toHaveLength(3);
  });
  it('a 100,000-row file is refused without parsing it all; a quote never closed is a clear reason', () => {
    const big = 'Question,Answer\n' + 'Is it?,Yes\n'.repeat(100_000);
    expect(() => readCsv(big)).toThrow('the CSV file has more than 10000 rows, over the row limit; split it or remove unused rows');
    expect(() => readCsv('Question,Answer\n"Is it?,Yes\nIs MFA on?,No\n')).toThrow(/^the CSV file cannot be parsed \(Quote Not Closed.*line 3\); check its quotes and re-export it$/);
    // A quote inside a cell is text.
    expect(buildDocument(readCsv('Question,Answer\nIs the "admin" role audited?,Yes\n'), { id: 'c', source: 'c.csv', sha256: 'x' }).text).toContain('Is the "admin" role audited? | Yes');
  });
});
