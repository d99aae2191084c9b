/**
 * Paragraphs that run on across a column or page turn. Typesetting fills a column or page to its
 * bottom and carries the rest of a paragraph over; the pieces are one paragraph again when the
 * column or page was full, its last line ran to the column's edge without ending a sentence, and
 * the next column or page opens with a plain line at its left edge in the same font (no bullet,
 * number, heading or indent). A page that stops well short of its bottom keeps its cut: the writer
 * broke it there, and the sentence-split finding reports such cuts.
 */
import { append } from '../../src/lists.ts';
import type { Column } from './pdf-columns.ts';
import type { PdfLine } from './pdf-layout.ts';

/** What the join reads of a line. */
export type FlowLine = Pick<PdfLine, 'page' | 'text' | 'x' | 'y' | 'right' | 'size' | 'font' | 'gapped'>;

export interface FlowGroup<L extends FlowLine> {
  lines: L[];
  page: number;
  /** The column each of the group's lines sits in. */
  column: (line: L) => Column;
  /** The lowest baseline of the group's page (its text's bottom) and its text's left edge. */
  bottom: number;
  left: number;
  /** A table's lines: never joined. */
  table?: unknown;
}

/** A page's text running to at least this share of its height is full (a 2-3 cm bottom margin leaves 0.85-0.93). */
export const FULL_PAGE = 0.82;
/** A line reaching this share of its column's width ran to the edge. */
const FULL_LINE = 0.9;
const SENTENCE_END = /[.!?:;…]["'”’»)\]]?$/u;

/**
 * Joins each group with the next where a paragraph ran on across a column or page turn. `opens`
 * says whether a line opens a block of its own (bullet, numbered item, heading, contents line);
 * `fill` is each page's fill (first page first).
 */
export function joinFlow<L extends FlowLine, G extends FlowGroup<L>>(groups: G[], fill: readonly number[], opens: (line: L) => boolean): G[] {
  const out: G[] = [];
  for (const g of groups) {
    const prev = out[out.length - 1];
    if (prev && runsOn(prev, g, fill, opens)) append(prev.lines, g.lines);
    else out.push({ ...g, lines: [...g.lines] });
  }
  return out;
}

function runsOn<L extends FlowLine>(a: FlowGroup<L>, b: FlowGroup<L>, fill: readonly number[], opens: (line: L) => boolean): boolean {
  if (a.table || b.table) return false;
  const last = a.lines[a.lines.length - 1];
  const first = b.lines[0];
  const newPage = first.page !== last.page;
  const newColumn = !newPage && first.y > last.y + 1;
  if (!newPage && !newColumn) return false;
  if (newPage && (first.page !== last.page + 1 || (fill[last.page - 1] ?? 0) < FULL_PAGE)) return false;
  // A column turn: the left column's text ran to the bottom of the page's text.
  if (newColumn && last.y > a.bottom + last.size * 2) return false;
  const col = a.column(last);
  const next = b.column(first);
  const width = Math.max(1, col.right - col.left);
  if (last.gapped || first.gapped || SENTENCE_END.test(last.text)) return false;
  if (last.right < col.left + width * FULL_LINE) return false;
  if (Math.abs(last.size - first.size) > 0.5 || last.font !== first.font) return false;
  // At the left edge of its column, and of the page's text (an indent opens a paragraph).
  if (Math.abs(first.x - next.left) > 2 || (newPage && Math.abs(first.x - a.left) > 2) || opens(first)) return false;
  // A paragraph's lines after its first start at the column's edge too (not an indented item).
  return a.lines.length === 1 || Math.abs(last.x - col.left) <= 2 || Math.abs(last.x - a.lines[a.lines.length - 2].x) <= 2;
}
