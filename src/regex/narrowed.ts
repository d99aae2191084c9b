/**
 * Regular expressions over long lists of rule terms that compile only the terms a text can
 * match. V8 compiles a regex twice (bytecode, then native code on a later use), and a Unicode
 * class such as the word boundary `(?![\p{L}\p{N}])` costs about half a millisecond per
 * occurrence at each step, so a lexicon of hundreds of term lists cost seconds in every fresh
 * process. Here each term's required literals (literals.ts) are looked up in the text first; a
 * term none of whose literals the text holds cannot match anywhere in it, and an alternation
 * without it tries the same alternatives in the same order, so every match is the same.
 *
 * A pattern grows: it compiles the terms the texts so far (and the scoped document,
 * registry.ts) could match, and recompiles with more only when a text needs more; after a few
 * growths (a long-lived worker seeing many documents) it compiles every term.
 */
import { compiledRegExp } from './native.ts';
import { termClauses } from './term-analysis.ts';
import { analyse, clausesOf, listToken, type Info } from './literals.ts';
import { holdsLiteral } from './literal-trie.ts';
import { currentAlphabet, currentScope, literalId, mayMatch, possibleTerms, type TextScan, registerTermList, scanText, scopedTerms, type Scope, type TermList } from './registry.ts';

export type { TermList } from './registry.ts';
/** Regex source text, and term lists between. */
export type Piece = string | TermList;

