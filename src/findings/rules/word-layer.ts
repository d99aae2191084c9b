/**
 * The words of a document's prose, read once per document for the rules that judge word
 * boundaries (joined-words, glued-sentence, hyphen-split-word): its letter tokens, the words it
 * uses on their own (case and diacritics folded) with their beginnings for inflected forms, words
 * glued to a bracket, and the candidates of the two other breaks: a full stop with no space after
 * it between two words ("danych.Kopie") and a line-end hyphen whose break became a space
 * ("szyfro- wane"). URLs and e-mail addresses are blanked first.
 */
import type { SeckbDocument } from '../../model/types.ts';
import type { RuleHit } from '../rule-types.ts';
import { foldDiacritics, maskUrls, proseBlocks } from './text-utils.ts';
import { gluedBrackets } from './brand-names.ts';

/** lower|Upper-lower: "FrankfurtData" splits before "Data"; "PostgreSQL" (…e|SQL) does not. */
export const SEAM = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;
/**
 * A letter run longer than this is no word (a hash, base64, a key held down) and is left out:
 * every beginning of every word is kept for inflected parts, so a 20 MB run made 20 million
 * beginnings of up to 20 MB each and overflowed the Set.
 */
const MAX_WORD = 100;
/** Shortest shared beginning that lets an inflected form stand for a word ("danych" ~ "dane"). */
const MIN_STEM = 3;
/** "danych.Kopie": a lower-case word, a full stop, a capitalised word (one dot: no host name). */
const DOT_GLUE = /^(\p{Ll}{2,})\.(\p{Lu}\p{Ll}+)$/u;
/** "ograniczonego,autoryzowanego": two lower-case words and a comma with no space between them. */
const COMMA_GLUE = /^(\p{Ll}{3,}),(\p{Ll}{3,})$/u;
/** "szyfro-" at a token's end: lower-case letters and the hyphen (not "end-to-", "e-"). */
const HYPHEN_END = /^\p{Ll}{2,}-$/u;

export interface Token {
  start: number;
  word: string;
}

export interface WordLayer {
  /** Letter-only tokens of the prose, in order. */
  tokens: Token[];
  /** Occurrences of each token. */
  counts: Map<string, number>;
  /** Tokens with a camel-case seam, and the folded keys of the other tokens. */
  seamed: Set<string>;
  known: Set<string>;
  /**
   * A word of the document, or an inflected form of one: the same beginning over half its length,
   * or, with `ending`, over all but its last `ending` letters.
   */
  knownForm(part: string, ending?: number): boolean;
  /** Words glued to a bracketed capitalised word ("Lisbon(Portugal)"). */
  bracketHits: RuleHit[];
  /** Tokens "word.Word" with their two parts. */
  dotGlued: Array<Token & { left: string; right: string }>;
  /** Tokens "word,word" with their two parts. */
  commaGlued: Array<Token & { left: string; right: string }>;
  /** "szyfro-" followed by a space and "wane": start of the first, end of the second. */
  hyphenPairs: Array<{ start: number; end: number; left: string; right: string }>;
}

export function wordKey(word: string): string {
  return foldDiacritics(word).toLowerCase();
}

const cache = new WeakMap<SeckbDocument, WordLayer>();

export function wordLayer(doc: SeckbDocument): WordLayer {
  let layer = cache.get(doc);
  if (!layer) cache.set(doc, (layer = readWords(doc)));
  return layer;
}

function readWords(doc: SeckbDocument): WordLayer {
  const tokens: Token[] = [];
  const bracketHits: RuleHit[] = [];
  const dotGlued: WordLayer['dotGlued'] = [];
  const commaGlued: WordLayer['commaGlued'] = [];
  const hyphenPairs: WordLayer['hyphenPairs'] = [];
  for (const b of proseBlocks(doc)) {
    const text = maskUrls(doc.text.slice(b.start, b.end));
    bracketHits.push(...gluedBrackets(text, b.start));
    let hyphen: { start: number; left: string; gapEnd: number } | undefined;
    // Whole white-space tokens: "Location:Amazon" or "a.b" are left alone (not letters only).
    for (const m of text.matchAll(/\S+/gu)) {
      const at = m.index ?? 0;
      const lead = /^[("'“„‘«[]*/u.exec(m[0])![0].length;
      const word = m[0].slice(lead).replace(/[)"'”’»\].,;:!?]+$/u, '');
      const start = b.start + at + lead;
      if (word.length <= MAX_WORD && /^\p{L}+$/u.test(word)) tokens.push({ start, word });
      // One space between "szyfro-" and "wane", on one line: a line break is the reader's to join.
      if (hyphen && hyphen.gapEnd === at && lead === 0 && /^\p{Ll}{2,}$/u.test(word)) {
        hyphenPairs.push({ start: hyphen.start, end: start + word.length, left: hyphen.left, right: word });
      }
      hyphen = HYPHEN_END.test(m[0]) ? { start, left: m[0].slice(0, -1), gapEnd: at + m[0].length + 1 } : undefined;
      if (hyphen && text[at + m[0].length] !== ' ') hyphen = undefined;
      const glued = DOT_GLUE.exec(word);
      if (glued) dotGlued.push({ start, word, left: glued[1], right: glued[2] });
      const comma = COMMA_GLUE.exec(word);
      if (comma) commaGlued.push({ start, word, left: comma[1], right: comma[2] });
    }
  }
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
  // Each distinct word once (a long document repeats its words: folding each token cost most).
  const seamed = new Set<string>();
  const known = new Set<string>();
  for (const word of counts.keys()) {
    if (SEAM.test(word)) seamed.add(word);
    else known.add(wordKey(word));
  }
  // Every beginning (3+ letters) of every known word, for inflected parts: made on first use
  // (a document without a candidate has tens of thousands of beginnings).
  let made: Set<string> | undefined;
  const stems = (): Set<string> => {
    if (made) return made;
    made = new Set<string>();
    for (const w of known) for (let n = MIN_STEM; n <= w.length; n++) made.add(w.slice(0, n));
    return made;
  };
  const knownForm = (part: string, ending?: number): boolean => {
    const k = wordKey(part);
    if (known.has(k)) return true;
    if (k.length < 4) return false;
    const need = Math.max(MIN_STEM, ending === undefined ? Math.ceil(k.length / 2) : k.length - ending);
    for (let n = k.length - 1; n >= need; n--) if (stems().has(k.slice(0, n))) return true;
    return false;
  };
  return { tokens, counts, seamed, known, knownForm, bracketHits, dotGlued, commaGlued, hyphenPairs };
}
