/**
 * The literals every narrowed pattern (narrowed.ts) depends on, and what one text holds of them.
 * A text is case-folded and walked once over a trie of all registered literals (literal-trie.ts);
 * from the literals it contains follow the terms of each term list that could match in it (a
 * term's clauses all met). Every text a pattern runs on is scanned: a long document holds nearly
 * every literal, so only the text's own literals let a pattern skip it (on 400 KB of prose,
 * 9 of 10 claim-rule tests). Scans of recent texts are kept, since the claim rules test one
 * sentence with hundreds of patterns in a row.
 */
import { alphabetOf, type Alphabet } from './alphabet.ts';
import { foldCase } from './fold.ts';
import type { Clauses } from './literals.ts';
import { holdsLiteral, LiteralTrie, type LiteralSet } from './literal-trie.ts';
import { KeptScans, type KeptScan } from './kept-scans.ts';
import { int32Of, zeroedUint32 } from './blocks.ts';
import { TrigramIndex, unitsHold, unitsOf } from './text-index.ts';
import type { TermList, TextScan } from './text-scan.ts';

export { mayMatch, possibleTerms, type TermList, type TextScan } from './text-scan.ts';

const literalIds = new Map<string, number>();
const literals: string[] = [];
const trie = new LiteralTrie();
/** Per literal id, the terms (numbered across lists) whose first clause names it. */
const owners: number[][] = [];
/** Per term (numbered across lists), its clauses as literal ids. */
const termNeeds: number[][][] = [];
let lists = 0;
let terms = 0;
/** Bumped whenever a literal or list is added: older scans may miss it. */
let version = 0;

export function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id !== undefined) return id;
  id = literals.length;
  literals.push(literal);
  literalIds.set(literal, id);
  owners.push([]);
  trie.add(literal, id);
  version++;
  return id;
}

/** Clauses as literal ids, the one with the longest shortest literal first (it keys the owners). */
export function clauseIds(clauses: Clauses): number[][] {
  if (clauses.length === 0) return [];
  if (clauses.length === 1) return [clauses[0].map(literalId)];
  // Each clause's shortest literal measured once (the comparator measured both sides on every
  // comparison: ~15,000 term registrations at load); the sort is stable, so the order is the same.
  const keyed = clauses.map((c) => {
    let shortest = Infinity;
    for (const s of c) if (s.length < shortest) shortest = s.length;
    return { c, shortest };
  });
  return keyed.sort((a, b) => b.shortest - a.shortest || a.c.length - b.c.length).map(({ c }) => c.map(literalId));
}

/** Registers a list of terms with the clauses of each (literals.ts). */
export function registerTermList(sources: string[], clauses: Clauses[]): TermList {
  const list: TermList = { id: lists++, base: terms, sources, needs: clauses.map(clauseIds), always: [] };
  terms += sources.length;
  list.needs.forEach((need, term) => {
    termNeeds.push(need);
    if (need.length === 0) list.always.push(term);
    else for (const id of need[0]) owners[id].push(list.base + term);
  });
  version++;
  return list;
}

const meets = (need: number[][], has: (id: number) => boolean) => need.every((clause) => clause.some(has));

/** Per term of all lists, the scan that last looked at it: a term is owned by each literal of its first clause. */
let termSeen = new Int32Array(0);
let scans = 0;

/** Whether clauses 1.. of `need` are met (clause 0 is: the term was reached by one of its literals). */
function restMet(need: number[][], present: LiteralSet): boolean {
  for (let c = 1; c < need.length; c++) {
    const clause = need[c];
    let met = false;
    for (let k = 0; k < clause.length && !met; k++) met = holdsLiteral(present, clause[k]);
    if (!met) return false;
  }
  return true;
}

/** A text's scan, with what was registered when it was made and, for a long text, the folded text and its characters. */
interface Scanned {
  version: number;
  scan: TextScan;
  literals: number;
  terms: number;
  folded?: string;
  /** A bit per UTF-16 unit the folded text holds. */
  units?: Uint32Array;
}

function scan(text: string): Scanned {
  scopeWork.scanned += text.length;
  const folded = foldCase(text);
  const present = trie.find(folded);
  const scanned = { version, scan: { present, terms: termsIn(present, 0) }, literals: literals.length, terms };
  return text.length >= LONG_TEXT ? { ...scanned, folded, units: unitsOf(folded) } : scanned;
}

/** The terms numbered `from` on that `present` meets, sorted. */
function termsIn(present: LiteralSet, from: number): Int32Array {
  if (termSeen.length < terms) termSeen = new Int32Array(terms * 2);
  const stamp = ++scans;
  const found: number[] = [];
  for (const id of present.ids) {
    const own = owners[id];
    for (let k = 0; k < own.length; k++) {
      // Each literal of a term's first clause owns it: the first one met decides.
      const term = own[k];
      if (term < from || termSeen[term] === stamp) continue;
      termSeen[term] = stamp;
      if (restMet(termNeeds[term], present)) found.push(term);
    }
  }
  return int32Of(found).sort();
}

/**
 * A long text's scan brought up to date after literals and lists were registered (rules make
 * their patterns on first use): the new literals are looked up in the folded text, the new terms
 * read from them (a literal with a character the text lacks is not looked for: a run of one
 * letter is looked through for almost none). Scanning the text again for each registration cost
 * the first document of a process 59 scans of a 2 MB paragraph. Older terms never need a newer literal (a term's literals
 * are registered with it), so their part of the scan stands.
 */
