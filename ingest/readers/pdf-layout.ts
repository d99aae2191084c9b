/**
 * PDF layout -> blocks, pure (no pdf library): lines with positions and font sizes in, blocks out.
 *
 * - Running headers/footers (a line in the top or bottom band repeated on most pages, digits
 *   ignored) and page numbers ("Page 3 of 9", "- 3 -", "strona 3") are dropped.
 * - Paragraphs are rebuilt from lines: a break comes with a larger vertical gap, a font-size
 *   change, an indent, a bullet, or a short line ending a sentence. Blocks never cross a page:
 *   a sentence cut by a page break stays cut so later checks can see it.
 * - Headings: larger font than the body, or a numbered "4.2 Title" line, or a short lone line
 *   without end punctuation that introduces a longer paragraph.
 * - A line-end hyphen is removed only when the joined word is a word: it occurs elsewhere in the
 *   document unhyphenated, or its parts are not both words; "end-to-end" and a capitalised
 *   continuation ("Software-as-a-" / "Service") keep theirs.
 */
import type { BlockType, RawBlock } from '../../src/model/types.ts';
import { append, greatest, least } from '../../src/lists.ts';
import { joinLines, vocabulary, type Vocabulary } from './hyphen-join.ts';
import { pageColumns, type Column } from './pdf-columns.ts';
import { joinFlow, type FlowGroup } from './pdf-flow.ts';
import { findTables, type PdfTable, type TablePiece } from './pdf-table.ts';
import { dropRunningLines } from './pdf-furniture.ts';

export { dropRunningLines } from './pdf-furniture.ts';

export { joinLines } from './hyphen-join.ts';

export interface PdfLine {
  page: number;
  text: string;
  /** Left edge, baseline (PDF units, y grows upwards) and right edge. */
  x: number;
  y: number;
  right: number;
  /** Font size (item height). */
  size: number;
  /** Several items far apart on one line (table cells, columns). */
  gapped?: boolean;
  /** The font most of the line is set in (pdf.js's id for it: a change of font, not its name). */
  font?: string;
  /** Runs of text set a cell's padding apart (two or more), for tables. */
  parts?: TablePiece[];
}

export interface PdfPage {
  number: number;
  height: number;
  lines: PdfLine[];
}

const BULLET = /^([•●▪■◦‣∙·○□➢►✓✔]|[-–*](?=\s))\s*/u;
const ORDERED = /^(\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,2}\))\s+/;
const NUMBERED_HEADING = /^(\d+(?:\.\d+)+|\d+)\.?\s+\p{Lu}/u;
const END_PUNCT = /[.!?:;,…)"”]$/;
/** A fact-sheet line "Label: value": up to five words, the first capitalised, a colon, a value. */
const LABEL_LINE = /^\p{Lu}[\p{L}\p{N}&/'’()-]*(?:\s[\p{L}\p{N}&/'’()-]+){0,4}:\s+\S/u;
const TOC_LINE = /(?:\.{4,}|…{2,}|(?:\.\s){4,})\s*\d+$/;

/** Blocks of a document's pages. */
export function layoutBlocks(pages: PdfPage[]): RawBlock[] {
  return layoutPages(pages).blocks;
}

/**
 * Blocks, and how far down each page its text runs: the share of the page's height above its
 * last line once running headers and footers are gone (a page that stops well short ended early).
 */
export function layoutPages(pages: PdfPage[]): { blocks: RawBlock[]; fill: number[] } {
  const every = pages.flatMap((p) => p.lines);
  const kept = dropRunningLines(pages, every.length ? modeBy(every, (l) => round(l.size), (l) => l.text.length) : undefined);
  const fill = kept.map((p) => (p.lines.length && p.height > 0 ? Math.round(((p.height - least(p.lines.map((l) => l.y))) / p.height) * 100) / 100 : 0));
  return { blocks: blocksOf(kept, fill), fill };
}

