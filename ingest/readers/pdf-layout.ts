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
import { greatest, least } from '../../src/lists.ts';
import { joinLines, vocabulary, type Vocabulary } from './hyphen-join.ts';

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
}

export interface PdfPage {
  number: number;
  height: number;
  lines: PdfLine[];
}

const PAGE_NUMBER = /^(?:(?:page|strona|str\.|s\.|p\.|seite|página)\s*)?[-–—]?\s*#+\s*[-–—]?(?:\s*(?:of|z|\/|von|de|-)\s*#+)?$/i;
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
  const kept = dropRunningLines(pages);
  const fill = kept.map((p) => (p.lines.length && p.height > 0 ? Math.round(((p.height - least(p.lines.map((l) => l.y))) / p.height) * 100) / 100 : 0));
  return { blocks: blocksOf(kept), fill };
}

function blocksOf(kept: PdfPage[]): RawBlock[] {
  const all = kept.flatMap((p) => p.lines);
  if (all.length === 0) return [];
  const bodySize = modeBy(all, (l) => round(l.size), (l) => l.text.length);
  const vocab = vocabulary(all);
  const blocks: RawBlock[] = [];
  const state = { group: 0, lastList: false };
  for (const page of kept) {
    const gap = lineGap(page.lines, bodySize);
    const left = page.lines.length ? least(page.lines.filter((l) => near(l.size, bodySize)).map((l) => l.x)) : 0;
    const right = Math.max(0, greatest(page.lines.filter((l) => near(l.size, bodySize)).map((l) => l.right)));
    const groups = splitParagraphs(page.lines, gap, left, right);
    groups.forEach((lines, i) => {
      const next = groups[i + 1];
      blocks.push(toBlock(lines, page.number, bodySize, next, vocab, state));
    });
  }
  return blocks.filter((b) => b.text !== '');
}

/** Removes running headers/footers and page numbers in the top/bottom 10% of each page. */
export function dropRunningLines(pages: PdfPage[]): PdfPage[] {
  const band = (p: PdfPage, l: PdfLine): boolean => l.y > p.height * 0.9 || l.y < p.height * 0.1;
  const key = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const seen = new Map<string, Set<number>>();
  for (const p of pages) {
    for (const l of p.lines) {
      if (!band(p, l)) continue;
      const k = key(l.text);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(p.number);
    }
  }
  const repeated = (k: string): boolean => pages.length >= 2 && (seen.get(k)?.size ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((p) => ({
    ...p,
    lines: p.lines.filter((l) => !(band(p, l) && (repeated(key(l.text)) || PAGE_NUMBER.test(key(l.text))))),
  }));
}

function splitParagraphs(lines: PdfLine[], gap: number, left: number, right: number): PdfLine[][] {
  const out: PdfLine[][] = [];
  let current: PdfLine[] = [];
  const width = Math.max(1, right - left);
  for (const line of lines) {
    const prev = current[current.length - 1];
    if (prev && !startsNew(prev, line, current, gap, width, right)) current.push(line);
    else {
      if (current.length) out.push(current);
      current = [line];
    }
  }
  if (current.length) out.push(current);
  return out;
}

function startsNew(prev: PdfLine, line: PdfLine, current: PdfLine[], gap: number, width: number, right: number): boolean {
  const dy = prev.y - line.y;
  if (dy <= -1 || dy > gap * 1.45 + 1) return true; // a jump up (new column) or a blank line
  if (!near(prev.size, line.size)) return true;
  if (prev.gapped || line.gapped) return true;
  if (BULLET.test(line.text) || ORDERED.test(line.text) || TOC_LINE.test(line.text) || TOC_LINE.test(prev.text)) return true;
  const first = current[0];
  if (current.length === 1 && isHeadingLine(first)) return true;
  // Fact sheets: a "Label: value" line after a block that opened with one is a line of its own,
  // however long the one before it ran.
  if (LABEL_LINE.test(line.text) && LABEL_LINE.test(first.text)) return true;
  const prevShort = prev.right < right - width * 0.12;
  if (/[.!?:]["”)]?$/.test(prev.text) && prevShort) return true;
  // A line ending before 60% of the column was the last of its block (title pages, addresses).
  if (prev.right < right - width * 0.4 && !/[\p{L}\p{M}]-$/u.test(prev.text)) return true;
  // First-line indent opens a paragraph; a hanging list item's continuation is indented too.
  const listItem = BULLET.test(first.text) || ORDERED.test(first.text);
  if (!listItem && line.x > prev.x + line.size * 1.2 && /[.!?:]["”)]?$/.test(prev.text)) return true;
  // ... unless the line before ran to the right edge mid-sentence: a wrapped item ("... in" / "Warsaw.").
  const runsOn = !prevShort && !/[.!?:;]["”)]?$/u.test(prev.text);
  if (listItem && line.x < first.x + 1 && current.length >= 1 && !/^\p{Ll}/u.test(line.text) && !runsOn) return true;
  return false;
}

function isHeadingLine(line: PdfLine): boolean {
  return NUMBERED_HEADING.test(line.text) && /\d\.\d/.test(line.text.split(/\s/)[0]) && line.text.length <= 100 && !END_PUNCT.test(line.text);
}

function toBlock(lines: PdfLine[], page: number, bodySize: number, next: PdfLine[] | undefined, vocab: Vocabulary, state: { group: number; lastList: boolean }): RawBlock {
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
