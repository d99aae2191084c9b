/**
 * The comparison as an .xlsx workbook (build time, Node): one sheet of values, one of quotes,
 * frozen header. Zip entry times are fixed so the same KB gives the same bytes.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { Comparison } from './comparison.ts';
import { formatQualifier, formatValue } from './format.ts';
import { getT, type Locale } from '../i18n/index.ts';

const FIXED = new Date(Date.UTC(2000, 0, 1));

export function comparisonSheets(comparison: Comparison, locale: Locale): { values: string[][]; quotes: string[][] } {
  const t = getT(locale, 'site');
  const head = [t('compare.attribute'), ...comparison.columns.map((c) => c.vendorName)];
  const values: string[][] = [head];
  const quotes: string[][] = [head];
  for (const g of comparison.groups) {
    for (const r of g.rows) {
      const qual = r.qualifiers.map(([k, v]) => formatQualifier(k, v, locale)).join(', ');
      const label = `${t(`group.${g.id}`)}: ${t(`attr.${r.attribute}`, { defaultValue: r.attribute })}${qual ? ` (${qual})` : ''}`;
      values.push([
        label,
        ...r.cells.map((c) =>
          c.values
            .map((v) => [formatValue(v.value, locale, r.attribute), v.details.map(([k, x]) => formatQualifier(k, x, locale)).join(', ')].filter(Boolean).join(' '))
            .join('; '),
        ),
      ]);
      quotes.push([label, ...r.cells.map((c) => c.values.map((v) => v.claims[0]!.quote).join('\n'))]);
    }
  }
  return { values, quotes };
}

export async function comparisonXlsx(comparison: Comparison, locale: Locale): Promise<Uint8Array> {
  const t = getT(locale, 'site');
  const { values, quotes } = comparisonSheets(comparison, locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'seckb';
  wb.created = FIXED;
  wb.modified = FIXED;
  for (const [name, rows] of [
    [t('compare.title'), values],
    [t('compare.quote'), quotes],
  ] as const) {
    const ws = wb.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    for (const row of rows) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((col, i) => {
      col.width = i === 0 ? 45 : 30;
      col.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  const files = unzipSync(raw);
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { mtime: FIXED }]])), { level: 6 });
}
