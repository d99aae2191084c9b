/**
 * Site routes: every page lives under /en/ or /pl/, but for a document's page (/documents/<id>/),
 * a version pair's (/versions/<old>--<new>/) and an alignment's (/alignment/<source>--<target>/),
 * each one page for both UI languages: written in its document's language (uiLocale) and shown in
 * another when the address asks for it (`?en`, `?pl`; src/site/client/ui-language.ts). Browser-safe.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';

export const BASE = '/';

export function href(locale: Locale, ...parts: string[]): string {
  const rest = parts.filter(Boolean).map(encodeURIComponent).join('/');
  return `${BASE}${locale}/${rest ? `${rest}/` : ''}`;
}

/** Kinds of pages that are one page for both UI languages: a document's, a version pair's, an alignment's. */
export type SharedKind = 'documents' | 'versions' | 'alignment';
const SHARED: readonly SharedKind[] = ['documents', 'versions', 'alignment'];

/** The same page in another language: "/en/vendors/" -> "/pl/vendors/", "/documents/x/" -> "/documents/x/?pl". */
export function switchLocale(pathname: string, to: Locale): string {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (m && (LOCALES as readonly string[]).includes(m[1]!)) return `/${to}${m[2] ?? '/'}`;
  if (SHARED.some((kind) => pathname.startsWith(`${BASE}${kind}/`))) return `${pathname}?${to}`;
  return `/${to}/`;
}

export const pairKey = (a: string, b: string): string => `${a}--${b}`;

/** A page for both UI languages: a document's (the one copy of its text) or a pair's. */
export const sharedPath = (kind: SharedKind, key: string): string => `${BASE}${kind}/${encodeURIComponent(key)}/`;

/** A link to such a page from a page in `locale`: the page shows itself in that language. */
export const sharedHref = (locale: Locale, kind: SharedKind, key: string): string => `${sharedPath(kind, key)}?${locale}`;

export const documentPath = (documentId: string): string => sharedPath('documents', documentId);
export const documentHref = (locale: Locale, documentId: string): string => sharedHref(locale, 'documents', documentId);

/** The UI language a document's page is written in: its own, when the site has that UI language. */
export const uiLocale = (language: string): Locale => ((LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en');

/** The UI language an address asks for (`?pl`), if any. */
export function askedLocale(search: string): Locale | undefined {
  const asked = search.replace(/^\?/, '').split('&')[0];
  return (LOCALES as readonly string[]).includes(asked ?? '') ? (asked as Locale) : undefined;
}