const MAX_GROWTHS = 3;
const NEVER = '(?!)';
/** A capturing group in a term: leaving the term out would renumber the groups after it. */
const CAPTURE = /\((?!\?)|\(\?<(?![=!])/;
const placeholder = (k: number) => `\uE000${k}\uE001`;
const nativeExec = RegExp.prototype.exec;

/** Registers a list of terms (regex sources, each one alternative). */
export function termList(sources: string[]): TermList {
  const list = registerTermList(sources, sources.map(termClauses));
  if (sources.some((s) => CAPTURE.test(s))) list.always = sources.map((_, i) => i);
  return list;
}

export const alternationOf = (list: TermList, terms: readonly number[] = list.sources.map((_, i) => i)): string =>
  terms.length === 0 ? NEVER : `(?:${terms.map((i) => list.sources[i]).join('|')})`;

/** Word-boundary suffixes of rule terms: each Unicode class costs ~0.5 ms per compile step. */
const SUFFIXES = ['(?![\\p{L}\\p{N}])', '\\p{L}*', '(?![\\p{L}\\p{N}\\p{M}_])'];

/** The suffix `source` ends with, unless its first backslash is itself escaped. */
function suffixOf(source: string): string | undefined {
  const suffix = SUFFIXES.find((x) => source.endsWith(x) && source.length > x.length);
  if (!suffix) return undefined;
  let slashes = 0;
  for (let i = source.length - suffix.length - 1; i >= 0 && source[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0 ? suffix : undefined;
}

/**
 * The alternation of `terms` with neighbours that end in the same boundary class sharing one:
 * `(?:a(?!X)|b(?!X)|c)` -> `(?:(?:a|b)(?!X)|c)`. Trying a then X, then b then X, is what
 * `(?:a|b)X` does, so the matches are the same (terms hold no capturing group: termList).
 */
function factoredAlternation(list: TermList, terms: readonly number[]): string {
  if (terms.length === 0) return NEVER;
  const parts: string[] = [];
  for (let i = 0; i < terms.length; ) {
    const suffix = suffixOf(list.sources[terms[i]]);
    let j = i + 1;
    while (suffix && j < terms.length && suffixOf(list.sources[terms[j]]) === suffix) j++;
    if (j - i === 1) parts.push(list.sources[terms[i]]);
    else parts.push(`(?:${terms.slice(i, j).map((t) => list.sources[t].slice(0, -suffix!.length)).join('|')})${suffix}`);
    i = j;
  }
  return `(?:${parts.join('|')})`;
}

class Pattern {
  readonly fullSource: string;
  private readonly lists: TermList[];
  /** Clauses of literal ids (>= 0) and list slots (-1 - index in `lists`): any match meets them all. */
  private readonly need: number[][];
  /** Per list slot, the terms compiled (sorted on use); undefined once every term is. */
  private active: Array<Set<number> | undefined>;
  private growths = 0;
  private readonly narrow: boolean;
  private compiled: RegExp | undefined;
  /** Compiled with its property classes cut to the current alphabet (registry.ts, alphabet.ts). */
  private compiledIn: RegExp | undefined;
  private alphabet = 0;
  /** The scope this pattern was last fitted to. */
  private scope = 0;

  constructor(
    private readonly pieces: Piece[],
    readonly flags: string,
  ) {
    this.lists = pieces.filter((p): p is TermList => typeof p !== 'string');
    this.fullSource = pieces.map((p) => (typeof p === 'string' ? p : alternationOf(p))).join('');
    // Narrowing reads terms as Unicode-mode sources; other patterns always compile whole.
    this.narrow = flags.includes('u');
    this.active = this.lists.map((l) => (this.narrow && l.always.length < l.sources.length ? new Set(l.always) : undefined));
    this.need = this.analyseNeed();
  }

  private analyseNeed(): number[][] {
    let k = 0;
    const template = this.pieces.map((p) => (typeof p === 'string' ? p : placeholder(k++))).join('');
    const parts: Info[] = this.lists.map((l) => (l.always.length === 0 ? { clauses: [[listToken(l.id)]] } : { clauses: [] }));
    let clauses: string[][];
    try {
      clauses = clausesOf(analyse(template, this.flags, parts));
    } catch {
      clauses = [];
    }
    const tokens = new Map(this.lists.map((l, k) => [listToken(l.id), -1 - k]));
    return clauses.map((c) => c.map((s) => tokens.get(s) ?? literalId(s)));
  }

  /** Whether a text with this scan lacks what every match needs (plain loops: the hottest test of the rules). */
  lacks(scan: TextScan): boolean {
    for (let c = 0; c < this.need.length; c++) {
      const clause = this.need[c];
      let met = false;
      for (let k = 0; k < clause.length && !met; k++) {
        const x = clause[k];
        met = x >= 0 ? holdsLiteral(scan.present, x) : mayMatch(scan, this.lists[-1 - x]);
      }
      if (!met) return true;
    }
    return false;
  }

  /** The regex to run on `text`, or undefined when nothing in it can match. */
  regexFor(text: string): RegExp | undefined {
    const scope = currentScope();
    if (scope && this.scope !== scope.id) this.fit(scope);
    const scan = scanText(text);
    if (this.lacks(scan)) return undefined;
    for (let k = 0; k < this.lists.length; k++) {
      const active = this.active[k];
      if (active && possibleTerms(scan, this.lists[k]).some((t) => !active.has(t))) {
        this.grow((list) => possibleTerms(scan, list));
        break;
      }
    }
    return this.regexOn(text);
  }

  /** The compiled regex for `text`: classes cut to the alphabet when it holds the text. */
  private regexOn(text: string): RegExp {
    const alphabet = currentAlphabet();
    if (!this.narrow || !alphabet.holds(text)) return (this.compiled ??= compiledRegExp(this.source(), this.flags));
    if (this.alphabet !== alphabet.id) {
      this.alphabet = alphabet.id;
      this.compiledIn = undefined;
    }
    return (this.compiledIn ??= compiledRegExp(alphabet.narrow(this.source(), this.flags), this.flags));
  }

  /** Compiles every term the scoped document could match, so its texts need no growth. */
  private fit(scope: Scope): void {
    this.scope = scope.id;
    if (this.lists.some((list, k) => scope.terms(list).some((t) => this.active[k] && !this.active[k].has(t)))) this.grow(() => []);
  }

  private grow(possible: (list: TermList) => number[]): void {
    this.compiled = undefined;
    this.compiledIn = undefined;
    if (++this.growths > MAX_GROWTHS) {
      this.active = this.active.map(() => undefined);
      return;
    }
    this.lists.forEach((list, k) => {
      const active = this.active[k];
      if (!active) return;
      for (const t of possible(list)) active.add(t);
      for (const t of scopedTerms(list)) active.add(t);
    });
  }

  private source(): string {
    let k = 0;
    return this.pieces
      .map((p) => {
        if (typeof p === 'string') return p;
        const active = this.active[k++];
        if (p.always.length === p.sources.length) return alternationOf(p); // captures: left whole
        return factoredAlternation(p, active ? [...active].sort((a, b) => a - b) : p.sources.map((_, i) => i));
      })
      .join('');
  }

  withFlags(flags: string): Pattern {
    return flags === this.flags ? this : new Pattern(this.pieces, flags);
  }
}

/**
 * A RegExp whose `exec` (so `test`, `match`, `matchAll`, `replace`, `split`) runs the narrowed
 * regex for each text; `source` is the whole pattern. It holds no compiled pattern of its own.
 */
export class NarrowedRegExp extends RegExp {
  /** @internal */
  readonly pattern: Pattern;

  constructor(pattern: Pattern | NarrowedRegExp, flags?: string) {
    const p = pattern instanceof NarrowedRegExp ? pattern.pattern.withFlags(flags ?? pattern.flags) : pattern;
    super('(?:)', p.flags);
    this.pattern = p;
  }

  /** Whether `text` lacks a literal every match needs (then no match can start in it). */
  cannotMatch(text: string): boolean {
    return this.pattern.lacks(scanText(text));
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    const re = this.pattern.regexFor(text);
    const moves = this.global || this.sticky;
    if (!re) {
      if (moves) this.lastIndex = 0;
      return null;
    }
    if (moves) re.lastIndex = this.lastIndex;
    const m = nativeExec.call(re, text);
    if (moves) this.lastIndex = re.lastIndex;
    return m;
  }
}

// `source` is the whole pattern (an accessor: TypeScript declares RegExp's as a field).
Object.defineProperty(NarrowedRegExp.prototype, 'source', {
  get(this: NarrowedRegExp) {
    return this.pattern.fullSource;
  },
});

/** A regex of source pieces and term lists; compiles per text only the terms it can match. */
export function narrowedRegExp(pieces: Piece[], flags: string): RegExp {
  return new NarrowedRegExp(new Pattern(pieces, flags));
}

/**
 * Term lists by key, and placeholders that stand for them in a pattern's source: a builder
 * given placeholders instead of alternations (`narrowBuild`) yields a pattern of pieces.
 */
export class TermLists {
  private readonly byKey = new Map<string, TermList>();
  private readonly byId = new Map<number, TermList>();

  of(key: string, sources: () => string[]): TermList {
    let list = this.byKey.get(key);
    if (!list) {
      list = termList(sources());
      this.byKey.set(key, list);
      this.byId.set(list.id, list);
    }
    return list;
  }

  placeholder(key: string, sources: () => string[]): string {
    return `\uE000${this.of(key, sources).id}\uE001`;
  }

  /** The pieces of a source with placeholders, or undefined when it has none or an unknown one. */
  pieces(source: string): Piece[] | undefined {
    const parts = source.split(/\uE000(\d+)\uE001/);
    if (parts.length === 1) return undefined;
    const pieces: Piece[] = [];
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 0) pieces.push(parts[i]);
      else {
        const list = this.byId.get(Number(parts[i]));
        if (!list) return undefined;
        pieces.push(list);
      }
    }
    return pieces;
  }
}

/**
 * Runs `build` on `recorder` (the same shape as `real`, its sources placeholders of `lists`) and
 * returns the narrowed pattern; builds on `real` when the recording fails or holds no list.
 */
export function narrowBuild<L>(real: L, recorder: L, lists: TermLists, build: (l: L) => RegExp): RegExp {
  let recorded: RegExp;
  try {
    recorded = build(recorder);
  } catch {
    return build(real);
  }
  const pieces = lists.pieces(recorded.source);
  return pieces ? narrowedRegExp(pieces, recorded.flags) : build(real);
}