function blocksOf(kept: PdfPage[], fill: number[]): RawBlock[] {
  const all = kept.flatMap((p) => p.lines);
  if (all.length === 0) return [];
  const bodySize = modeBy(all, (l) => round(l.size), (l) => l.text.length);
  const vocab = vocabulary(all);
  const bodyFont = fontOfMost(all);
  const groups: Array<FlowGroup<PdfLine> & { table?: PdfTable }> = [];
  for (const page of kept) {
    if (page.lines.length === 0) continue;
    const gap = lineGap(page.lines, bodySize);
    const column = pageColumns(page.lines, (l) => near(l.size, bodySize));
    const bottom = least(page.lines.map((l) => l.y));
    const body = page.lines.filter((l) => near(l.size, bodySize));
    const left = least((body.length ? body : page.lines).map((l) => l.x));
    const add = (lines: PdfLine[], table?: PdfTable): void => {
      groups.push({ lines, page: page.number, column, bottom, left, ...(table ? { table } : {}) });
    };
    // Tables first; the lines between them are paragraphs.
    let from = 0;
    for (const table of [...findTables(page.lines, (l) => TOC_LINE.test(l.text)), undefined]) {
      const upTo = table ? table.start : page.lines.length;
      for (const lines of splitParagraphs(page.lines.slice(from, upTo), gap * 1.45 + 1, bodySize, column)) add(lines);
      if (table) add(page.lines.slice(table.start, table.end), table);
      from = table ? table.end : upTo;
    }
  }
  const opens = (l: PdfLine): boolean => BULLET.test(l.text) || ORDERED.test(l.text) || TOC_LINE.test(l.text) || isHeadingLine(l);
  const flowed = joinFlow(groups, fill, opens);
  const blocks: RawBlock[] = [];
  const state = { group: 0, lastList: false };
  flowed.forEach((g, i) => {
    // What follows on the same page: a line cut at a page's foot introduces nothing.
    const next = flowed[i + 1]?.lines;
    const after = next && next[0].page === g.lines[g.lines.length - 1].page ? next : undefined;
    if (g.table) append(blocks, tableRows(g.table, g.page, vocab, state));
    else blocks.push(toBlock(g.lines, g.page, { bodySize, bodyFont }, after, vocab, state));
  });
  return blocks.filter((b) => b.text !== '');
}

/** `blank`: a larger step between two body lines is a blank line; a larger font's lines step further. */
function splitParagraphs(lines: PdfLine[], blank: number, bodySize: number, column: (line: PdfLine) => Column): PdfLine[][] {
  const out: PdfLine[][] = [];
  let current: PdfLine[] = [];
  for (const line of lines) {
    const prev = current[current.length - 1];
    // Edges of the column the line before sits in: a two-column page's left column ends mid-page.
    const col = prev ? column(prev) : undefined;
    const step = blank * Math.max(1, line.size / bodySize);
    if (prev && col && !startsNew(prev, line, current, step, Math.max(1, col.right - col.left), col.right)) current.push(line);
    else {
      if (current.length) out.push(current);
      current = [line];
    }
  }
  if (current.length) out.push(current);
  return out;
}

