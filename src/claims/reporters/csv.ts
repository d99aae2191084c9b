/** `--format csv`: RFC 4180 (CRLF, quoted where needed), UTF-8 with BOM so Excel reads Polish letters. */
import type { Locale } from '../../i18n/index.ts';
import type { Comparison } from '../compare.ts';
import { valueTable } from './cells.ts';

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(c: Comparison, locale: Locale = 'en'): string {
  const { header, rows } = valueTable(c, locale);
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
