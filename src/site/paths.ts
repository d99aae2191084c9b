/**
 * Site routes: every page lives under /en/ or /pl/, but for the comparison's, the findings list's and
 * the vendor list's pages (/compare/, /findings/, /vendors/, one set for both UI languages), a document's page (/documents/<id>/),
 * one page for both UI languages, written in its document's language (uiLocale) and shown in
 * another when the address asks for it (`?en`, `?pl`; src/site/client/ui-language.ts), and the
 * pairs' views: one page each for every version pair (/versions/?en&<old>--<new>) and every
 * alignment (/alignment/?en&<source>--<target>), drawn in the browser from the pair named after
 * the language. Browser-safe.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';

export const BASE = '/';

export function href(locale: Locale, ...parts: string[]): string {
  const rest = parts.filter(Boolean).map(encodeURIComponent).join('/');
  return `${BASE}${locale}/${rest ? `${rest}/` : ''}`;
}

/** Kinds of pages that are one page for both UI languages: a document's, the pairs' views, the findings list's, the comparison's and the vendor list's pages. */
export type SharedKind = 'documents' | 'versions' | 'alignment' | 'findings' | 'compare' | 'vendors';
const SHARED: readonly SharedKind[] = ['documents', 'versions', 'alignment', 'findings', 'compare', 'vendors'];

/** Views whose pages are one for both UI languages, under `/<view>/` (the bar links them with `?<lang>`). */
export const SHARED_VIEWS: readonly string[] = ['findings', 'compare', 'vendors'];

/** The language the comparison's and the vendor list's pages are written in; the others' words ride along (src/site/page-words.ts). */
export const SHARED_LOCALE: Locale = 'en';

/** A view's first page in `locale`: `/en/vendors/`, or `/findings/?pl` for a view shared by both languages. */
export const viewHref = (locale: Locale, view: string): string => (SHARED_VIEWS.includes(view) ? `${BASE}${view}/?${locale}` : href(locale, view));

/**
 * The same page in another language: "/en/vendors/" -> "/pl/vendors/", "/documents/x/" ->
 * "/documents/x/?pl", "/versions/" with "?en&a--b" -> "/versions/?pl&a--b" (what follows the
 * language in the query is kept: the pair).
 */
export function switchLocale(pathname: string, to: Locale, search = ''): string {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (m && (LOCALES as readonly string[]).includes(m[1]!)) return `/${to}${m[2] ?? '/'}`;
  if (SHARED.some((kind) => pathname.startsWith(`${BASE}${kind}/`))) return `${pathname}?${[to, ...search.replace(/^\?/, '').split('&').slice(1)].join('&')}`;
  return `/${to}/`;
}

export const pairKey = (a: string, b: string): string => `${a}--${b}`;

/** A document's page, one for both UI languages (the one copy of its text). */
export const documentPath = (documentId: string): string => `${BASE}documents/${encodeURIComponent(documentId)}/`;

/** A link to a document's page from a page in `locale`: the page shows itself in that language. */
export const documentHref = (locale: Locale, documentId: string): string => `${documentPath(documentId)}?${locale}`;

/** The kinds of pair view: a version pair's, an alignment's; each one page for every pair. */
export type PairKind = 'versions' | 'alignment';

/** A link to a pair's view from a page in `locale`: the one page of its kind, the pair named after the language. */
export const pairHref = (locale: Locale, kind: PairKind, key: string): string => `${BASE}${kind}/?${locale}&${encodeURIComponent(key)}`;

/** The pair an address names (`?pl&a--b` -> "a--b"), if any. */
export function askedPair(search: string): string | undefined {
  const key = search.replace(/^\?/, '').split('&')[1];
  if (!key) return undefined;
  try {
    return /^[^/]+--[^/]+$/.test(decodeURIComponent(key)) ? decodeURIComponent(key) : undefined;
  } catch {
    return undefined;
  }
}

/** The UI language a document's page is written in: its own, when the site has that UI language. */
export const uiLocale = (language: string): Locale => ((LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en');

/** The UI language an address asks for (`?pl`), if any. */
export function askedLocale(search: string): Locale | undefined {
  const asked = search.replace(/^\?/, '').split('&')[0];
  return (LOCALES as readonly string[]).includes(asked ?? '') ? (asked as Locale) : undefined;
}
