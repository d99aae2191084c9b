/**
 * Labels of the pages shared by both UI languages leave their key out when their text gives it
 * back (src/site/label-keys.ts): the key found from a text says in every language what the key
 * written would, and a text made with a count or values keeps its key.
 */
import { describe, expect, it } from 'vitest';
import { getT, LOCALES, resources } from '../../src/i18n/index.ts';
import { keyByText, labelKey } from '../../src/site/label-keys.ts';

describe('label keys found from their text', () => {
  it('give back a key that says in every language what the written one does, or none', () => {
    const site = (l: (typeof LOCALES)[number]) => resources[l].site as Record<string, string>;
    for (const locale of LOCALES) {
      const keys = keyByText(locale);
      expect(keys.size).toBeGreaterThan(50);
      for (const [key, text] of Object.entries(site(locale))) {
        const found = keys.get(text);
        if (labelKey(locale, key, text) === '') for (const l of LOCALES) expect(site(l)[found!], `${locale} ${key}`).toBe(site(l)[key]);
        else expect(Object.entries(site(locale)).some(([k, v]) => v === text && LOCALES.some((l) => site(l)[k] !== site(l)[key])), key).toBe(true);
      }
    }
  });

  it('leave a key out only when its text gives it back', () => {
    const t = getT('en', 'site');
    expect(labelKey('en', 'doc.source', t('doc.source'))).toBe('');
    expect(labelKey('pl', 'doc.source', getT('pl', 'site')('doc.source'))).toBe('');
    // 'Vendor' is also the findings filter's label, 'Dostawca' in Polish for both: the key may go.
    expect(labelKey('en', 'doc.vendor', t('doc.vendor'))).toBe('');
    // 'Text' is the document page's 'Treść' and the findings list's 'Tekst' (an excerpt): the key stays.
    expect(t('doc.text')).toBe(t('findings.excerpt'));
    expect(getT('pl', 'site')('doc.text')).not.toBe(getT('pl', 'site')('findings.excerpt'));
    expect(labelKey('en', 'doc.text', t('doc.text'))).toBe('doc.text');
    expect(labelKey('pl', 'doc.text', getT('pl', 'site')('doc.text'))).toBe('');
    // A text with a count or a value is no string of the dictionary.
    expect(labelKey('en', 'claim', t('claim', { count: 3 }))).toBe('claim');
    expect(labelKey('en', 'doc.unsupported-language', t('doc.unsupported-language', { language: 'German' }))).toBe('doc.unsupported-language');
  });
});
