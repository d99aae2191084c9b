/**
 * Language of a document and of each sentence. Short sentences carry too few trigrams for
 * n-gram detectors, so sentences are scored by function words and Polish letters
 * (rules/model/language.json); the whole document also goes through franc for languages
 * other than EN/PL.
 */
import { franc } from 'franc-min';
import words from '../../rules/model/language.json' with { type: 'json' };
import type { Lang } from './types.ts';

const STOPWORDS: Record<string, Set<string>> = { en: new Set(words.en), pl: new Set(words.pl) };
const POLISH_LETTERS = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/g;
const ISO3: Record<string, Lang> = { eng: 'en', pol: 'pl', deu: 'de', fra: 'fr', nld: 'nl', swe: 'sv', spa: 'es', ita: 'it', ces: 'cs', slk: 'sk', rus: 'ru', ukr: 'uk' };

/** Scores per language; undefined when the text gives no evidence. */
export function scoreLanguages(text: string): { en: number; pl: number } {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let en = 0;
  let pl = 0;
  for (const token of tokens) {
    if (STOPWORDS.en.has(token)) en++;
    if (STOPWORDS.pl.has(token)) pl++;
  }
  pl += (text.match(POLISH_LETTERS)?.length ?? 0) * 0.75;
  return { en, pl };
}

/** The sentence's language, or `fallback` when the evidence is too weak to tell. */
export function detectSentenceLanguage(text: string, fallback: Lang): Lang {
  const { en, pl } = scoreLanguages(text);
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words < 4) return fallback;
  if (en >= 2 && en > pl * 2) return 'en';
  if (pl >= 2 && pl > en * 2) return 'pl';
  return fallback;
}

/** The document's main language from its whole text. */
export function detectDocumentLanguage(text: string): Lang {
  const { en, pl } = scoreLanguages(text);
  if (en + pl >= 10) {
    if (pl > en * 1.5) return 'pl';
    if (en > pl * 1.5) return 'en';
  }
  const guess = ISO3[franc(text.slice(0, 20000), { minLength: 20 })];
  return guess ?? (pl > en ? 'pl' : 'en');
}
