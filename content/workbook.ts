/**
 * Questionnaire files from JSON specs (exceljs for .xlsx; RFC 4180 text for .csv). Used by
 * content/generate.ts for the sample corpus and by the questionnaire tests for their labelled
 * set. Deterministic: fixed workbook dates and zip entry times, so a rerun gives the same bytes.
 *
 * Spec: { "props": {"title", "company", "date"}, "delimiter"?: ";",
 *         "sheets": [{ "name", "hidden"?, "hiddenRows"?: [3], "merges"?: ["A1:D1"],
 *                      "widths"?: [12, 60, 14, 50], "rows": [["Question ID", "Question", ...], ...] }] }
 * A cell is a string, or {"formula": "...", "result": "..."} (a formula with its cached value).
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

export type SpecCell = string | { formula: string; result: string };

export interface SheetSpec {
  name: string;
  hidden?: boolean;
  hiddenRows?: number[];
  merges?: string[];
  widths?: number[];
  rows: SpecCell[][];
}

export interface WorkbookSpec {
  props?: { title?: string; company?: string; date?: string };
  /** .csv only: the field separator (default ","). */
  delimiter?: string;
  sheets: SheetSpec[];
}

function fixedDate(date = '2026-01-01'): Date {
  return new Date(`${date}T12:00:00Z`);
}

export async function buildXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.props?.company ?? 'seckb';
  wb.created = fixedDate(spec.props?.date);
  wb.modified = fixedDate(spec.props?.date);
  if (spec.props?.title) wb.title = spec.props.title;
  if (spec.props?.company) wb.company = spec.props.company;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, s.hidden ? { state: 'hidden' } : {});
    for (const row of s.rows) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
    (s.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
      ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
    });
    for (const n of s.hiddenRows ?? []) ws.getRow(n).hidden = true;
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const raw = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // exceljs stamps zip entries with the current time: re-zip with a fixed one. fflate writes DOS
  // times from local date fields, so the date is built from local fields (same bytes in any TZ).
  const when = fixedDate(spec.props?.date);
  const mtime = new Date(when.getUTCFullYear(), when.getUTCMonth(), when.getUTCDate(), 12, 0, 0);
  return zipSync(Object.fromEntries(Object.entries(unzipSync(raw)).map(([k, v]) => [k, [v, { mtime }]])), { level: 6 });
}

export function buildCsv(spec: WorkbookSpec): string {
  const d = spec.delimiter ?? ',';
  const field = (c: SpecCell) => {
    const s = typeof c === 'string' ? c : c.result;
    return s.includes(d) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return spec.sheets[0].rows.map((r) => r.map(field).join(d)).join('\r\n') + '\r\n';
}
