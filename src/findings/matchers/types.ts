/** What every matcher returns: ranges relative to the unit it was given (textlint: report relative). */
import type { RuleEntry } from '../rule-data.ts';
import { NarrowedRegExp } from '../../regex/narrowed.ts';

export interface MatchHit {
  start: number;
  end: number;
  params?: Record<string, string | number>;
}

/**
 * Runs on one unit (a sentence, a line, the text or a source line); compiled once per rule.
 * `cannotMatch`, when given, tells cheaply that a text holds no match (it lacks a literal every
 * match needs): the engine then skips the call.
 */
export type CompiledMatcher = ((text: string) => MatchHit[]) & { cannotMatch?: (text: string) => boolean };

/** A matcher running a narrowed regex (src/regex/narrowed.ts), with its literal gate. */
export function regexMatcher(re: RegExp, group: number): CompiledMatcher {
  const match: CompiledMatcher = (text) => allMatches(re, text, group);
  if (re instanceof NarrowedRegExp) match.cannotMatch = (text) => re.cannotMatch(text);
  return match;
}

/** Builds a matcher from a validated entry; `fail` reports bad data for this entry and throws. */
export type MatcherFactory = (entry: RuleEntry, fail: (problem: string) => never) => CompiledMatcher;

/** Letters and digits: what a word boundary means in every language seckb reads. */
export const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

/** All matches of a global regular expression, reporting capture `group` when given. */
export function allMatches(re: RegExp, text: string, group = 0): MatchHit[] {
  const hits: MatchHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = group === 0 ? [m.index, m.index + m[0].length] : m.indices?.[group];
    if (span && span[1] > span[0]) hits.push({ start: span[0], end: span[1] });
  }
  return hits;
}

/** Escapes regular-expression syntax (only what `u` mode allows escaping). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
