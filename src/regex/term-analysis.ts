/**
 * The literal analysis of one rule term (literals.ts), looked up first among the analyses made
 * when lib/ was compiled (precomputed.ts): analysing the thousands of terms of the rule data cost
 * every check ~50 ms. A term's clauses depend on its source alone, so a term the table lacks
 * (rule data edited since) is analysed here as before. Analyses made here are kept for
 * precompute.ts, which runs over the rule data at compile time and reads them.
 */
import { analyse, clausesOf, type Clauses } from './literals.ts';
import { PRECOMPUTED } from './precomputed.ts';

const analysed = new Map<string, Clauses>();
/** Terms looked up in PRECOMPUTED so far (forgetRegisteredTerms). */
const looked: string[] = [];

export function termClauses(source: string): Clauses {
  const known = PRECOMPUTED?.get(source);
  if (known) {
    looked.push(source);
    return known;
  }
  let clauses: Clauses;
  try {
    clauses = clausesOf(analyse(source, 'u'));
  } catch {
    clauses = [];
  }
  analysed.set(source, clauses);
  return clauses;
}

/**
 * Forgets the analyses of the terms asked for so far (the worker snapshot, once the rule data is
 * made): those terms are registered (registry.ts keeps their literals), and a snapshot loads every
 * byte it holds at every start (~3 MB of analyses). A term asked for again is analysed again, to
 * the same clauses.
 */
export function forgetRegisteredTerms(): void {
  for (const source of looked) (PRECOMPUTED as Map<string, Clauses> | undefined)?.delete(source);
  looked.length = 0;
  analysed.clear();
}

/** Every term analysed in this process (not looked up). */
export const analysedTerms = (): ReadonlyMap<string, Clauses> => analysed;
