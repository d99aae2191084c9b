/**
 * `--format xlsx` (exceljs): sheet 1 the values (frozen header and label columns), sheet 2 one
 * row per quote (the evidence). Fixed workbook dates so the same input gives the same cells.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../../i18n/index.ts';
import { getT } from '../../i18n/index.ts';
import { stripXmlInvalid } from '../../xml-chars.ts';
import type { Comparison } from '../compare.ts';
import { quoteTable, valueTable, type StringTable } from './cells.ts';

/**
 * A cell's text as the workbook can hold it: without the characters XML cannot carry (left in,
 * they make the file unreadable) or exceljs drops (DEL), and with LF line breaks (a raw CR
 * would read back as LF anyway).
 */
export function xlsxCell(text: string): string {
  return stripXmlInvalid(text).replace(/\u007f/g, '').replace(/\r\n?/g, '\n');
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

function addSheet(wb: ExcelJS.Workbook, name: string, table: StringTable, frozenCols: number, widths: number[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: frozenCols, ySplit: 1 }] });
  ws.addRow(table.header.map(xlsxCell));
  ws.getRow(1).font = { bold: true };
  for (const r of table.rows) ws.addRow(r.map(xlsxCell));
  table.header.forEach((_, i) => {
    const col = ws.getColumn(i + 1);
    col.width = widths[i] ?? widths[widths.length - 1];
    col.alignment = { wrapText: true, vertical: 'top' };
  });
}

export async function formatXlsx(c: Comparison, locale: Locale = 'en'): Promise<Uint8Array> {
  const t = getT(locale, 'claims');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'seckb';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  addSheet(wb, t('compare.sheet.values'), valueTable(c, locale), 3, [18, 32, 28, 36]);
  addSheet(wb, t('compare.sheet.quotes'), quoteTable(c, locale), 4, [18, 32, 24, 18, 24, 20, 80, 12]);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
