/**
 * A help page's reading time ("3 min read", "Reading time: 4 minutes", "Czas czytania: 3 min",
 * "1 min czytania"): a length of the page, not of anything the vendor does with data.
 */
import type { Lexicon } from '../lexicon.ts';
import type { Span } from './number.ts';

export function isReadingTime(text: string, span: Span, lex: Lexicon): boolean {
  const before = lex.memo('readingBefore', (l) => new RegExp(`(?<![\\p{L}])(?:${l.source('readingTimeLabel')})\\s*[:·-]?\\s*(?:~\\s*)?$`, 'iu'));
  const after = lex.memo('readingAfter', (l) => new RegExp(`^\\s*(?:${l.source('readingTimeAfter')})(?![\\p{L}])`, 'iu'));
  return before.test(text.slice(Math.max(0, span.start - 40), span.start)) || after.test(text.slice(span.end, span.end + 30));
}
