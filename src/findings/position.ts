/**
 * Text offsets <-> line/column of the source file, through `doc.sourceMap` (anchors sorted by
 * offset; readers anchor each block, so inside a block we walk the text's own line breaks).
 */
import { SHEET_FORMATS, type Anchor, type SeckbDocument } from '../model/types.ts';

function anchorBefore(map: readonly Anchor[], offset: number): Anchor | undefined {
  let lo = 0;
  let hi = map.length - 1;
  let found: Anchor | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid][0] <= offset) {
      found = map[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * 1-based line and column (UTF-16 code units) in the source file of a text offset, or undefined
 * when the format has no lines. `lineColumn(doc, 0)` -> `{ line: 1, column: 1 }` for a plain file.
 */
export function lineColumn(doc: SeckbDocument, offset: number): { line: number; column: number } | undefined {
  const map = doc.sourceMap;
  if (!map || map.length === 0) return undefined;
  const anchor = anchorBefore(map, offset) ?? map[0];
  // A spreadsheet's anchors are cells: the position is the cell's row and column (sheet = section).
  if (offset < anchor[0] || SHEET_FORMATS.has(doc.format)) return { line: anchor[1], column: anchor[2] };
  const between = doc.text.slice(anchor[0], offset);
  const breaks = between.split('\n').length - 1;
  if (breaks === 0) return { line: anchor[1], column: anchor[2] + between.length };
  return { line: anchor[1] + breaks, column: between.length - between.lastIndexOf('\n') };
}

/** Where `excerpt` may be looked for around an estimated offset when the estimate is off. */
const SEARCH_WINDOW = 400;

/**
 * The text offset of `excerpt` found at a source position (1-based line/column), or undefined
 * when the text does not contain it there (markup the reader removed). Inverse of lineColumn.
 */
export function sourceToOffset(doc: SeckbDocument, line: number, column: number, excerpt: string): number | undefined {
  const map = doc.sourceMap;
  if (!map || map.length === 0 || excerpt === '') return undefined;
  let best: Anchor | undefined;
  for (const a of map) {
    if (a[1] < line || (a[1] === line && a[2] <= column)) {
      if (!best || a[1] > best[1] || (a[1] === best[1] && a[2] >= best[2])) best = a;
    }
  }
  let estimate = best ? best[0] : 0;
  if (best) {
    let l = best[1];
    let i = best[0];
    while (l < line) {
      const nl = doc.text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl + 1;
      l++;
    }
    estimate = l === best[1] ? best[0] + (column - best[2]) : i + (column - 1);
  }
  if (doc.text.startsWith(excerpt, estimate)) return estimate;
  // Markup before the excerpt on its line shifts the estimate: take the nearest occurrence.
  const from = Math.max(0, estimate - SEARCH_WINDOW);
  let nearest: number | undefined;
  for (let at = doc.text.indexOf(excerpt, from); at >= 0 && at <= estimate + SEARCH_WINDOW; at = doc.text.indexOf(excerpt, at + 1)) {
    if (nearest === undefined || Math.abs(at - estimate) < Math.abs(nearest - estimate)) nearest = at;
  }
  return nearest;
}

/**
 * The source has markup between the text characters at `offset - 1` and `offset`: the reader
 * anchored a new text run at `offset`, and it does not sit right after the previous character
 * (an html page's "<span>Backup copies</span><strong>Ireland</strong>"). Only an html page's
 * reader joins elements so; its stylesheet, which the reader does not apply, may set them apart.
 */
export function elementSeam(doc: SeckbDocument, offset: number): boolean {
  const map = doc.sourceMap;
  if (doc.format !== 'html' || !map?.length || offset <= 0) return false;
  const anchor = anchorBefore(map, offset);
  if (!anchor || anchor[0] !== offset) return false;
  const prev = lineColumn(doc, offset - 1);
  return prev === undefined || prev.line !== anchor[1] || prev.column + 1 !== anchor[2];
}
