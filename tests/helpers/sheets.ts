/**
 * Reading spreadsheets back in tests with exceljs (a runtime dependency already), in place of the
 * `xlsx` 0.18 package and its published advisories. Rows are arrays of cell texts as a person
 * sees them, padded with '' to the sheet's width.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

type Sheet = ExcelJS.Worksheet;

function rowsOf(sheet: Sheet): string[][] {
  const width = sheet.columnCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => row.getCell(c + 1).text ?? ''));
  }
  return rows;
}

/** Every sheet of a workbook: name and rows. */
export async function readXlsx(bytes: Uint8Array): Promise<Array<{ name: string; rows: string[][] }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.worksheets.map((s) => ({ name: s.name, rows: rowsOf(s) }));
}

/** A CSV's rows, every value kept as written (no number or date guessing); a BOM is dropped. */
export async function readCsv(text: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  const sheet = await wb.csv.read(Readable.from([text.replace(/^\ufeff/, '')]), { map: (value: unknown) => value } as never);
  return rowsOf(sheet);
}
