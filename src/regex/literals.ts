/**
 * What text any match of a regular expression must contain, as case-folded literals: a list of
 * clauses, each a list of strings, and a match contains at least one string of every clause
 * ("kopi\p{L}*\s+zapas" -> [["kopi"], ["zapas"]]). An empty list says nothing is known. The
 * analysis is conservative: any syntax it does not model (classes, escapes, back-references)
 * counts as "some unknown text", never as a literal, so it can only lose precision, never a match.
 * Lookarounds consume nothing, so their contents are not required.
 */
import { foldCase } from './fold.ts';

export type Clauses = string[][];

/** A part of a pattern: the exact strings it can match (when few), or what it needs. */
export interface Info {
  exact?: string[];
  clauses: Clauses;
}

/** Most exact strings a part keeps before only its clauses count. */
const MAX_EXACT = 16;
/** Most characters a class may hold to count as exact strings ("[aięą]"). */
const MAX_CLASS = 8;

const UNKNOWN: Info = { clauses: [] };
const EMPTY: Info = { exact: [''], clauses: [] };
const SYNTAX = new Set('^$\\.*+?()[]{}|/-');
/** Characters that start syntax outside classes (and the placeholder range). */
const SPECIAL = new Set('\\()[]{}|.^$*+?\uE000\uE001\uE002\uE003');
const QUANTIFIERS = new Set('*+?{');
const QUANTIFIER = /\{(\d+)(,(\d*))?\}/y;
const PLACEHOLDER = /\uE000(\d+)\uE001/y;
/** "(", "(?:", a lookaround or a named group ("(?<name>"). */
const GROUP_HEAD = /\((\?(?::|=|!|<=|<!|<[^>=!][^>]*>))?/y;

export function clausesOf(info: Info): Clauses {
  if (!info.exact) return info.clauses;
  return info.exact.includes('') ? [] : [info.exact];
}

/** Stands for "a term of list N could match" in clauses (narrowed.ts); never a literal. */
export const listToken = (id: number) => `\uE002${id}\uE003`;
const isToken = (s: string) => s.startsWith('\uE002');

/** An OR of strings without those that contain another (containing "ab" implies containing "a"). */
function minimalSet(strings: Iterable<string>): string[] {
  const sorted = [...new Set(strings)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const out: string[] = [];
  for (const s of sorted) if (isToken(s) || !out.some((o) => !isToken(o) && s.includes(o))) out.push(s);
  return out;
}

/** The clause that says most: its shortest string longest, then fewest strings. */
function bestClause(clauses: Clauses): string[] | undefined {
  let best: string[] | undefined;
  const score = (c: string[]) => Math.min(...c.map((s) => s.length));
  for (const c of clauses) if (!best || score(c) > score(best) || (score(c) === score(best) && c.length < best.length)) best = c;
  return best;
}

export function sequence(items: Info[]): Info {
  const clauses: Clauses = [];
  let run: string[] = [''];
  let exact = true;
  const flush = () => {
    if (!run.includes('')) clauses.push(minimalSet(run));
    run = [''];
  };
  for (const item of items) {
    if (item.exact && run.length * item.exact.length <= MAX_EXACT) {
      run = [...new Set(run.flatMap((a) => item.exact!.map((b) => a + b)))];
      continue;
    }
    exact = false;
    flush();
    if (item.exact) run = item.exact;
    else clauses.push(...item.clauses);
  }
  if (exact) return { exact: run, clauses: [] };
  flush();
  return { clauses };
}

export function alternatives(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const all = [...new Set(branches.flatMap((b) => b.exact!))];
    if (all.length <= MAX_EXACT) return { exact: all, clauses: [] };
  }
  const picked: string[] = [];
  for (const b of branches) {
    const best = bestClause(clausesOf(b));
    if (!best) return UNKNOWN;
    picked.push(...best);
  }
  return { clauses: [minimalSet(picked)] };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return info;
  if (min === 0) return max === 1 && info.exact ? { exact: [...new Set(['', ...info.exact])], clauses: [] } : UNKNOWN;
  return { clauses: clausesOf(info) };
}

/**
 * Analyses `source` under `flags`. `parts` stands in for placeholders: a private-use character
 * U+E000 followed by a decimal index and U+E001 is taken as the part with that index.
 */
export function analyse(source: string, flags: string, parts: Info[] = []): Info {
  const unicode = flags.includes('u');
  let i = 0;
  const peek = () => source[i];

  function disjunction(): Info {
    const branches = [alternative()];
    while (peek() === '|') {
      i++;
      branches.push(alternative());
    }
    return branches.length === 1 ? branches[0] : alternatives(branches);
  }

  function alternative(): Info {
    const items: Info[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') items.push(plainRun() ?? quantified(atom()));
    return sequence(items);
  }

  /** Plain characters up to the next syntax, as one literal (the last stays for a quantifier). */
  function plainRun(): Info | undefined {
    let j = i;
    while (j < source.length && !SPECIAL.has(source[j])) j++;
    if (j < source.length && QUANTIFIERS.has(source[j])) j--;
    if (j > i && unicode && /[\uDC00-\uDFFF]/.test(source[j])) j--;
    if (j <= i) return undefined;
    const run = source.slice(i, j);
    i = j;
    return literal(run);
  }

  function quantified(info: Info): Info {
    const c = peek();
    let min: number, max: number;
    if (c === '*' || c === '+' || c === '?') {
      i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      QUANTIFIER.lastIndex = i;
      const m = QUANTIFIER.exec(source);
      if (!m) return info;
      i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return info;
    if (peek() === '?') i++;
    return repeat(info, min, max);
  }

  function literal(text: string): Info {
    // Folded with or without the i flag: a case-sensitive match is also a case-insensitive one.
    return { exact: [foldCase(text)], clauses: [] };
  }

  function atom(): Info {
    const c = peek();
    if (c === '(') return group();
    if (c === '[') return charClass();
    if (c === '\\') return escape();
    if (c === '.') return i++, UNKNOWN;
    if (c === '^' || c === '$') return i++, EMPTY;
    if (c >= '\uE000' && c <= '\uE003') {
      PLACEHOLDER.lastIndex = i;
      const m = PLACEHOLDER.exec(source);
      if (m && parts[Number(m[1])]) return (i += m[0].length), parts[Number(m[1])];
      // Never a literal, so no literal can be confused with a list token.
      return i++, UNKNOWN;
    }
    const ch = unicode ? String.fromCodePoint(source.codePointAt(i)!) : source[i];
    i += ch.length;
    return literal(ch);
  }

  function group(): Info {
    GROUP_HEAD.lastIndex = i;
    const head = GROUP_HEAD.exec(source)![0];
    i += head.length;
    if (peek() === '?') throw new SyntaxError(`unknown group at ${i}`);
    const inner = disjunction();
    if (peek() !== ')') throw new SyntaxError(`unbalanced group at ${i}`);
    i++;
    return /^\(\?(?:=|!|<=|<!)/.test(head) ? EMPTY : inner;
  }

  function escape(): Info {
    const next = source[i + 1];
    if (next === undefined) throw new SyntaxError('trailing backslash');
    if (next === 'b' || next === 'B') return (i += 2), EMPTY;
    if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
      i = source.indexOf('}', i) + 1;
      return UNKNOWN;
    }
    if (next === 'k' && source[i + 2] === '<') {
      i = source.indexOf('>', i) + 1;
      return UNKNOWN;
    }
    if (next === 'u' && source[i + 2] === '{') {
      i = source.indexOf('}', i) + 1;
      return UNKNOWN;
    }
    i += 2;
    if (next === 'x') return (i += 2), UNKNOWN;
    if (next === 'u') return (i += 4), UNKNOWN;
    if (next === 'c') return (i += 1), UNKNOWN;
    if (/\d/.test(next)) {
      while (/\d/.test(source[i] ?? '')) i++;
      return UNKNOWN;
    }
    return SYNTAX.has(next) ? literal(next) : UNKNOWN;
  }

  /** A class of at most MAX_CLASS plain characters is exact; anything else is unknown. */
  function charClass(): Info {
    i++;
    const negated = peek() === '^';
    if (negated) i++;
    const chars = new Set<string>();
    let known = !negated;
    while (i < source.length && peek() !== ']') {
      let ch: string;
      if (peek() === '\\') {
        const next = source[i + 1];
        if (next !== undefined && SYNTAX.has(next)) {
          ch = next;
          i += 2;
        } else {
          known = false;
          if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') i = source.indexOf('}', i) + 1;
          else i += next === 'x' ? 4 : next === 'u' ? 6 : next === 'c' ? 3 : 2;
          continue;
        }
      } else {
        ch = unicode ? String.fromCodePoint(source.codePointAt(i)!) : source[i];
        i += ch.length;
      }
      if (peek() === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined) {
        i++;
        let end: string;
        if (peek() === '\\') {
          const next = source[i + 1];
          if (next === undefined || !SYNTAX.has(next)) {
            known = false;
            i += 2;
            continue;
          }
          end = next;
          i += 2;
        } else {
          end = unicode ? String.fromCodePoint(source.codePointAt(i)!) : source[i];
          i += end.length;
        }
        const from = ch.codePointAt(0)!;
        const to = end.codePointAt(0)!;
        if (to - from >= MAX_CLASS) known = false;
        else for (let c = from; c <= to; c++) chars.add(String.fromCodePoint(c));
        continue;
      }
      chars.add(ch);
    }
    if (peek() !== ']') throw new SyntaxError(`unclosed class at ${i}`);
    i++;
    const odd = (c: string) => c.length > 1 ? !unicode : c >= '\uE000' && c <= '\uE003';
    if (!known || chars.size === 0 || chars.size > MAX_CLASS || [...chars].some(odd)) return UNKNOWN;
    return { exact: [...new Set([...chars].map(foldCase))], clauses: [] };
  }

  const info = disjunction();
  if (i !== source.length) throw new SyntaxError(`unexpected ")" at ${i}`);
  return info;
}

/** The clauses of a regex, or none when the analysis cannot read it (never throws). */
export function requiredLiterals(source: string, flags: string): Clauses {
  try {
    return clausesOf(analyse(source, flags));
  } catch {
    return [];
  }
}
