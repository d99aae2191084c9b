/**
 * Dates and numbers in the UI language (Intl). Claim values are formatted by the claims module
 * (src/claims/format.ts, through src/site/claim-text.ts), never here. Browser-safe.
 */
import type { Locale } from '../i18n/index.ts';

/** "2024-02-01" -> "1 February 2024" / "1 lutego 2024"; "2024-02" -> "February 2024". */
export function formatDate(iso: string | undefined, locale: Locale): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '1')));
  return dateFormat(locale, Boolean(m[3])).format(date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and precision: making one costs more than formatting (4,000 pages ask). */
function dateFormat(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
  const id = `${locale}:${withDay}`;
  let f = dateFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, withDay ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' });
    dateFormats.set(id, f);
  }
  return f;
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}
