/**
 * Excerpts with highlight ranges (never HTML: the site renders the ranges as <mark> safely).
 * A word is highlighted when one of its index terms is among the terms MiniSearch matched.
 */
import { analyzeTerm, words, type Token } from './analyzer.ts';
import { EXCERPT } from './options.ts';

export interface Excerpt {
  /** Offsets relative to the passage. */
  start: number;
  end: number;
  highlights: Array<[number, number]>;
}

/**
 * Word ranges of `text` whose analyzed terms meet `matched`. A glued word whose part matched
 * shows the part ("Frankfurt" in "FrankfurtData"); the whole word only when no part did.
 */
export function highlightRanges(text: string, matched: Set<string>, lang: string): Array<[number, number]> {
  const hits = (t: Token) => analyzeTerm(t.text, lang).some((term) => matched.has(term));
  return words(text)
    .flatMap(({ parts, ...word }) => {
      const partHits = parts.filter(hits);
      return partHits.length ? partHits : hits(word) ? [word] : [];
    })
    .map((token): [number, number] => [token.start, token.end]);
}

/** Move an offset back/forward to a word boundary so the excerpt does not cut words. */
function toBoundary(text: string, offset: number, direction: -1 | 1): number {
  let i = offset;
  if (direction < 0) {
    while (i > 0 && /\S/.test(text[i - 1])) i--;
  } else {
    while (i < text.length && /\S/.test(text[i])) i++;
  }
  return i;
}

/** A window of at most EXCERPT.maxChars around the first highlight of `text`. */
export function makeExcerpt(text: string, matched: Set<string>, lang: string): Excerpt {
  const all = highlightRanges(text, matched, lang);
  if (text.length <= EXCERPT.maxChars) return { start: 0, end: text.length, highlights: all };
  const first = all.length ? all[0][0] : 0;
  let start = toBoundary(text, Math.max(0, first - EXCERPT.before), -1);
  if (first - start > EXCERPT.maxChars / 2) start = first;
  let end = Math.min(text.length, start + EXCERPT.maxChars);
  if (end < text.length) {
    const back = text.lastIndexOf(' ', end);
    if (back > start + EXCERPT.maxChars / 2) end = back;
    else end = toBoundary(text, end, 1);
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const highlights = all
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start, e - start]);
  return { start, end, highlights };
}
