/**
 * Plural forms for client scripts without shipping i18next: the page embeds the forms of a key
 * (plural-forms.ts), the script picks one with Intl.PluralRules, as i18next itself does.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

export function pickPlural(locale: string, forms: PluralForms, count: number): string {
  const cat = new Intl.PluralRules(locale).select(count);
  const form = forms[cat] ?? forms.other ?? forms.one ?? '';
  return form.replace(/\{\{\s*count\s*\}\}/g, new Intl.NumberFormat(locale).format(count));
}
