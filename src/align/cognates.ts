/**
 * Cognates: technical words that EN and PL borrow from one root ("administrator", "platforma",
 * "protokół"/"protocol", "certyfikat"/"certificate", "konfiguracja"/"configuration"). A folded
 * prefix of each long word is weak evidence that two sentences say the same thing, and it works
 * for words no dictionary lists.
 */
import hints from '../../rules/align/language.json' with { type: 'json' };
import type { Token } from './tokens.ts';

const FUNCTION_WORDS = new Set([...hints.en, ...hints.pl]);
const PREFIX = 5;

// Polish spelling of borrowed words, mapped onto the English one: "k"->"c", "w"->"v", "y"->"i".
const SPELLING: Array<[RegExp, string]> = [
  [/ph/g, 'f'],
  [/sz/g, 's'],
  [/cz/g, 'c'],
  [/ks/g, 'x'],
  [/k/g, 'c'],
  [/w/g, 'v'],
  [/y/g, 'i'],
];

export function fold(word: string): string {
  let s = word.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, '');
  for (const [re, to] of SPELLING) s = s.replace(re, to);
  return s;
}

/**
 * Cognate keys of the plain words in `tokens` (not inside `covered` ranges, which the dictionary
 * already explains). Capitalised words other than the first are names and are compared as names.
 */
export function cognateKeys(tokens: Token[], covered: (t: Token) => boolean): string[] {
  const keys: string[] = [];
  tokens.forEach((t, i) => {
    if (t.text.length < PREFIX + 1 || !/^\p{L}+$/u.test(t.text) || FUNCTION_WORDS.has(t.lower) || covered(t)) return;
    if (/\p{Lu}/u.test(t.text.slice(1)) || (i > 0 && /^\p{Lu}/u.test(t.text))) return;
    keys.push(fold(t.text).slice(0, PREFIX));
  });
  return keys;
}
