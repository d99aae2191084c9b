/**
 * Tables a page export flattened one cell a line: a run of column names ("Entity" / "Purpose" /
 * "Country", or glued on one line: "Nazwa podmiotuAktywnośćKraj"), then the cells row after row,
 * each on its own line ("Meta UK Limited" / "Obsługa klienta," / "wsparcie techniczne" / "Wielka
 * Brytania": a cell ending in a comma goes on on the next line). The lines become table rows, so
 * the row readers see one party a row instead of stray one-line paragraphs.
 *
 * The column names are data (rules/model/stacked-table.json): the first names the party, every
 * other one a column of such lists. The rows run while lines follow one another (no blank line)
 * and each row is whole; the lines of an unfinished last row stay paragraphs. Under a glued header
 * the rows may be glued too, one a line ("Cloudflare R2File storageUnited States...").
 */
import cues from '../../rules/model/stacked-table.json' with { type: 'json' };
import { tableRowBlock } from './table-row.ts';
import type { Anchor, RawBlock } from './types.ts';

const NAME = new RegExp(cues.nameLabel, 'iu');
const LABEL = new RegExp(cues.label, 'iu');
/** A cell is a line, never a paragraph of prose. */
const MAX_CELL = 300;
/** A row glued on one line holds every cell of it. */
const MAX_ROW = 1000;

interface Cell {
  text: string;
  anchor?: Anchor;
}

const lineOf = (b: RawBlock) => b.anchors?.[0]?.[1];
const oneLine = (b: RawBlock | undefined) => b?.type === 'paragraph' && !b.text.includes('\n') && b.text.trim().length > 0 && b.text.length <= MAX_CELL;

/** A name, not a sentence: a few words, no full stop before a word but in a legal form ("Acme Ltd.", "Acme Sp. z o.o."). */
const partyName = (text: string) => text.length <= 80 && text.split(/\s+/).length <= 6 && !/[.!?]\s+\p{Ll}{3}|[:;]\s/u.test(text);

/** `b`'s line cut where `glue` matches, each piece anchored where it starts. */
function gluedPieces(b: RawBlock, glue: RegExp): Cell[] {
  const [, line, column] = b.anchors?.[0] ?? [0, 0, 0];
  let at = 0;
  return b.text.trim().split(glue).map((p) => {
    const cell = { text: p, ...(line ? { anchor: [0, line, column + at] as Anchor } : {}) };
    at += p.length;
    return cell;
  });
}

/** "Nazwa podmiotuAktywnośćKraj": column names glued where a lower-case letter meets a capital. */
function gluedHeader(b: RawBlock): Cell[] | undefined {
  const parts = gluedPieces(b, /(?<=\p{Ll})(?=\p{Lu})/u);
  return parts.length >= 3 && NAME.test(parts[0].text) && parts.slice(1).every((p) => LABEL.test(p.text)) ? parts : undefined;
}

/**
 * Under a glued header, the rows glued alike, one a line ("Cloudflare R2File storageUnited States..."):
 * a cell ends where a lower-case letter, a digit or a closing bracket meets a capitalised word. A line
 * that does not cut into exactly the header's cells ("PostgreSQLUnited", a name such as "HubSpot")
 * stays a paragraph: which cut is a cell's end is then not known.
 */
function gluedRows(blocks: readonly RawBlock[], from: number, width: number): { rows: Array<Cell[] | RawBlock>; end: number } {
  const rows: Array<Cell[] | RawBlock> = [];
  let j = from;
  const para = (b: RawBlock | undefined) => b?.type === 'paragraph' && b.text.trim().length > 0 && b.text.length <= MAX_ROW * 20;
  while (para(blocks[j]) && next(blocks, j - 1, j)) {
    // A reader may join the lines into one paragraph: each line is a row all the same.
    for (const line of linesOf(blocks[j])) {
      const cells = gluedPieces(line, /(?<=[\p{Ll}\p{N})])(?=\p{Lu}\p{Ll})/u);
      rows.push(line.text.length <= MAX_ROW && cells.length === width && partyName(cells[0].text) ? cells : line);
    }
    j++;
  }
  return { rows, end: j };
}

