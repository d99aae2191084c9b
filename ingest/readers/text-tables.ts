/**
 * Tables in plain `.txt`, laid out with characters rather than tabs:
 *
 * - columns aligned with spaces, a rule of dashes or equals signs under the header, one run per
 *   column ("Plan    RTO" / "------  -----"); a rule above the header and one under the last row
 *   (reStructuredText's simple tables) are borders;
 * - rows of cells between pipes without markdown's separator line ("| Plan | RTO |", also with
 *   the first pipe left out: "Plan | RTO |"), and the
 *   grids of database consoles ("+------+-----+" borders, a "-----+-----" rule under the header).
 *
 * Each row becomes cells with the column where each starts in its line. A space-aligned row whose
 * first column is empty goes on the row above (a wrapped cell). Prose with a dashed line under a
 * title ("Overview" / "--------") is no table: a rule of a single run has no columns.
 */

export interface TextCell {
  text: string;
  /** 0-based column of the cell's first character in its line. */
  column: number;
}

export interface TextRow {
  /** 0-based index of the row's line. */
  line: number;
  cells: TextCell[];
  header: boolean;
}

export interface TextTable {
  /** Lines [start, end) the table covers, borders and rules included. */
  start: number;
  end: number;
  rows: TextRow[];
}

/** A rule line: runs of dashes, equals signs or box-drawing lines, apart by spaces. */
const SPACE_RULE = /^[ \t]*[-=─━]{2,}(?:[ \t]+[-=─━]{2,})+[ \t]*$/;
/** A console grid's border ("+-----+----+") or its header rule ("-----+-----", "|---+---|"). */
const GRID_RULE = /^[ \t]*[|+]?[-=]{2,}(?:[+|][-=]{2,})+[+|]?[ \t]*$/;
/**
 * "| a | b |", or "a | b | c |" as some page exports write it: cells closed by a pipe, the first
 * open; a cell may be empty ("USA | |").
 */
const PIPE_ROW = /^[ \t]*\|.*\|[ \t]*$|^[ \t]*[^|\s][^|]*(?:\s\|(?:\s[^|]*[^|\s])?){1,}\s\|[ \t]*$/;
/** One cell closed by a pipe ("Amazon AWS |"): a piece of a row an export broke over lines. */
const PIPE_PIECE = /^[ \t]*[^|\s][^|]*\|[ \t]*$/;
const BLANK = /^[ \t]*$/;

/** The tables of `lines`, in order and apart; every other line is left to the prose reader. */
export function findTextTables(lines: readonly string[]): TextTable[] {
  const tables: TextTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const table = SPACE_RULE.test(lines[i]) ? spaceTable(lines, i, tables.at(-1)?.end ?? 0) : PIPE_ROW.test(lines[i]) || GRID_RULE.test(lines[i]) ? pipeTable(lines, i) : undefined;
    if (table) {
      tables.push(table);
      i = table.end;
    } else i++;
  }
  return tables;
}

