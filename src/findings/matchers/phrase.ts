/**
 * `phrase`: a list of phrases (Vale's `existence`). Words match whole, any run of spaces matches
 * any whitespace, a straight apostrophe matches a typographic one ("Here's" / "Here’s"), and a
 * comma after a word is optional ("Jeśli chcesz mogę" is still the tell).
 */
import type { MatcherFactory } from './types.ts';
import { WORD_CHAR, escapeRegExp, regexMatcher } from './types.ts';
import { narrowedRegExp, termList } from '../../regex/narrowed.ts';

/** One phrase as a regular expression source, with word boundaries where it starts/ends with a letter. */
export function phraseSource(token: string): string {
  const body = token
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’ʼ]/g, "['’ʼ]").replace(/,$/, ',?'))
    .join('\\s+');
  const first = token.trim()[0] ?? '';
  const last = token.trim().slice(-1);
  const before = /[\p{L}\p{N}]/u.test(first) ? `(?<!${WORD_CHAR})` : '';
  const after = /[\p{L}\p{N}]/u.test(last) ? `(?!${WORD_CHAR})` : '';
  return before + body + after;
}

/** Leading list bullets and spaces allowed before an anchored phrase; quotes are not (dialogue). */
const LEAD = '^[\\s\\-–•*>]*';

export const phrase: MatcherFactory = (entry, fail) => {
  const tokens = entry.tokens ?? [];
  if (tokens.length === 0) fail('tokens empty');
  tokens.forEach((t, i) => {
    if (typeof t !== 'string' || t.trim() === '') fail(`tokens[${i}] is not a non-empty string`);
  });
  // The phrases are one term list: per text only those it can hold are compiled (src/regex).
  const phrases = termList(tokens.map(phraseSource));
  const pieces = entry.anchor === 'start' ? [`${LEAD}(`, phrases, ')'] : entry.anchor === 'whole' ? [`${LEAD}(`, phrases, ')\\s*$'] : ['(', phrases, ')'];
  const re = narrowedRegExp(pieces, `gud${entry.caseSensitive ? '' : 'i'}`);
  return regexMatcher(re, 1);
};
