/**
 * Tables on a PDF page. Exporters set a table's cells as separate runs of text at fixed left edges,
 * one line per wrapped line of a cell, and the text layer keeps no borders. So a table is a run of
 * lines whose pieces (runs of text a cell's padding apart) each start at one of the left edges of
 * the run's first line and end before the next edge; two of its lines at least hold two pieces or
 * more. Exporters write a row cell by cell, so a later cell's first line comes after the earlier
 * cell's last and sits higher: a line may go back up as far as the row's first line, and the table's
 * lines are put in reading order (top down, left to right; pieces on one baseline on one line).
 * Rows: when rows are set further apart than a cell's lines, a wider step opens a row; when every
 * step is the same, a line with a piece in the first column does. Linear in the lines (after one
 * sort of each table's lines).
 */
import { append, greatest, least } from '../../src/lists.ts';

export interface TablePiece {
  x: number;
  right: number;
  text: string;
  font?: string;
}

export interface TableLine {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  /** Runs of text set apart on the line (cells); absent for a line of one run. */
  parts?: TablePiece[];
}

export interface PdfTable {
  /** Lines [start, end) of the page the table takes. */
  start: number;
  end: number;
  /** Rows of cells, each cell the texts of its lines in order. */
  rows: string[][][];
  /** The first row is set in another font than the second (a bold header row). */
  header: boolean;
}

/** Pieces starting within this many units of a column's edge start at it. */
const EDGE = 2;
/** A step this much wider than the narrowest opens a row. */
const ROW_STEP = 1.25;
/** More pieces than this on a line is no table row (and keeps matching pieces to edges linear). */
const MAX_COLUMNS = 24;

const piecesOf = (l: TableLine): TablePiece[] => l.parts ?? [{ x: l.x, right: l.right, text: l.text }];

/** The tables of a page's lines, in order; `excluded` lines (contents entries) are never in one. */
export function findTables<L extends TableLine>(lines: readonly L[], excluded: (line: L) => boolean): PdfTable[] {
  const tables: PdfTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    if ((first.parts?.length ?? 0) < 2 || first.parts!.length > MAX_COLUMNS || excluded(first)) continue;
    const edges = first.parts!.map((p) => p.x);
    let end = i + 1;
    let ceiling = first.y;
    while (end < lines.length && fits(lines[end], lines[end - 1], edges, ceiling) && !excluded(lines[end])) {
      if (piecesOf(lines[end]).length >= 2) ceiling = Math.min(ceiling, lines[end].y);
      end++;
    }
    const rows = readingOrder(lines.slice(i, end));
    if (rows.filter((l) => l.pieces.length >= 2).length < 2) continue;
    tables.push(build(rows, i, end, edges));
    i = end - 1;
  }
  return tables;
}

/**
 * A line goes on the table: same size, a line's step below the line before (or back up, no higher
 * than the last line of two pieces: a row's next cell), every piece inside a column.
 */
function fits(line: TableLine, above: TableLine, edges: number[], ceiling: number): boolean {
  const step = above.y - line.y;
  if ((step <= 0 && line.y > ceiling + 1) || step > line.size * 3 || Math.abs(line.size - above.size) > 0.5) return false;
  return piecesOf(line).every((p) => {
    const k = columnOf(p.x, edges);
    return k >= 0 && (k === edges.length - 1 || p.right <= edges[k + 1]);
  });
}

function columnOf(x: number, edges: number[]): number {
  return edges.findIndex((e) => Math.abs(x - e) <= EDGE);
}

interface Placed {
  y: number;
  pieces: TablePiece[];
}

/** A table's lines top down, pieces on one baseline (within a unit) gathered left to right. */
function readingOrder(lines: TableLine[]): Placed[] {
  const sorted = lines.map((l) => ({ y: l.y, pieces: piecesOf(l) })).sort((a, b) => b.y - a.y || a.pieces[0].x - b.pieces[0].x);
  const out: Placed[] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && last.y - l.y <= 1) append(last.pieces, l.pieces);
    else out.push({ y: l.y, pieces: [...l.pieces] });
  }
  for (const l of out) l.pieces.sort((a, b) => a.x - b.x);
  return out;
}

function build(lines: Placed[], start: number, end: number, edges: number[]): PdfTable {
  const steps = lines.slice(1).map((l, k) => lines[k].y - l.y);
  const narrowest = least(steps);
  const uniform = greatest(steps) <= narrowest * ROW_STEP;
  const rows: string[][][] = [];
  const fonts: Array<string | undefined> = [];
  lines.forEach(({ pieces }, k) => {
    const opens = k === 0 || (uniform ? pieces.some((p) => columnOf(p.x, edges) === 0) : steps[k - 1] > narrowest * ROW_STEP);
    if (opens) {
      rows.push(edges.map(() => []));
      fonts.push(pieces[0].font);
    }
    const row = rows[rows.length - 1];
    for (const p of pieces) row[columnOf(p.x, edges)].push(p.text);
  });
  const header = fonts.length >= 2 && fonts[0] !== undefined && fonts[0] !== fonts[1];
  return { start, end, rows, header };
}