/** [start, end) columns of a rule line's runs. */
function ruleColumns(rule: string): Array<[number, number]> {
  return [...rule.matchAll(/[-=─━]+/g)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * A space-aligned table whose header rule is `lines[at]`: the header is the one or two lines
 * right above it (after `floor`, the end of the table before), the body the lines under it up to
 * a blank line or a closing rule.
 */
function spaceTable(lines: readonly string[], at: number, floor: number): TextTable | undefined {
  const columns = ruleColumns(lines[at]);
  let top = at;
  while (top > floor && at - top < 2 && !BLANK.test(lines[top - 1]) && !SPACE_RULE.test(lines[top - 1]) && headerLine(lines[top - 1], columns)) top--;
  if (top === at) return undefined;
  const start = top > floor && SPACE_RULE.test(lines[top - 1]) ? top - 1 : top;
  let end = at + 1;
  const body: TextRow[] = [];
  while (end < lines.length && !BLANK.test(lines[end])) {
    if (SPACE_RULE.test(lines[end])) {
      end++;
      // A rule under the last row closes the table; one between rows only separates them.
      if (end >= lines.length || BLANK.test(lines[end]) || !fits(lines[end], columns)) break;
      continue;
    }
    if (!fits(lines[end], columns)) break;
    const cells = sliceColumns(lines[end], columns);
    const previous = body.at(-1);
    if (previous && (cells[0].text === '' || wrapsLabel(previous, cells))) joinRows(previous, cells);
    else body.push({ line: end, cells, header: false });
    end++;
  }
  const header = { line: top, cells: sliceColumns(lines[top], columns), header: true };
  for (let l = top + 1; l < at; l++) joinRows(header, sliceColumns(lines[l], columns));
  if (body.length === 0 || header.cells.filter((c) => c.text !== '').length < 2) return undefined;
  return { start, end, rows: [header, ...body] };
}

/** A header line: two labels or more, or the wrapped part of labels above it (its first column empty). */
function headerLine(line: string, columns: Array<[number, number]>): boolean {
  const cells = sliceColumns(line, columns);
  return fits(line, columns) && (cells[0].text === '' || cells.filter((c) => c.text !== '').length >= 2);
}

/**
 * A line laid out in the rule's columns: every cell after the first starts after two spaces, or
 * right at its column after one ("15 minutes 90 days" under "---------  -------"). Prose crosses
 * the columns with single spaces and does not fit.
 */
function fits(line: string, columns: Array<[number, number]>): boolean {
  const cells = sliceColumns(line, columns);
  const aligned = cells.every((c, k) => k === 0 || c.text === '' || line.slice(c.column - 2, c.column) === '  ' || (c.column === columns[k][0] && line[c.column - 1] === ' '));
  return aligned && cells.some((c) => c.text !== '');
}

/**
 * The cells of a line cut at the columns' starts; a cut inside a word moves to the word's start
 * (a right-aligned value that reaches left of its column), but never before the column before.
 */
function sliceColumns(line: string, columns: Array<[number, number]>): TextCell[] {
  const cuts = columns.map(([s]) => s);
  cuts[0] = 0;
  for (let k = 1; k < cuts.length; k++) {
    let cut = Math.min(cuts[k], line.length);
    while (cut > cuts[k - 1] + 1 && cut < line.length && line[cut] !== ' ' && line[cut - 1] !== ' ') cut--;
    cuts[k] = cut;
  }
  return cuts.map((from, k) => {
    const raw = line.slice(from, k + 1 < cuts.length ? cuts[k + 1] : line.length);
    const lead = raw.length - raw.trimStart().length;
    return { text: raw.trim(), column: from + lead };
  });
}

/**
 * A line with text in the first column only, going on with the label above: it starts in lower
 * case, or the label ends in a comma, a dash or "and"/"or" ("Work orders, assets," / "forms").
 */
function wrapsLabel(previous: TextRow, cells: TextCell[]): boolean {
  if (cells.slice(1).some((c) => c.text !== '')) return false;
  return /^\p{Ll}/u.test(cells[0].text) || /(?:[,\-–&/]|\b(?:and|or|i|oraz|lub))$/u.test(previous.cells[0].text);
}

function joinRows(row: TextRow, more: TextCell[]): void {
  more.forEach((cell, k) => {
    const into = row.cells[k];
    if (cell.text === '' || !into) return;
    if (into.text === '') row.cells[k] = cell;
    else into.text = `${into.text} ${cell.text}`;
  });
}

/**
 * Rows between pipes from `lines[at]` on (two rows at least, the same number of cells each),
 * with the grid's borders and header rule. The header is the row above a header rule; without
 * one, a first row with no digit over rows that have some.
 */
function pipeTable(lines: readonly string[], at: number): TextTable | undefined {
  const rows: TextRow[] = [];
  let width = -1;
  let ruled = false;
  let end = at;
  // A page export that broke its rows over lines ("Acme Mail |" / "e-mail delivery | EU |") leaves
  // lines of one cell: then the pieces of a row are joined up to the header's number of cells.
  const broken = brokenRows(lines, at);
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (GRID_RULE.test(line)) {
      if (rows.length === 1 && !ruled) ruled = true;
      continue;
    }
    const open = rows.at(-1);
    const piece = broken && rows.length > 0 && !/^[ \t]*\|/.test(line);
    if (!PIPE_ROW.test(line) && !(piece && PIPE_PIECE.test(line))) break;
    const cells = pipeCells(line);
    if (piece && rows.length > 1 && open!.cells.length + cells.length <= width) {
      open!.cells.push(...cells);
      continue;
    }
    if (width === -1) width = cells.length;
    // A row may leave its last cells out ("Plan | 99.5 % |" under four columns); never more.
    if (cells.length > width || cells.length < (broken ? 1 : 2)) break;
    rows.push({ line: end, cells, header: false });
  }
  if (rows.length < 2 || width < 2) return undefined;
  const digit = (r: TextRow) => r.cells.some((c) => /\d/.test(c.text));
  if (ruled || (!digit(rows[0]) && rows.slice(1).some(digit))) rows[0].header = true;
  return { start: at, end, rows };
}

/** The pipe rows from `lines[at]` on hold lines of a single cell closed by a pipe, after a first row of two or more. */
function brokenRows(lines: readonly string[], at: number): boolean {
  if (!PIPE_ROW.test(lines[at])) return false;
  for (let i = at + 1; i < lines.length; i++) {
    if (PIPE_ROW.test(lines[i]) || GRID_RULE.test(lines[i])) continue;
    return PIPE_PIECE.test(lines[i]) && i > at;
  }
  return false;
}

/** The cells between a row's pipes, each with its column. */
function pipeCells(line: string): TextCell[] {
  const first = /^[ \t]*\|/.test(line) ? line.indexOf('|') : -1;
  const last = line.lastIndexOf('|');
  const cells: TextCell[] = [];
  let from = first + 1;
  for (let p = line.indexOf('|', from); p !== -1 && p <= last; p = line.indexOf('|', from)) {
    const raw = line.slice(from, p);
    cells.push({ text: raw.trim(), column: from + raw.length - raw.trimStart().length });
    from = p + 1;
  }
  return cells;
}
