/**
 * Language of a document and of each sentence. Short sentences carry too few trigrams for
 * n-gram detectors, so sentences are scored by function words and Polish letters
 * (rules/model/language.json); the whole document also goes through franc (the full build:
 * franc-min lacks Danish, Norwegian and Finnish) for languages other than EN/PL.
 */
import { franc } from 'franc';
import languages from '../../rules/model/languages.json' with { type: 'json' };
import words from '../../rules/model/language.json' with { type: 'json' };
import others from '../../rules/model/language-others.json' with { type: 'json' };
import { isSupportedLanguage } from './language-support.ts';
import type { Lang } from './types.ts';

const STOPWORDS: Record<string, Set<string>> = { en: new Set(words.en), pl: new Set(words.pl) };
const POLISH_LETTERS = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/g;
const HAS_POLISH_LETTER = /[ąćęłńśźż]/iu;
const ISO3: Record<string, Lang> = languages.iso639_3to1;
const FRANC_ONLY = Object.keys(ISO3);
const EN_PL = ['eng', 'pol'];
export { isSupportedLanguage } from './language-support.ts';

/** Share of EN/PL function words below which a text is left to franc (EN/PL documents: 0.24 and up). */
const MIN_FUNCTION_WORD_SHARE = 0.12;

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
  if (!isSupportedLanguage(fallback)) {
    // In a Danish or German document a few shared words ("i", "to", "for", "at") are no evidence:
    // an English sentence there is dense with English function words, a Polish one has Polish letters.
    if (en >= 3 && en >= words * 0.4 && en > pl * 2) return 'en';
    if (pl >= 3 && HAS_POLISH_LETTER.test(text) && pl > en * 2) return 'pl';
    return fallback;
  }
  if (en >= 2 && en > pl * 2) return 'en';
  if (pl >= 2 && pl > en * 2) return 'pl';
  return fallback;
}

/** Fewer letters than this and franc's guess among all languages is noise (short English comes out Dutch). */
const MIN_FRANC_LETTERS = 200;

/** Function words (or marking letters) a short text needs before it is called another language than EN/PL. */
const MIN_OTHER_EVIDENCE = 2;

/** Per language without rules: its ISO 639-3 codes (for franc), function words, marking letters. */
const OTHER_EVIDENCE = Object.entries(others.languages as Record<string, { letters: string; words: string[] }>).map(([lang, { letters, words: list }]) => {
  const iso3 = Object.keys(ISO3).filter((code) => ISO3[code] === lang);
  if (!iso3.length) throw new Error(`rules/model/language-others.json: "${lang}" is not a language of rules/model/languages.json`);
  const own = list.filter((w) => !STOPWORDS.en.has(w) && !STOPWORDS.pl.has(w));
  return { lang, iso3, words: new Set(own), letters: new Set(letters) };
});

/**
 * The language without rules a short text shows most evidence of (its function words that are
 * not EN/PL function words, and its letters), when that beats the EN and PL evidence.
 */
function otherLanguage(text: string, enPl: { en: number; pl: number }): Lang | undefined {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const letters = [...text.toLowerCase()];
  const scored = OTHER_EVIDENCE.map((o) => ({
    ...o,
    score: tokens.filter((t) => o.words.has(t)).length + letters.filter((c) => o.letters.has(c)).length * 0.75,
  }));
  const best = Math.max(...scored.map((o) => o.score));
  if (best < MIN_OTHER_EVIDENCE || best <= Math.max(enPl.en, enPl.pl)) return undefined;
  const tied = scored.filter((o) => o.score === best);
  if (tied.length === 1) return tied[0]!.lang;
  // Danish and Norwegian share most function words: franc's trigrams, among those only, decide.
  return ISO3[franc(text, { minLength: 1, only: tied.flatMap((o) => o.iso3) })] ?? tied[0]!.lang;
}

/** The document's main language from its whole text. */
export function detectDocumentLanguage(text: string): Lang {
  const { en, pl } = scoreLanguages(text);
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  // EN/PL prose is a quarter or more function words; Danish or German shares only a few ("i", "for").
  if (en + pl >= 10 && en + pl >= words * MIN_FUNCTION_WORD_SHARE) {
    if (pl > en * 1.5) return 'pl';
    if (en > pl * 1.5) return 'en';
  }
  // A sentence or two ("We guarantee 99.9 % uptime.") is too short to tell Danish from Dutch by
  // trigrams, but long enough to tell English from Polish.
  const long = (text.match(/\p{L}/gu)?.length ?? 0) >= MIN_FRANC_LETTERS;
  // Too short for trigrams among all languages, but function words may still say Danish or German
  // rather than English: without such evidence the text stays EN or PL.
  const other = long ? undefined : otherLanguage(text, { en, pl });
  if (other) return other;
  // Polish letters outweighing English words say more than trigrams of a sentence or two.
  if (!long && pl > en && HAS_POLISH_LETTER.test(text)) return 'pl';
  const guess = ISO3[franc(text.slice(0, 20000), { minLength: 20, only: long ? FRANC_ONLY : EN_PL })];
  return guess ?? (pl > en ? 'pl' : 'en');
}
