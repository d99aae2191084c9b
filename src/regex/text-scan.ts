/**
 * What a scan of one text says about one term list: the types a scan and a list share, and the
 * queries narrowed patterns ask (registry.ts builds both).
 */
import type { LiteralSet } from './literal-trie.ts';

/** A list of alternatives (rule terms as regex sources) whose members may be left out per text. */
export interface TermList {
  id: number;
  /** Where its terms start in the numbering of all lists' terms (one stamp per term in `scan`). */
  base: number;
  sources: string[];
  /** Per term, its clauses as literal ids; empty = always possible. */
  needs: number[][][];
  /** Terms that are always possible (nothing known about their text). */
  always: number[];
}

/** What one text holds: its literals and the terms (numbered across lists, sorted) that could match in it. */
export interface TextScan {
  present: LiteralSet;
  terms: Int32Array;
}

/** Where `list`'s first term could start in `scan.terms`. */
function firstOf(scan: TextScan, list: TermList): number {
  const t = scan.terms;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid] < list.base) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some term of `list` could match in the scanned text. */
export function mayMatch(scan: TextScan, list: TermList): boolean {
  const at = firstOf(scan, list);
  return at < scan.terms.length && scan.terms[at] < list.base + list.sources.length;
}

/** The terms of `list` (its own indexes) that could match in the scanned text. */
export function possibleTerms(scan: TextScan, list: TermList): number[] {
  const out: number[] = [];
  for (let i = firstOf(scan, list); i < scan.terms.length && scan.terms[i] < list.base + list.sources.length; i++) out.push(scan.terms[i] - list.base);
  return out;
}
