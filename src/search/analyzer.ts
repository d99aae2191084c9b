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

// Letters and digits; any punctuation splits.
const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;
// Seams where a plain-text export glues two words or cells: a lower-case letter meeting an
// upper-case one ("FrankfurtData"), a letter meeting a digit ("AES256", "2FA").
const SEAM_RE = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

const keep = (part: string) => part.length > 1 || /\d/.test(part);

/** A word as written and, when it has seams, its parts ("FrankfurtData" -> Frankfurt, Data). */
export interface Word extends Token {
  parts: Token[];
}

/** Words with offsets into `text` (UTF-16 code units). Single letters are dropped. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const pieces = match[0].split(SEAM_RE);
    const parts: Token[] = [];
    let offset = match.index;
    for (const piece of pieces) {
      if (pieces.length > 1 && keep(piece)) parts.push({ text: piece.normalize('NFC'), start: offset, end: offset + piece.length });
      offset += piece.length;
    }
    if (keep(match[0])) out.push({ text: match[0].normalize('NFC'), start: match.index, end: match.index + match[0].length, parts });
  }
  return out;
}

/** Tokens with offsets: every word, then its parts (the index holds both, so a glued word is
 * found by its whole form and by each part). */
export function tokenizeWithOffsets(text: string): Token[] {
  return words(text).flatMap(({ parts, ...word }) => [word, ...parts]);
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
  // Words repeat across a corpus: stemming each distinct word once per language keeps the index
  // build of 1,000 documents from stemming the same words a million times. Bounded; callers
  // only read the returned arrays.
  let memo = analyzed.get(lang);
  if (!memo) analyzed.set(lang, (memo = new Map()));
  let terms = memo.get(token);
  if (terms === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(token, (terms = analyze(token, lang)));
  }
  return terms;
}

const MEMO_MAX = 200_000;
const analyzed = new Map<string, Map<string, string[]>>();

function analyze(token: string, lang: string): string[] {
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
