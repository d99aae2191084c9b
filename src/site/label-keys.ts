/**
 * A label that a page shared by both UI languages writes in one language and its script says again
 * in the other carries its key (`data-t`, src/site/client/ui-language.ts). When its text in the
 * language the page is written in is a string of the site's dictionary that gives the same words in
 * every language whichever of its keys says it ("Vendor" is `doc.vendor` and `findings.vendor`, and
 * "Dostawca" both), the key is left out (`data-t=""`): the script finds one from the text
 * (keyByText) before anything reads it. Some 20 labels a page, ~10 bytes each. Pure, browser-safe.
 */
import { LOCALES, resources, type Locale } from '../i18n/index.ts';

const strings = (locale: Locale): Record<string, string> => resources[locale].site as Record<string, string>;
const maps = new Map<Locale, Map<string, string>>();

/** Text -> a key of the site's strings in `locale`, for texts whose keys all say the same in every language. */
export function keyByText(locale: Locale): Map<string, string> {
  let map = maps.get(locale);
  if (!map) {
    const keys = new Map<string, string[]>();
    for (const [key, text] of Object.entries(strings(locale))) keys.set(text, [...(keys.get(text) ?? []), key]);
    const same = (a: string, b: string): boolean => LOCALES.every((l) => strings(l)[a] === strings(l)[b]);
    map = new Map([...keys].flatMap(([text, [first, ...rest]]) => (rest.every((k) => same(first!, k)) ? [[text, first!] as [string, string]] : [])));
    maps.set(locale, map);
  }
  return map;
}

/** What `data-t` says for a label showing `text` in `locale`: "" when the text gives `key` (or a key saying the same) back. */
export const labelKey = (locale: Locale, key: string, text: string): string => (strings(locale)[key] === text && keyByText(locale).has(text) ? '' : key);
