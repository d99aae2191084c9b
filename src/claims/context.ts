/** What a rule sees: one unit of text (a sentence or a table row) with its surroundings. */
import type { SeckbDocument } from '../model/types.ts';
import type { Lexicon } from './lexicon.ts';
import { allHits, type Hit } from './terms.ts';
import { gatedRegExp } from '../regex/gated.ts';
import { NarrowedRegExp } from '../regex/narrowed.ts';

export interface UnitContext {
  doc: SeckbDocument;
  /** The unit's text, exactly `doc.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  sectionId: string;
  lang: string;
  lex: Lexicon;
  /** Heading of the unit's section ("" when none). */
  heading: string;
  /** Text of the section before the unit (bounded), for rules that need what leads up to a list. */
  before: string;
  /** Text of the section after the unit (bounded): a second step told in the next sentence. */
  after?: string;
  /** The hosting provider the document names most, for regions a sentence names alone. */
  docProvider?: string;
}

/** A part of the unit a rule reads: the whole unit or one clause of it. */
export interface Segment {
  text: string;
  /** Offset of `text` inside the unit's text. */
  offset: number;
}

export function hits(lex: Lexicon, concept: string, text: string): Hit[] {
  return allHits(lex.concept(concept), text);
}

/**
 * Outcomes of `has` on the last few texts, as the `lastIndex` the test left (-1: no match). The
 * rules test one unit's few texts (sentence, clauses, the text before) with hundreds of concepts,
 * most of them several times (a 50-page document: 132,000 tests, 25,000 distinct per unit).
 */
const tested = new Map<string, Map<RegExp, number>>();
const TESTED_TEXTS = 32;

export function has(lex: Lexicon, concept: string, text: string): boolean {
  const re = lex.concept(concept);
  // Most tests: the text lacks the concept's literals, told by the text's one scan (no cache needed).
  if (re instanceof NarrowedRegExp && re.cannotMatch(text)) {
    re.lastIndex = 0;
    return false;
  }
  let outcomes = tested.get(text);
  if (!outcomes) {
    if (tested.size >= TESTED_TEXTS) tested.delete(tested.keys().next().value!);
    tested.set(text, (outcomes = new Map()));
  }
  const known = outcomes.get(re);
  // The same side effect as testing again: callers may read a global regex's lastIndex.
  if (known !== undefined) {
    re.lastIndex = Math.max(known, 0);
    return known >= 0;
  }
  re.lastIndex = 0;
  const found = re.test(text);
  outcomes.set(re, found ? re.lastIndex : -1);
  return found;
}

export function firstHit(lex: Lexicon, concept: string, text: string): Hit | undefined {
  return hits(lex, concept, text)[0];
}

/**
 * A statement is denied when a negation cue stands in the five words before its anchor
 * ("are not encrypted", "nie są szyfrowane", "without MFA"), when the anchor word itself is
 * negated ("unencrypted", "nieszyfrowane": negativePrefix) or a negated copula follows it ("MFA is not offered").
 */
