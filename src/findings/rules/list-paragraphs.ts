/**
 * Items of one list written as paragraphs, which a break separates by design: enumeration items
 * ending "," or ", or", rows of a table whose cells were glued on copying, and items with no stops.
 * Shared by the broken-paragraph rules (sentence-split.ts).
 */
import { alternation, listJoiners } from './structure-data.ts';

const wordCount = (text: string): number => text.trim().split(/\s+/u).length;

/** ", or" / "; oraz" at the end: an enumeration item before the last, whose next item starts anew. */
export const ITEM_END = new RegExp(`[,;]\\s*(?:${alternation(listJoiners)})$`, 'iu');
/**
 * Two items of one enumeration written as paragraphs: both end as an item does (",", ";", ", or";
 * `b` on its first line), as in "Use the data for testing," / "Give any third party access, or".
 */
export function siblingItems(a: string, b: string): boolean {
  const itemEnd = (t: string) => /[,;]$/u.test(t) || ITEM_END.test(t);
  return itemEnd(a) && itemEnd(b.split('\n', 1)[0].trimEnd());
}

/** Words a paragraph needs to count as an item of a list written as paragraphs without stops. */
const RUN_ITEM_WORDS = 4;
/**
 * Items of a list written as paragraphs with no stops ("Passwords expire after 90 days" /
 * "Reused passwords are refused"): the paragraph before `a` and `b` also end open, and `b` opens
 * with a capital. A cut sentence's second half ends with a stop or goes on in lower case.
 */
export function unpunctuatedRun(before: string, a: string, b: string): boolean {
  const open = (t: string) => /[\p{L}\p{N}]$/u.test(t.trimEnd()) && wordCount(t) >= RUN_ITEM_WORDS;
  return /^\p{Lu}/u.test(b.trimStart()) && open(before) && open(a) && open(b);
}

/** Words compared at the ends of two lines that are rows of one table or list. */
const ROW_TAIL_WORDS = 3;
/**
 * Two lines that end in the same words ("... 10% of the monthly fee" / "... 25% of the monthly
 * fee") are rows of a table whose cells were glued together on copying, not halves of a sentence.
 */
export function parallelRows(a: string, b: string): boolean {
  const tail = (t: string) => t.trim().split('\n').at(-1)!.toLowerCase().split(/\s+/u).slice(-ROW_TAIL_WORDS).join(' ');
  const end = tail(a);
  return end.split(' ').length === ROW_TAIL_WORDS && /\p{L}{3}/u.test(end) && end === tail(b);
}
