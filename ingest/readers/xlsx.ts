/**
 * .xlsx reader (exceljs): every sheet, hidden ones and hidden rows kept but marked, merged cells
 * resolved (a value merged down a column repeats in each row; merged across a row it stands
 * once), formulas read as the value Excel cached, never evaluated. Before exceljs opens the file,
 * the zip is checked (not a workbook, encrypted, damaged, zip bomb) and every sheet's rows are
 * counted against the row limit.
 */
import ExcelJS from 'exceljs';
import type { DeclaredMeta, ReadResult } from '../../src/model/types.ts';
import { ReadError } from '../errors.ts';
import { assertZipWithin, streamZipEntry, zipEntries } from '../zip.ts';
import { cellText, sheetsToRead, type Sheet, type SheetRow } from './sheet.ts';

export interface XlsxOptions {
  maxUnzippedBytes?: number;
  /** Refuse a sheet with more rows than this. */
  maxRows?: number;
}

const DEFAULT_MAX_UNZIPPED = 200 * 1024 * 1024;
const DEFAULT_MAX_ROWS = 10_000;
/** An OLE2 compound file: an encrypted (password-protected) workbook, or an old .xls. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isCompoundFile(buf: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => buf[i] === b);
}

/** Encrypted OOXML keeps an "EncryptionInfo" stream (its directory name is UTF-16LE). */
function isEncrypted(buf: Uint8Array): boolean {
  const name = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(name);
}

type CellValue = ExcelJS.CellValue;

/** What the cell shows: formulas by their cached result, rich text joined, dates as ISO dates. */
export function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? '').join('');
    if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? valueText(value.result as CellValue) : '';
    if ('error' in value) return String(value.error);
    if ('text' in value) return valueText((value as { text: CellValue }).text);
  }
  return '';
}

/** Sheets larger than the limit are refused before exceljs builds them in memory; counted as they inflate, held nowhere. */
async function assertRowCounts(buf: Uint8Array, entries: NonNullable<ReturnType<typeof zipEntries>>, maxBytes: number, maxRows: number): Promise<void> {
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    let rows = 0;
    // The last 4 characters of a piece go with the next, so a tag cut between pieces counts once.
    let carry = '';
    await streamZipEntry(buf, entry, maxBytes, (chunk) => {
      const xml = carry + chunk.toString('latin1');
      for (let at = xml.indexOf('<row'); at !== -1 && at + 4 < xml.length; at = xml.indexOf('<row', at + 4)) {
        if (/[\s>/]/.test(xml[at + 4]!)) rows++;
      }
      carry = xml.slice(-4);
    });
    if (rows > maxRows) {
      throw new ReadError(`a sheet (${entry.name}) has ${rows} rows, over the ${maxRows}-row limit; split the workbook or remove unused rows`);
    }
  }
}

function readSheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetRow['cells'] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const master = cell.isMerged ? cell.master : cell;
      // Merged across a row: the value stands once, in the first column of the range.
      if (master !== cell && master.row === cell.row) return;
      const text = cellText(valueText(master.value));
      if (text) cells.push({ column, text });
    });
    rows.push({ row: rowNumber, cells, ...(row.hidden ? { hidden: true } : {}) });
  });
  return { name: ws.name, rows, ...(ws.state !== 'visible' ? { hidden: true } : {}) };
}

/** Reads a .xlsx; throws ReadError with a reason for a file that cannot be read. */
export async function readXlsx(buf: Uint8Array, options: XlsxOptions = {}): Promise<ReadResult> {
  if (isCompoundFile(buf)) {
    throw new ReadError(
      isEncrypted(buf)
        ? 'the workbook is password-protected (encrypted); save a copy without a password and ingest that'
        : 'this is an old binary Excel file (.xls), not .xlsx; open it in Excel and save it as .xlsx',
    );
  }
  const entries = zipEntries(buf);
  if (!entries) throw new ReadError('not an Excel workbook (.xlsx is not a zip archive); re-save it as .xlsx');
  const max = options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED;
  await assertZipWithin(buf, entries, max);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new ReadError('not an Excel workbook (no xl/workbook.xml in the archive); re-save it as .xlsx');
  }
  await assertRowCounts(buf, entries, max, options.maxRows ?? DEFAULT_MAX_ROWS);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);
    throw new ReadError(`the workbook is damaged (${message}); re-save it as .xlsx`, { cause: error });
  }
  const meta: DeclaredMeta = {};
  if (wb.title?.trim()) meta.title = wb.title.trim();
  if (wb.company?.trim()) meta.vendor = wb.company.trim();
  return sheetsToRead(wb.worksheets.map(readSheet), 'xlsx', meta);
}
