/**
 * A light Polish suffix stemmer driven by rules/search/stem-pl.json (no maintained Snowball
 * Polish exists on npm; @nlpjs's StemmerPl leaves "bezpieczeństwo" and "bezpieczeństwa" apart).
 * One pass: the longest matching suffix is replaced if at least `minStem` letters remain.
 *
 * stemPl('kopiami') === 'kop'; stemPl('zapasowych') === 'zapas'; stemPl('szyfrujemy') === 'szyfr'
 */
import rules from '../../rules/search/stem-pl.json' with { type: 'json' };
import { fold } from './fold.ts';

interface StemRules {
  minStem: number;
  minWord: number;
  rules: Array<{ why: string; replace: string; suffixes: string[] }>;
}

/** suffix -> replacement, for the suffix as written and folded (ą->a ...); longest first. */
function compile(data: StemRules): Array<[string, string]> {
  const map = new Map<string, string>();
  data.rules.forEach((rule, r) => {
    rule.suffixes.forEach((suffix, s) => {
      if (!suffix) throw new Error(`rules/search/stem-pl.json: rule ${r + 1}, suffix ${s + 1}: empty`);
      for (const form of [suffix, fold(suffix)]) if (!map.has(form)) map.set(form, rule.replace);
    });
  });
  return [...map.entries()].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
}

const data = rules as StemRules;
const SUFFIXES = compile(data);

/** Stem one lower-cased Polish word (with or without diacritics). */
export function stemPl(word: string): string {
  if (word.length < data.minWord || /\d/.test(word)) return word;
  for (const [suffix, replace] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= data.minStem) {
      return word.slice(0, word.length - suffix.length) + replace;
    }
  }
  return word;
}
