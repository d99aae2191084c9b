/**
 * Is one sentence English or Polish? Function words (rules/align/language.json) plus Polish
 * diacritics. Used for the `untranslated` flag, next to the model's own `sentence.lang`.
 */
import hints from '../../rules/align/language.json' with { type: 'json' };
import { tokenize } from './tokens.ts';

const EN = new Set(hints.en);
const PL = new Set(hints.pl);
const PL_LETTERS = /[ąćęłńóśźż]/giu;

export interface LangGuess {
  lang: 'en' | 'pl' | undefined;
  /** Evidence margin; 0 when undecided. */
  margin: number;
}

/** `guessLanguage('Kopie zapasowe są szyfrowane.')` -> { lang: 'pl', margin: 4 } */
export function guessLanguage(text: string): LangGuess {
  let en = 0;
  let pl = 0;
  for (const token of tokenize(text)) {
    // "a", "i", "w", "to" are short and shared; words in both lists count for neither.
    const inEn = EN.has(token.lower);
    const inPl = PL.has(token.lower);
    if (inEn && !inPl) en++;
    if (inPl && !inEn) pl++;
  }
  const letters = text.match(PL_LETTERS)?.length ?? 0;
  pl += Math.min(letters, 4);
  if (en === pl) return { lang: undefined, margin: 0 };
  return en > pl ? { lang: 'en', margin: en - pl } : { lang: 'pl', margin: pl - en };
}
