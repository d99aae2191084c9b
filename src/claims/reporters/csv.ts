/** `--format csv`: RFC 4180 (CRLF, quoted where needed), UTF-8 with BOM so Excel reads Polish letters. */
import type { Locale } from '../../i18n/index.ts';
import type { Comparison } from '../compare.ts';
import { valueTable } from './cells.ts';

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+`, `-`, `@`, or a leading
 * tab/CR: OWASP's CSV injection list) gets a leading apostrophe, so it opens as text. Quotes
 * from questionnaires can start that way.
 */
export function neutralizeFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvField(raw: string): string {
  const s = neutralizeFormula(raw);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(c: Comparison, locale: Locale = 'en'): string {
  const { header, rows } = valueTable(c, locale);
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
