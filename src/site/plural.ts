/**
 * Plural forms for client scripts without shipping i18next: the page embeds the forms of a key
 * (`pluralForms`), the script picks one with Intl.PluralRules, as i18next itself does.
 */
import { resources, type Locale, type Namespace } from '../i18n/index.ts';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

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

export function pickPlural(locale: string, forms: PluralForms, count: number): string {
  const cat = new Intl.PluralRules(locale).select(count);
  const form = forms[cat] ?? forms.other ?? forms.one ?? '';
  return form.replace(/\{\{\s*count\s*\}\}/g, new Intl.NumberFormat(locale).format(count));
}