function updated(old: Scanned): Scanned {
  const folded = old.folded!;
  const bits = zeroedUint32((literals.length + 31) >>> 5);
  bits.set(old.scan.present.bits);
  const present: LiteralSet = { bits, ids: [...old.scan.present.ids] };
  for (let id = old.literals; id < literals.length; id++) {
    if (unitsHold(old.units!, literals[id]) && folded.includes(literals[id])) {
      bits[id >>> 5] |= 1 << (id & 31);
      present.ids.push(id);
    }
  }
  const added = termsIn(present, old.terms);
  const all = new Int32Array(old.scan.terms.length + added.length);
  all.set(old.scan.terms);
  all.set(added, old.scan.terms.length);
  return { ...old, version, scan: { present, terms: all }, literals: literals.length, terms };
}

/** Texts this long keep their folded text, so registrations update their scan instead of redoing it. */
const LONG_TEXT = 16 * 1024;
const RECENT = 256;
const recent = new Map<string, Scanned>();
let last: { text: string; version: number; scan: TextScan } | undefined;

export function scanText(text: string): TextScan {
  // Hundreds of patterns test one text in a row: the last one is checked first.
  if (last && last.text === text && last.version === version) return last.scan;
  let hit = recent.get(text);
  if (!hit || hit.version !== version) {
    hit = hit?.folded !== undefined ? updated(hit) : keptOrScanned(text);
    recent.delete(text);
    recent.set(text, hit);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  last = { text, version, scan: hit.scan };
  return hit.scan;
}

/**
 * A kept scan brought up to date after registrations: the new literals looked up in the text, the
 * new terms read (older terms never need a newer literal), as `updated` does for a long text.
 */
function caughtUp(text: string, old: KeptScan): Scanned {
  const folded = foldCase(text);
  const bits = zeroedUint32((literals.length + 31) >>> 5);
  bits.set(old.present.bits);
  const present: LiteralSet = { bits, ids: old.present.ids };
  for (let id = old.literals; id < literals.length; id++) {
    if (literals[id].length > 0 && folded.includes(literals[id])) {
      bits[id >>> 5] |= 1 << (id & 31);
      present.ids.push(id);
    }
  }
  const added = termsIn(present, old.terms);
  const all = new Int32Array(old.found.length + added.length);
  all.set(old.found);
  all.set(added, old.found.length);
  return { version, scan: { present, terms: all }, literals: literals.length, terms };
}

/** Past this many literals registered since a kept scan, the text is scanned again instead. */
const STALE_LOOKUPS = 256;

/** Bytes the scoped document's kept scans may take (kept-scans.ts). */
const KEPT_BYTES = 64 * 1024 * 1024;
const kept = new KeptScans(KEPT_BYTES);

/** A short text's scan kept for the scoped document, else a fresh one (then kept). */
function keptOrScanned(text: string): Scanned {
  if (!scope || text.length >= LONG_TEXT) return scan(text);
  const k = kept.get(text);
  if (k && k.version === version) {
    return { version, scan: { present: k.present, terms: k.found }, literals: k.literals, terms: k.terms };
  }
  const fresh = k && literals.length - k.literals <= STALE_LOOKUPS ? caughtUp(text, k) : scan(text);
  kept.set(text, { version, literals: fresh.literals, terms: fresh.terms, present: fresh.scan.present, found: fresh.scan.terms });
  return fresh;
}

/**
 * The text of the document being worked on (`scopeText`). A pattern fitted to it compiles at
 * once every term the document could match, so its texts need no growth one by one.
 */
export interface Scope {
  id: number;
  text: string;
  /** Whether the document holds a literal (by id). */
  has(id: number): boolean;
  /** Terms of `list` the document could match. */
  terms(list: TermList): number[];
}

let scopes = 0;
let scope: Scope | undefined;

/** Characters scanned for texts so far: tests check they grow with the input only. */
export const scopeWork = { scanned: 0 };

export function scopeText(text: string | undefined): void {
  if (scope?.text === text) return;
  kept.clear();
  scope = text === undefined ? undefined : makeScope(text);
}

export const currentScope = (): Scope | undefined => scope;

function makeScope(text: string): Scope {
  const folded = foldCase(text);
  const present = trie.find(folded);
  const known = literals.length;
  const later = new Map<number, boolean>();
  const possible = new Map<number, number[]>();
  const has = (id: number): boolean => {
    if (id < known) return holdsLiteral(present, id);
    let found = later.get(id);
    if (found === undefined) later.set(id, (found = contains(literals[id])));
    return found;
  };
  // Literals registered after the scope are looked up by their first three letters: thousands
  // of indexOf calls over a long document cost more than indexing it once.
  let grams: TrigramIndex | undefined;
  const contains = (literal: string): boolean => {
    if (literal.length < 3 || folded.length < LONG_SCOPE) return folded.includes(literal);
    return (grams ??= new TrigramIndex(folded)).includes(literal);
  };
  const terms = (list: TermList): number[] => {
    let found = possible.get(list.id);
    if (!found) possible.set(list.id, (found = list.needs.flatMap((need, term) => (need.length > 0 && meets(need, has) ? [term] : []))));
    return found;
  };
  growAlphabet(text);
  return { id: ++scopes, text, has, terms };
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

/** Adds `text`'s characters to the alphabet while it may grow. */
function growAlphabet(text: string): void {
  const current = currentAlphabet();
  if (current.holds(text) || alphabetGrowths >= MAX_ALPHABET_GROWTHS) return;
  alphabetGrowths++;
  alphabet = current.with(text);
}

/** Terms of `list` the scoped document could match (none without a scope). */
export const scopedTerms = (list: TermList): number[] => scope?.terms(list) ?? [];