export function isNegated(lex: Lexicon, text: string, hit: Hit): boolean {
  // "unencrypted", "niezaszyfrowane" deny by themselves, unless the clause denies them in turn
  // ("No customer data is ever stored unencrypted", "Nie przechowujemy danych w postaci niezaszyfrowanej");
  // "without" and "bez" do not ("leżą bez połączenia niezaszyfrowane").
  if (lex.memo('negativePrefix', (l) => new RegExp(`^${l.source('negativePrefix')}`, 'iu')).test(text.slice(hit.start, hit.end))) {
    const joins = lex.memo('clauseJoin', (l) => new RegExp(`[,;:()]|\\s(?:${l.source('clauseJoin')})\\s`, 'iu'));
    const clause = text.slice(0, hit.start).split(joins).at(-1)!;
    return !has(lex, 'denialOfNegative', clause.split(/\s+/).filter(Boolean).slice(-8).join(' '));
  }
  // Three words back for "are not encrypted" / "nie są szyfrowane"; five for a denied modal
  // ("cannot perform their own data extraction"), never across punctuation.
  const words = text.slice(0, hit.start).split(/[,;:()]/).at(-1)!.split(/\s+/).filter(Boolean);
  if (allHits(lex.negation, words.slice(-3).join(' ')).length > 0) return true;
  // "does not keep an audit log": a denied verb of keeping reaches over an article and a word or
  // two of the term; "are not asked for a second factor" is no such verb.
  if (lex.memo('deniedHavingEnd', (l) => new RegExp(`(?:^|\\s)${l.source('deniedHaving')}$`, 'iu')).test(words.slice(-7).join(' '))) return true;
  if (allHits(lex.modalNegation, words.slice(-5).join(' ')).length > 0) return true;
  // A denied "any" reaches further ("shall not use any function permitting staff to act as").
  // It may cross a comma ("Nie stosujemy żadnych narzędzi, które pozwalają ...").
  const far = text.slice(0, hit.start).split(/[;:()]/).at(-1)!.split(/[\s,]+/).filter(Boolean);
  if (allHits(lex.farNegation, far.slice(-10).join(' ')).length > 0) return true;
  // A stem ("encrypt") ends inside its word ("Encryption"): read on from the word's end.
  // An acronym or aside in brackets between the term and its verb is passed over, and so is the
  // bracket closing the term's own aside: "Two-factor authentication (2FA) is not enabled",
  // "Uwierzytelnianie dwuskładnikowe (2FA) nie jest włączone", "2FA) is not".
  const wordEnd = hit.end + (/^[\p{L}\p{N}-]*/u.exec(text.slice(hit.end))?.[0].length ?? 0);
  const after = text.slice(wordEnd, wordEnd + 105).replace(/^\)|^([^()]{0,30}?)\s*\([^()]{1,40}\)/u, '$1').slice(0, 60);
  // "are encrypted and are not shared": a denied verb after "and" is a second predicate's, not the term's
  // ("MFA and SSO are not offered" joins two nouns and still denies).
  const next = lex.memo('predicateJoin', (l) => new RegExp(`\\s(?:${l.source('predicateJoin')})`, 'iu')).exec(after);
  return lex.negationAfter.test(next ? after.slice(0, next.index) : after);
}

/** The first sentence of the text after a unit (same section), bounded. */
export function nextSentence(after: string | undefined): string | undefined {
  if (after === undefined) return undefined;
  if (after !== lastNext.text) lastNext = { text: after, sentence: after.slice(0, 400).split(SENTENCE_BREAK).map((x) => x.trim()).find(Boolean) };
  return lastNext.sentence;
}

/** The last sentence of the text before a unit (same section), bounded. */
export function lastSentence(before: string): string | undefined {
  // A paragraph's own number ("2. " of a Word list kept as text) is no sentence.
  if (before !== lastBefore.text) lastBefore = { text: before, sentence: before.slice(-400).split(SENTENCE_BREAK).map((x) => x.trim()).filter((x) => /\p{L}/u.test(x)).at(-1) };
  return lastBefore.sentence;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+|\n\s*\n/;
/** The rules read one unit's sentence before (and after) once per `previous` rule and duration: the last answers are kept. */
let lastBefore: { text?: string; sentence?: string } = {};
let lastNext: { text?: string; sentence?: string } = {};

/** The clause before `at`: the text after the last of `stops` (",", ";", ...) before it. */
export function clauseBefore(text: string, at: number, stops: readonly string[]): string {
  const lead = text.slice(0, at);
  return lead.slice(Math.max(...stops.map((c) => lead.lastIndexOf(c))) + 1);
}

/** Clauses: the unit cut at the language's clause breaks ("; ", ", but ", ", natomiast "). */
const clauseBreakRes = new WeakMap<Lexicon, RegExp[]>();

export function clauses(text: string, lex: Lexicon): Segment[] {
  let res = clauseBreakRes.get(lex);
  if (!res) clauseBreakRes.set(lex, (res = lex.clauseBreaks.map((br) => gatedRegExp(br, 'giu'))));
  const cuts = new Set<number>();
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) cuts.add(m.index + (/^[,;]/.test(m[0]) ? 1 : 0));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  let from = 0;
  for (const p of points) {
    if (p > from) out.push({ text: text.slice(from, p), offset: from });
    from = p;
  }
  out.push({ text: text.slice(from), offset: from });
  return out.filter((s) => s.text.trim().length > 0);
}

/** URLs and e-mail addresses blanked out (same length), so "https://.../encryption" is no claim. */
export function maskLinks(text: string): string {
  // An address starts where its run of name characters starts: linear on a 100 KB word.
  return text.replace(/<?(?:https?:\/\/|www\.)[^\s>)\]]+>?|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/giu, (m) => ' '.repeat(m.length));
}
