/**
 * Caps on a search query, checked before any analysis: a query is a few words, and MiniSearch's
 * fuzzy/prefix expansion grows with every term (a 10 KB query took 1.5 GB, 100 KB ran out of
 * memory). The CLI and SearchEngine.search both call this, so the site is capped the same way.
 */
import { tokenize } from './analyzer.ts';

export const MAX_QUERY_CHARS = 500;
export const MAX_QUERY_TERMS = 32;

export class QueryTooLongError extends Error {}

/** Throws QueryTooLongError (a one-line reason) when the query is over either cap. */
export function assertQueryWithinLimits(query: string): void {
  if (query.length > MAX_QUERY_CHARS) {
    throw new QueryTooLongError(`the query is ${query.length} characters long; the limit is ${MAX_QUERY_CHARS}: search for a few words`);
  }
  const terms = tokenize(query).length;
  if (terms > MAX_QUERY_TERMS) throw new QueryTooLongError(`the query has ${terms} words; the limit is ${MAX_QUERY_TERMS}: search for a few words`);
}
