/**
 * Columns of a PDF page. A page set in two columns has a gutter: an edge where three or more body
 * lines start, right of the page's middle, that almost no body line runs across. A line's column
 * gives the edges its paragraph breaks are judged against: a line of the left column ends well
 * short of the page's right edge without ending its paragraph. Linear in the page's lines.
 */
import { greatest, least } from '../../src/lists.ts';

export interface ColumnLine {
  x: number;
  right: number;
  gapped?: boolean;
}

export interface Column {
  left: number;
  right: number;
}

/** At most this share of the body lines may cross the gutter (a title, a wide table). */
const CROSSING_SHARE = 0.1;
/** Lines starting within this distance of the column's edge start at that edge. */
const EDGE_SLACK = 2;

/** The column of each line of a page; one column when the page has no gutter. */
export function pageColumns<L extends ColumnLine>(lines: readonly L[], isBody: (line: L) => boolean): (line: L) => Column {
  const body = lines.filter((l) => isBody(l) && !l.gapped);
  const whole: Column = body.length ? { left: least(body.map((l) => l.x)), right: greatest(body.map((l) => l.right)) } : { left: 0, right: 0 };
  const single = (): Column => whole;
  if (body.length < 6) return single;
  const middle = (whole.left + whole.right) / 2;
  const edge = commonStart(body.filter((l) => l.x > middle - (whole.right - whole.left) * 0.05).map((l) => l.x));
  if (edge === undefined) return single;
  const crossing = body.filter((l) => l.x < edge - EDGE_SLACK && l.right > edge + EDGE_SLACK).length;
  const leftLines = body.filter((l) => l.right <= edge + EDGE_SLACK);
  if (crossing > body.length * CROSSING_SHARE || leftLines.length < 3) return single;
  const left: Column = { left: whole.left, right: greatest(leftLines.map((l) => l.right)) };
  const right: Column = { left: edge, right: whole.right };
  return (line) => (line.x >= edge - EDGE_SLACK ? right : line.right <= edge + EDGE_SLACK ? left : whole);
}

/** The left edge at least three of the given starts share (the smallest such, for determinism). */
function commonStart(starts: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const x of starts) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1);
  let best: number | undefined;
  for (const [x, n] of counts) {
    const near = n + (counts.get(x - 1) ?? 0) + (counts.get(x + 1) ?? 0);
    if (near >= 3 && (best === undefined || x < best)) best = x;
  }
  return best;
}
