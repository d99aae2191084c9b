/** Site routes: every page lives under /en/ or /pl/. Browser-safe. */
import { LOCALES, type Locale } from '../i18n/locales.ts';

export const BASE = '/';

export function href(locale: Locale, ...parts: string[]): string {
  const rest = parts.filter(Boolean).map(encodeURIComponent).join('/');
  return `${BASE}${locale}/${rest ? `${rest}/` : ''}`;
}

/** The same page in another language: "/en/documents/x/" -> "/pl/documents/x/". */
export function switchLocale(pathname: string, to: Locale): string {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (m && (LOCALES as readonly string[]).includes(m[1]!)) return `/${to}${m[2] ?? '/'}`;
  return `/${to}/`;
}

export const pairKey = (a: string, b: string): string => `${a}--${b}`;

/** A document's text page, the one copy of its text for both UI languages (src/pages/text/[id].html.ts). */
export const textPath = (documentId: string): string => `${BASE}text/${encodeURIComponent(documentId)}.html`;