function startsNew(prev: PdfLine, line: PdfLine, current: PdfLine[], blank: number, width: number, right: number): boolean {
  const dy = prev.y - line.y;
  if (dy <= -1 || dy > blank) return true; // a jump up (new column) or a blank line
  if (!near(prev.size, line.size)) return true;
  if (prev.gapped || line.gapped) return true;
  if (BULLET.test(line.text) || opensOrdered(prev, line) || TOC_LINE.test(line.text) || TOC_LINE.test(prev.text)) return true;
  const first = current[0];
  const prevShort = prev.right < right - width * 0.12;
  // A numbered line is a heading unless it ran to the edge in the font of the line after it:
  // "1.1. The data processed under this agreement ..." opens a numbered paragraph.
  if (current.length === 1 && isHeadingLine(first) && (prevShort || prev.font !== line.font)) return true;
  // Fact sheets: a "Label: value" line after a block that opened with one is a line of its own,
  // however long the one before it ran.
  if (LABEL_LINE.test(line.text) && LABEL_LINE.test(first.text)) return true;
  if (/[.!?:]["”)]?$/.test(prev.text) && prevShort) return true;
  // A block set wholly in another font (bold, a heading's face) ends where the font changes back.
  if (prev.font !== line.font && current.every((l) => l.font === prev.font) && !/[-,]$/.test(prev.text)) return true;
  // A line ending before 60% of the column was the last of its block (title pages, addresses).
  if (prev.right < right - width * 0.4 && !/[\p{L}\p{M}]-$/u.test(prev.text)) return true;
  // First-line indent opens a paragraph; a hanging list item's continuation is indented too.
  const listItem = BULLET.test(first.text) || ORDERED.test(first.text);
  // A line left of a list item's bullet or number is no part of the item ("Network security:").
  if (listItem && line.x < first.x - 2) return true;
  if (!listItem && line.x > prev.x + line.size * 1.2 && /[.!?:]["”)]?$/.test(prev.text)) return true;
  // ... unless the line before ran to the right edge mid-sentence: a wrapped item ("... in" / "Warsaw.").
  const runsOn = !prevShort && !/[.!?:;]["”)]?$/u.test(prev.text);
  if (listItem && line.x < first.x + 1 && current.length >= 1 && !/^\p{Ll}/u.test(line.text) && !runsOn) return true;
  return false;
}

/**
 * A line opening with an item number. A lone letter opens an item ("b) ...") only after a line that
 * ended a clause or an item: mid-sentence it is a wrapped word ("... of 29 April 2004" / "r. w sprawie").
 */
function opensOrdered(prev: PdfLine, line: PdfLine): boolean {
  const m = ORDERED.exec(line.text);
  if (!m) return false;
  return !/^\p{L}[.)]/u.test(m[1]) || /[.!?:;,]["”)]?$/u.test(prev.text);
}

/** A table's rows as blocks: each cell's lines joined as a paragraph's are. */
function tableRows(table: PdfTable, page: number, vocab: Vocabulary, state: { group: number; lastList: boolean }): RawBlock[] {
  state.group++;
  state.lastList = false;
  return table.rows.map((row, r) => {
    const cells = row.map((texts) => joinLines(texts, vocab));
    return { type: 'table-row', text: cells.join(' | '), cells, page, group: state.group, ...(r === 0 && table.header ? { header: true } : {}) };
  });
}

function isHeadingLine(line: PdfLine): boolean {
  return NUMBERED_HEADING.test(line.text) && /\d\.\d/.test(line.text.split(/\s/)[0]) && line.text.length <= 100 && !END_PUNCT.test(line.text);
}

function toBlock(lines: PdfLine[], page: number, body: { bodySize: number; bodyFont?: string }, next: PdfLine[] | undefined, vocab: Vocabulary, state: { group: number; lastList: boolean }): RawBlock {
  const { bodySize } = body;
  const size = greatest(lines.map((l) => l.size));
  let text = joinLines(lines.map((l) => l.text), vocab);
  let type: BlockType = 'paragraph';
  const extra: Partial<RawBlock> = {};
  const bullet = BULLET.exec(text);
  const ordered = ORDERED.exec(text);
  const larger = size > bodySize * 1.15 && lines.length <= 3 && text.length <= 200;
  if (TOC_LINE.test(text)) type = 'toc-entry';
  else if (larger && !bullet) {
    type = 'heading';
  } else if (lines.length === 1 && isHeadingLine(lines[0])) {
    type = 'heading';
  } else if (!bullet && emphasised(lines, text, body.bodyFont, next)) {
    type = 'heading';
  } else if (bullet || (ordered && END_PUNCT.test(text)) || (ordered && !isLoneTitle(lines, next))) {
    type = 'list-item';
    text = text.slice((bullet ?? ordered)![0].length);
    if (!state.lastList) state.group++;
    extra.group = state.group;
    extra.ordered = !bullet;
  } else if (isLoneTitle(lines, next) || (ordered && lines.length === 1)) {
    type = 'heading';
  }
  if (type === 'heading') {
    const num = /^(\d+(?:\.\d+)*)\.?\s/.exec(text);
    extra.depth = num ? Math.min(6, num[1].split('.').length) : size > bodySize * 1.15 ? 1 : 2;
  }
  state.lastList = type === 'list-item';
  return { type, text, page, ...extra };
}

/**
 * Body-size lines (one or two) set wholly in a font other than the body's, without end
 * punctuation, before a block in the body's font: a bold heading ("§1 General provisions").
 */
function emphasised(lines: PdfLine[], text: string, bodyFont: string | undefined, next: PdfLine[] | undefined): boolean {
  if (!bodyFont || !next || lines.length > 2 || text.length > 120 || END_PUNCT.test(text)) return false;
  return lines.every((l) => l.font !== undefined && l.font !== bodyFont && !l.gapped) && next[0].font === bodyFont;
}

/** The font most of the text is set in. */
function fontOfMost(lines: PdfLine[]): string | undefined {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.font) counts.set(l.font, (counts.get(l.font) ?? 0) + l.text.length);
  let best: string | undefined;
  for (const [font, n] of counts) if (best === undefined || n > counts.get(best)!) best = font;
  return best;
}

/** A short line without end punctuation that introduces a longer paragraph: a heading. */
function isLoneTitle(lines: PdfLine[], next: PdfLine[] | undefined): boolean {
  if (lines.length !== 1 || !next) return false;
  const t = lines[0].text;
  if (lines[0].gapped || t.length > 70 || END_PUNCT.test(t) || t.split(/\s+/).length > 10) return false;
  if (!/^[\p{Lu}\d]/u.test(t)) return false;
  const nextText = next.map((l) => l.text).join(' ');
  return next.length >= 2 || nextText.length > t.length * 1.5;
}

function lineGap(lines: PdfLine[], bodySize: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const dy = lines[i - 1].y - lines[i].y;
    if (dy > 0 && near(lines[i].size, bodySize) && near(lines[i - 1].size, bodySize)) gaps.push(round(dy));
  }
  if (gaps.length === 0) return bodySize * 1.2;
  return Math.min(modeBy(gaps, (g) => g, () => 1), bodySize * 2);
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.6, b * 0.08);
}

function round(n: number): number {
  return Math.round(n * 2) / 2;
}

/** Most frequent key (ties: the smaller key, for determinism). */
function modeBy<T>(items: T[], key: (t: T) => number, weight: (t: T) => number): number {
  const counts = new Map<number, number>();
  for (const it of items) counts.set(key(it), (counts.get(key(it)) ?? 0) + weight(it));
  let best = 0;
  let bestCount = -1;
  for (const [k, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (c > bestCount) {
      best = k;
      bestCount = c;
    }
  }
  return best;
}
