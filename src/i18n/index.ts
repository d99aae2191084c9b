/**
 * One private i18next instance for the CLI and the site (as Starlight does): UI strings live in
 * `locales/<lang>/<namespace>.json`, English is the reference and the fallback.
 * Browser-safe: the dictionaries are imported statically.
 */
import i18next, { type TFunction } from 'i18next';
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import plCommon from '../../locales/pl/common.json' with { type: 'json' };
import enClaims from '../../locales/en/claims.json' with { type: 'json' };
import plClaims from '../../locales/pl/claims.json' with { type: 'json' };
import enFindings from '../../locales/en/findings.json' with { type: 'json' };
import plFindings from '../../locales/pl/findings.json' with { type: 'json' };
import enAlign from '../../locales/en/align.json' with { type: 'json' };
import plAlign from '../../locales/pl/align.json' with { type: 'json' };
import enSearch from '../../locales/en/search.json' with { type: 'json' };
import plSearch from '../../locales/pl/search.json' with { type: 'json' };
import enSite from '../../locales/en/site.json' with { type: 'json' };
import plSite from '../../locales/pl/site.json' with { type: 'json' };

import type { Locale } from './locales.ts';

export { isLocale, LOCALES, type Locale } from './locales.ts';
export const NAMESPACES = ['common', 'claims', 'findings', 'align', 'search', 'site'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  en: { common: enCommon, claims: enClaims, findings: enFindings, align: enAlign, search: enSearch, site: enSite },
  pl: { common: plCommon, claims: plClaims, findings: plFindings, align: plAlign, search: plSearch, site: plSite },
} as const;

let instance: typeof i18next | undefined;

function getInstance(): typeof i18next {
  if (!instance) {
    instance = i18next.createInstance();
    // initAsync is false so init is synchronous: resources are in memory.
    void instance.init({
      resources,
      lng: 'en',
      fallbackLng: 'en',
      ns: [...NAMESPACES],
      defaultNS: 'common',
      keySeparator: false,
      nsSeparator: ':',
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
      showSupportNotice: false,
    });
  }
  return instance;
}

/**
 * Drops the Intl objects i18next keeps (plural rules, one per language): a V8 start-up snapshot
 * cannot hold them (ingest/worker-snapshot.ts). They are made again on the next plural message.
 */
export function dropIntlCaches(): void {
  (instance?.services.pluralResolver as { clearCache?: () => void } | undefined)?.clearCache?.();
}

/** Cache key of a call whose options are all strings, numbers or booleans; undefined otherwise. */
function callKey(key: unknown, options: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return undefined;
  let id = key;
  for (const [name, value] of Object.entries(options)) {
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return undefined;
    // The type's first letter keeps 1 and "1" apart.
    id += `\u0000${name}\u0001${type[0]}${String(value)}`;
  }
  return id;
}

const MAX_CACHED = 20_000;

/**
 * `t` with its results remembered: resources never change after init, so a call with the same key
 * and plain options gives the same string. A site build asks for the same labels on thousands of
 * pages, and i18next's lookup and interpolation was a tenth of its CPU.
 */
function remembering(t: TFunction): TFunction {
  const cache = new Map<string, unknown>();
  const remembered = (key: unknown, options?: unknown): unknown => {
    const id = callKey(key, options);
    if (id === undefined) return (t as (k: unknown, o?: unknown) => unknown)(key, options);
    if (cache.has(id)) return cache.get(id);
    const value = (t as (k: unknown, o?: unknown) => unknown)(key, options);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(id, value);
    return value;
  };
  return Object.assign(remembered, t) as unknown as TFunction;
}

const fixed = new Map<string, TFunction>();

/** A translate function fixed to one locale and namespace: `t('document', { count: 5 })`. */
export function getT(locale: Locale, ns: Namespace = 'common'): TFunction {
  const id = `${locale}:${ns}`;
  let t = fixed.get(id);
  if (!t) {
    t = remembering(getInstance().getFixedT(locale, ns));
    fixed.set(id, t);
  }
  return t;
}
