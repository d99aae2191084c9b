/**
 * Lengths told as steps: one that counts on from the end of an earlier one ("a further 30 days",
 * "35 days after that", "Po upływie tego terminu ... w ciągu 14 dni"), and two lengths added up.
 */
import type { Lexicon } from '../lexicon.ts';
import { has } from '../context.ts';

/**
 * Whether the length at `d` of `text` counts from the end of an earlier one: it is marked as
 * further ("a further 60 days", "the following two weeks") or as later ("within 35 days after
 * that"), or (with `since`) its sentence opens at the end of the period before ("Once the grace
 * period is over, ...", "Po tym terminie ..."). A length right after such an opener names that
 * period itself ("Once the 30-day grace period ends", "Gdy minie 30-dniowy okres").
 */
export function countsOnAt(text: string, d: { start: number; end: number }, since: string | undefined, lex: Lexicon): boolean {
  if (has(lex, 'furtherWord', text.slice(Math.max(0, d.start - 25), d.start))) return true;
  const later = lex.memo('countsFromThen', (l) => new RegExp(`^\\s*(?:${l.source('countsFromThen')})`, 'iu'));
  if (later.test(text.slice(d.end, d.end + 40))) return true;
  // "Potem usuwamy je w ciągu 60 dni od zakończenia umowy": a length tied to the contract's end counts from it.
  const fromEnd = lex.memo('countsFromEndStart', (l) => new RegExp(`^\\s*(?:${l.source('countsFromEnd')})`, 'iu'));
  if (!since || fromEnd.test(text.slice(d.end, d.end + 60))) return false;
  const end = openerEnd(text, d.start, since, lex);
  return end >= 0 && end <= d.start && /\p{L}{2}/u.test(text.slice(end, d.start));
}

/**
 * The last line break before `at` that starts a sentence, or -1. A hard-wrapped paragraph breaks
 * lines inside its sentences ("... zostają usunięte w ciągu\n   14 dni."): a break after a word or a
 * comma, before a lower-case word or a number that is no list item's, only wraps the line.
 */
function lineStart(text: string, at: number): number {
  // Bounded: an opener further back than a few lines opens no sentence this length is in.
  for (let i = text.lastIndexOf('\n', at - 1); i >= 0; i = text.lastIndexOf('\n', i - 1)) {
    if (at - i > 400) return i;
    const wraps = /[\p{L}\p{N},]$/u.test(text.slice(Math.max(0, i - 1), i)) && /^[ \t]*(?:\p{Ll}|\p{N}+(?![.)]\s))/u.test(text.slice(i + 1, i + 12));
    if (!wraps) return i;
  }
  return -1;
}

/** Where the `since` opener of the sentence holding `at` ends ("After those 14 days,"), or -1. */
export function openerEnd(text: string, at: number, since: string, lex: Lexicon): number {
  const head = text.slice(0, at);
  const from = Math.max(lineStart(text, at), ...['. ', '! ', '? '].map((x) => head.lastIndexOf(x))) + 1;
  const opener = lex.memo(`since:${since}`, (l) => new RegExp(`^[\\s\\d.)–-]*(?:${l.source(since)})`, 'iu'));
  const m = opener.exec(text.slice(from, from + 200));
  return m === null ? -1 : from + m[0].length;
}

/** Two lengths added up: same unit, or days and weeks as days ("30 days" and "two weeks" are P44D). */
export function addLengths(a: string, b: string): string | undefined {
  const x = /^P(\d+)([DWMY])$/.exec(a);
  const y = /^P(\d+)([DWMY])$/.exec(b);
  if (!x || !y) return undefined;
  if (x[2] === y[2]) return `P${Number(x[1]) + Number(y[1])}${y[2]}`;
  const days = (m: RegExpExecArray) => (m[2] === 'W' ? Number(m[1]) * 7 : m[2] === 'D' ? Number(m[1]) : undefined);
  const [dx, dy] = [days(x), days(y)];
  return dx !== undefined && dy !== undefined ? `P${dx + dy}D` : undefined;
}

