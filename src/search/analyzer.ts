/**
 * The one analyzer for indexing and querying (the CLI and the site use it through options.ts):
 * tokens -> NFC -> lower case -> language stemming -> diacritic folding. Each token yields both
 * its folded surface form and its folded stem, so "bezpieczenstwo", "bezpieczeństwa" and
 * "bezpieczeństwo" share a term while an exact form still scores higher than a stem match.
 * Browser-safe: no Node built-ins.
 */
import stopwordData from '../../rules/search/stopwords.json' with { type: 'json' };
import { fold } from './fold.ts';
import { porter2 } from './porter2.ts';
import { stemPl } from './stem-pl.ts';

export interface Token {
  /** The token as written (NFC). */
  text: string;
  start: number;
  end: number;
}

// Letters and digits; a lower->upper change splits glued words ("FrankfurtData" in flattened
// tables), as does any punctuation.
const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;
const CAMEL_RE = /(?<=\p{Ll})(?=\p{Lu})/u;

/** Tokens with offsets into `text` (UTF-16 code units). Single letters are dropped. */
export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    let offset = match.index;
    for (const part of match[0].split(CAMEL_RE)) {
      if (part.length > 1 || /\d/.test(part)) {
        tokens.push({ text: part.normalize('NFC'), start: offset, end: offset + part.length });
      }
      offset += part.length;
    }
  }
  return tokens;
}

/** MiniSearch `tokenize`: the token strings only. */
export function tokenize(text: string): string[] {
  return tokenizeWithOffsets(text).map((t) => t.text);
}

const STOPWORDS = new Set([...stopwordData.en, ...stopwordData.pl].flatMap((w) => [w, fold(w)]));

type Stemmer = (word: string) => string;

/**
 * Stemmers by language; other languages are folded only. English is Snowball's Porter2, written
 * out in porter2.ts (identical output, tested) so the browser does not load every Snowball language.
 */
const STEMMERS: Record<string, Stemmer> = {
  en: porter2,
  pl: stemPl,
};

export function stemmerFor(lang: string): Stemmer {
  return STEMMERS[lang] ?? ((word) => word);
}

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}

/**
 * The index terms of one token in one language: folded surface form first, then folded stems
 * (stemming before and after folding, so a word typed without diacritics stems the same way).
 * analyzeTerm('Bezpieczeństwa', 'pl') -> ['bezpieczenstwa', 'bezpieczenstw']
 */
export function analyzeTerm(token: string, lang: string): string[] {
  const lower = token.normalize('NFC').toLowerCase();
  const folded = fold(lower);
  if (STOPWORDS.has(lower) || STOPWORDS.has(folded)) return [];
  if (/^\d+$/.test(lower)) return [lower];
  const stem = stemmerFor(lang);
  const terms = [folded, fold(stem(lower)), stem(folded)];
  return [...new Set(terms)].filter((t) => t.length > 0);
}

/** The one term two forms of a word share (the folded stem of the folded form). */
export function termKey(token: string, lang: string): string | undefined {
  const folded = fold(token.normalize('NFC').toLowerCase());
  if (!folded || STOPWORDS.has(folded)) return undefined;
  return /^\d+$/.test(folded) ? folded : stemmerFor(lang)(folded);
}
