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

/** The same page in another language: "/en/vendors/" -> "/pl/vendors/", "/documents/x/" -> "/documents/x/?pl". */
export function switchLocale(pathname: string, to: Locale): string {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (m && (LOCALES as readonly string[]).includes(m[1]!)) return `/${to}${m[2] ?? '/'}`;
  if (SHARED.some((kind) => pathname.startsWith(`${BASE}${kind}/`))) return `${pathname}?${to}`;
  return `/${to}/`;
}

export const pairKey = (a: string, b: string): string => `${a}--${b}`;

/** Kinds of pages that are one page for both UI languages. */
const SHARED = ['documents', 'versions', 'alignment'] as const;

/** A document's page, the one copy of its text for both UI languages (src/pages/documents/[id].astro). */
export const documentPath = (documentId: string): string => `${BASE}documents/${encodeURIComponent(documentId)}/`;

/** A link to a document's page from a page in `locale`: the page shows itself in that language. */
export const documentHref = (locale: Locale, documentId: string): string => `${documentPath(documentId)}?${locale}`;

/** A version pair's page, one for both UI languages (src/pages/versions/[pair]/index.astro). */
export const versionPairPath = (key: string): string => `${BASE}versions/${encodeURIComponent(key)}/`;

/** A link to a version pair's page from a page in `locale`. */
export const versionPairHref = (locale: Locale, key: string): string => `${versionPairPath(key)}?${locale}`;

/** A link to a translation pair's alignment page, one for both UI languages (src/pages/alignment/[pair]/index.astro). */
export const alignmentHref = (locale: Locale, key: string): string => `${BASE}alignment/${encodeURIComponent(key)}/?${locale}`;

/** The UI language a document's page is written in: its own, when the site has that UI language. */
export const uiLocale = (language: string): Locale => ((LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en');

/** The UI language an address asks for (`?pl`), if any. */
export function askedLocale(search: string): Locale | undefined {
  const asked = search.replace(/^\?/, '').split('&')[0];
  return (LOCALES as readonly string[]).includes(asked ?? '') ? (asked as Locale) : undefined;
}
