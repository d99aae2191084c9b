/**
 * The literals every narrowed pattern (narrowed.ts) depends on, and what one text holds of them.
 * A text is case-folded and walked once over a trie of all registered literals; from the
 * literals it contains follow the terms of each term list that could match in it (a term's
 * clauses all met). Scans of recent texts are kept, since the claim rules test one sentence
 * with hundreds of patterns in a row.
 */
import { alphabetOf, type Alphabet } from './alphabet.ts';
import { foldCase } from './fold.ts';
import type { Clauses } from './literals.ts';

interface TrieNode {
  next?: Map<number, TrieNode>;
  /** Literal ids that end here. */
  ends?: number[];
}

/** A list of alternatives (rule terms as regex sources) whose members may be left out per text. */
export interface TermList {
  id: number;
  sources: string[];
  /** Per term, its clauses as literal ids; empty = always possible. */
  needs: number[][][];
  /** Terms that are always possible (nothing known about their text). */
  always: number[];
}

/** What one text holds: its literals and, per term list, the terms that could match in it. */
export interface TextScan {
  present: Set<number>;
  possible: Map<number, number[]>;
}

const literalIds = new Map<string, number>();
const literals: string[] = [];
const root: TrieNode = {};
/** Per literal id, the (list, term) pairs whose first clause names it. */
const owners: Array<Array<[TermList, number]>> = [];
let lists = 0;
/** Bumped whenever a literal or list is added: older scans may miss it. */
let version = 0;

export function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id !== undefined) return id;
  id = literals.length;
  literals.push(literal);
  literalIds.set(literal, id);
  owners.push([]);
  let node = root;
  for (let i = 0; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    node.next ??= new Map();
    let next = node.next.get(c);
    if (!next) node.next.set(c, (next = {}));
    node = next;
  }
  (node.ends ??= []).push(id);
  version++;
  return id;
}

/** Clauses as literal ids, the one with the longest shortest literal first (it keys the owners). */
export function clauseIds(clauses: Clauses): number[][] {
  const shortest = (c: string[]) => Math.min(...c.map((s) => s.length));
  return [...clauses].sort((a, b) => shortest(b) - shortest(a) || a.length - b.length).map((c) => c.map(literalId));
}

/** Registers a list of terms with the clauses of each (literals.ts). */
export function registerTermList(sources: string[], clauses: Clauses[]): TermList {
  const list: TermList = { id: lists++, sources, needs: clauses.map(clauseIds), always: [] };
  list.needs.forEach((need, term) => {
    if (need.length === 0) list.always.push(term);
    else for (const id of need[0]) owners[id].push([list, term]);
  });
  version++;
  return list;
}

/** Literal ids found in a folded text. */
function literalsIn(folded: string): Set<number> {
  const present = new Set<number>();
  for (let i = 0; i < folded.length; i++) {
    let node: TrieNode | undefined = root;
    for (let j = i; j < folded.length && node.next; j++) {
      node = node.next.get(folded.charCodeAt(j));
      if (!node) break;
      if (node.ends) for (const id of node.ends) present.add(id);
    }
  }
  return present;
}

const meets = (need: number[][], has: (id: number) => boolean) => need.every((clause) => clause.some(has));

function scan(text: string): TextScan {
  scopeWork.scanned += text.length;
  const present = literalsIn(foldCase(text));
  const possible = new Map<number, number[]>();
  const has = (id: number) => present.has(id);
  for (const id of present) {
    for (const [list, term] of owners[id]) {
      const terms = possible.get(list.id);
      if (terms?.includes(term) || !meets(list.needs[term], has)) continue;
      if (terms) terms.push(term);
      else possible.set(list.id, [term]);
    }
  }
  return { present, possible };
}

const RECENT = 16;
const recent = new Map<string, { version: number; scan: TextScan }>();
let last: { text: string; version: number; scan: TextScan } | undefined;

