/** Shared bits of every page's front matter: locale from the route, translators, paths. */
import type { TFunction } from 'i18next';
import { LOCALES, getT, isLocale, type Locale } from '../i18n/index.ts';

export interface PageContext {
  locale: Locale;
  t: TFunction;
  tc: TFunction;
}

export function pageContext(lang: string | undefined): PageContext {
  if (!isLocale(lang)) throw new Error(`seckb site: unknown locale "${String(lang)}"`);
  return { locale: lang, t: getT(lang, 'site'), tc: getT(lang, 'common') };
}

/** getStaticPaths for pages that exist once per locale. */
export function localePaths(): Array<{ params: { lang: Locale } }> {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** Cross product of locales and items: getStaticPaths for per-entity pages. */
export function localeItemPaths<P extends Record<string, string>, T>(items: Array<{ params: P; props: T }>): Array<{ params: P & { lang: Locale }; props: T }> {
  return LOCALES.flatMap((lang) => items.map((i) => ({ params: { ...i.params, lang }, props: i.props })));
}

// default-src 'none' already denies fonts and manifests (the site has neither): not spelled out
// in every page's head.
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