/** A paragraph's lines as one-line paragraphs, each with the anchors that fall in it. */
function linesOf(b: RawBlock): RawBlock[] {
  if (!b.text.includes('\n')) return [b];
  let start = 0;
  return b.text.split('\n').map((text) => {
    const from = start;
    start += text.length + 1;
    const anchors = (b.anchors ?? []).filter(([o]) => o >= from && o < from + Math.max(1, text.length)).map(([o, l, c]): Anchor => [o - from, l, c]);
    const { anchors: _all, ...rest } = b;
    return { ...rest, text, ...(anchors.length ? { anchors } : {}) };
  });
}

/** The header starting at `blocks[i]`: its cells and how many blocks it takes. */
function headerAt(blocks: readonly RawBlock[], i: number): { cells: Cell[]; size: number; glued?: boolean } | undefined {
  if (!oneLine(blocks[i])) return undefined;
  const glued = gluedHeader(blocks[i]);
  if (glued) return { cells: glued, size: 1, glued: true };
  if (!NAME.test(blocks[i].text.trim())) return undefined;
  let j = i + 1;
  while (oneLine(blocks[j]) && next(blocks, j - 1, j) && LABEL.test(blocks[j].text.trim()) && !NAME.test(blocks[j].text.trim())) j++;
  if (j - i < 3) return undefined;
  return { cells: blocks.slice(i, j).map((b) => ({ text: b.text.trim(), ...(b.anchors?.[0] ? { anchor: b.anchors[0] } : {}) })), size: j - i };
}

/** Block `b` is on the line right after block `a` (no blank line between), where lines are known. */
function next(blocks: readonly RawBlock[], a: number, b: number): boolean {
  const [la, lb] = [lineOf(blocks[a]), lineOf(blocks[b])];
  return la === undefined || lb === undefined || lb === la + 1;
}

/** The row block of `cells`, each cell anchored where its line was. */
const rowBlock = (cells: Cell[], group: number, header: boolean): RawBlock =>
  tableRowBlock(cells.map((c) => ({ text: c.text, ...(c.anchor ? { at: [c.anchor[1], c.anchor[2]] as const } : {}) })), group, header);

/** `blocks` with every stacked table turned into table rows (one pass; other blocks as they were). */
export function unstackTables(blocks: RawBlock[]): RawBlock[] {
  if (!blocks.some((b) => b.type === 'paragraph' && NAME.test(b.text.trim().split(/(?<=\p{Ll})(?=\p{Lu})/u)[0]))) return blocks;
  let group = blocks.reduce((g, b) => Math.max(g, b.group ?? 0), 0);
  const out: RawBlock[] = [];
  let i = 0;
  while (i < blocks.length) {
    const header = headerAt(blocks, i);
    if (!header) {
      out.push(blocks[i++]);
      continue;
    }
    const width = header.cells.length;
    // Rows glued like their header (a line of known column names glued is sign enough of a table).
    const glued = header.glued ? gluedRows(blocks, i + 1, width) : undefined;
    if (glued?.rows.some((r) => Array.isArray(r))) {
      group++;
      out.push(rowBlock(header.cells, group, true), ...glued.rows.map((r) => (Array.isArray(r) ? rowBlock(r, group, false) : r)));
      i = glued.end;
      continue;
    }
    const rows: Cell[][] = [];
    let row: Cell[] = [];
    let j = i + header.size;
    let taken = j;
    while (oneLine(blocks[j]) && next(blocks, j - 1, j) && !headerAt(blocks, j)) {
      const text = blocks[j].text.trim();
      const last = row.at(-1);
      // "Obsługa klienta," / "wsparcie techniczne": one cell over two lines.
      if (last && /,$/.test(last.text)) last.text = `${last.text} ${text}`;
      else row.push({ text, ...(blocks[j].anchors?.[0] ? { anchor: blocks[j].anchors![0] } : {}) });
      j++;
      if (row.length === width && !/,$/.test(text)) {
        rows.push(row);
        row = [];
        taken = j;
      }
    }
    // A row's first cell names a party: a cell of prose there means the cells are out of step
    // (an empty cell left no line, or a column name was not known), and nothing is read as a table.
    if (rows.length === 0 || rows.some((r) => !partyName(r[0].text))) {
      out.push(blocks[i++]);
      continue;
    }
    group++;
    out.push(rowBlock(header.cells, group, true), ...rows.map((r) => rowBlock(r, group, false)));
    i = taken;
  }
  return out;
}