export function scanText(text: string): TextScan {
  // Hundreds of patterns test one text in a row: the last one is checked first.
  if (last && last.text === text && last.version === version) return last.scan;
  let hit = recent.get(text);
  if (!hit || hit.version !== version) {
    hit = { version, scan: scan(text) };
    recent.delete(text);
    recent.set(text, hit);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  last = { text, version, scan: hit.scan };
  return hit.scan;
}

/**
 * The text of the document being worked on (`scopeText`). A pattern fitted to it has compiled
 * every term the document could match, so on a text found inside the document (a sentence, a
 * clause, the lines before one) it needs no scan of its own: every literal of such a text is a
 * literal of the document. A text not found inside it is scanned as any other.
 */
export interface Scope {
  id: number;
  text: string;
  /** Whether the document holds a literal (by id). */
  has(id: number): boolean;
  /** Terms of `list` the document could match. */
  terms(list: TermList): number[];
  /** Whether the current alphabet holds every character of the document. */
  held: boolean;
}

let scopes = 0;
let scope: (Scope & { last: number; hint?: number; inside: Map<string, boolean> }) | undefined;
/** Shorter texts are scanned: cheaper than searching the document for them. */
const MIN_SEARCHED = 40;
/**
 * Texts near the one found last are looked for there first (units come in document order, with
 * up to 2,000 characters before them): a wider window cost ~0.2 s of a 50-page document.
 */
const NEAR = 2_560;
/**
 * Documents up to this length are searched whole for a text near neither the unit being read
 * (`scopeAt`) nor the last one found. In a longer one, a search per such text (texts the rules
 * make up, `${label} ${sentence}`; a heading far before its unit) would grow with the document;
 * the text is scanned instead, which does not.
 */
export const SEARCHED_WHOLE = 256 * 1024;

/** Characters searched and scanned for texts so far: tests check they grow with the input only. */
export const scopeWork = { searched: 0, scanned: 0 };

/**
 * The caller reads the unit at `offset` of the scoped document now: texts around it (the unit,
 * its clauses, the text before and after it) are looked for there first. A hint: `insideScope`
 * answers the same without it, at most with more work.
 */
export function scopeAt(offset: number): void {
  if (scope) scope.hint = offset;
}

export function scopeText(text: string | undefined): void {
  if (text === undefined) scope = undefined;
  else if (scope?.text !== text) scope = makeScope(text);
}

export const currentScope = (): Scope | undefined => scope;

function makeScope(text: string): Scope & { last: number; hint?: number; inside: Map<string, boolean> } {
  const folded = foldCase(text);
  const present = literalsIn(folded);
  const known = literals.length;
  const later = new Map<number, boolean>();
  const possible = new Map<number, number[]>();
  const has = (id: number): boolean => {
    if (id < known) return present.has(id);
    let found = later.get(id);
    if (found === undefined) later.set(id, (found = contains(literals[id])));
    return found;
  };
  // Literals registered after the scope are looked up by their first three letters: thousands
  // of indexOf calls over a long document cost more than indexing it once.
  let grams: Map<string, number[]> | undefined;
  const contains = (literal: string): boolean => {
    if (literal.length < 3 || folded.length < LONG_SCOPE) return folded.includes(literal);
    grams ??= trigrams(folded);
    return grams.get(literal.slice(0, 3))?.some((at) => folded.startsWith(literal, at)) ?? false;
  };
  const terms = (list: TermList): number[] => {
    let found = possible.get(list.id);
    if (!found) possible.set(list.id, (found = list.needs.flatMap((need, term) => (need.length > 0 && meets(need, has) ? [term] : []))));
    return found;
  };
  return { id: ++scopes, text, has, terms, held: growAlphabet(text), last: 0, inside: new Map() };
}

const LONG_SCOPE = 8192;

/**
 * The characters property classes are cut to (alphabet.ts): ASCII, Latin-1 and general
 * punctuation, plus those of the documents scoped so far. Each growth recompiles the patterns
 * in use, so after a few the alphabet stays as it is and texts with other characters run the
 * whole classes.
 */
let alphabet: Alphabet | undefined;
let alphabetGrowths = 0;
const MAX_ALPHABET_GROWTHS = 4;
const SEED = String.fromCharCode(...Array.from({ length: 0x100 }, (_, i) => i), ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i));

export const currentAlphabet = (): Alphabet => (alphabet ??= alphabetOf(SEED));

/** Adds `text`'s characters to the alphabet while it may grow; whether it holds them now. */
function growAlphabet(text: string): boolean {
  const current = currentAlphabet();
  if (current.holds(text)) return true;
  if (alphabetGrowths >= MAX_ALPHABET_GROWTHS) return false;
  alphabetGrowths++;
  alphabet = current.with(text);
  return true;
}

function trigrams(text: string): Map<string, number[]> {
  const grams = new Map<string, number[]>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const key = text.slice(i, i + 3);
    const at = grams.get(key);
    if (at) at.push(i);
    else grams.set(key, [i]);
  }
  return grams;
}

/** Whether `text` occurs in the scoped document (then it holds no literal the document lacks). */
export function insideScope(text: string): boolean {
  const s = scope;
  if (!s || text.length < MIN_SEARCHED || text.length > s.text.length) return false;
  if (lastInside && lastInside.text === text && lastInside.scope === s.id) return lastInside.inside;
  let inside = s.inside.get(text);
  if (inside === undefined) {
    // First in a window around the unit being read and around the last one found (sliced
    // strings: no copy), then everywhere in a document of moderate length.
    let at = -1;
    for (const near of s.hint === undefined || s.hint === s.last ? [s.last] : [s.hint, s.last]) {
      const from = Math.max(0, near - NEAR);
      const window = s.text.slice(from, near + NEAR + text.length);
      const found = window.indexOf(text);
      scopeWork.searched += found >= 0 ? found + text.length : window.length;
      if (found >= 0) {
        at = from + found;
        break;
      }
    }
    if (at < 0 && s.text.length <= SEARCHED_WHOLE) {
      at = s.text.indexOf(text);
      scopeWork.searched += at >= 0 ? at + text.length : s.text.length;
    }
    if (at >= 0) s.last = at;
    inside = at >= 0;
    s.inside.set(text, inside);
    if (s.inside.size > 4 * RECENT) s.inside.delete(s.inside.keys().next().value!);
  }
  lastInside = { text, scope: s.id, inside };
  return inside;
}
let lastInside: { text: string; scope: number; inside: boolean } | undefined;

/** Terms of `list` the scoped document could match (none without a scope). */
export const scopedTerms = (list: TermList): number[] => scope?.terms(list) ?? [];
