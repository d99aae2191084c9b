/** Server side of plurals for client scripts: the raw forms of a key, embedded in the page. */
import { resources, type Locale, type Namespace } from '../i18n/index.ts';
import type { PluralForms } from './plural.ts';

const CATEGORIES: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The raw forms of `key` ("{{count}}" left in place), falling back to English. */
export function pluralForms(locale: Locale, ns: Namespace, key: string): PluralForms {
  const dict = resources[locale][ns] as Record<string, string>;
  const out: PluralForms = {};
  for (const c of CATEGORIES) {
    const s = dict[`${key}_${c}`];
    if (s) out[c] = s;
  }
  return Object.keys(out).length || locale === 'en' ? out : pluralForms('en', ns, key);
}
