/**
 * Structure the readers could not see: captions, tables of contents, and headings in formats
 * without heading styles (plain-text exports, PDFs). Works on raw blocks before they are placed.
 */
import cues from '../../rules/model/structure.json' with { type: 'json' };
import type { RawBlock } from './types.ts';
import { unstackTables } from './stacked-table.ts';

const TOC_HEADING = new RegExp(cues.tocHeading, 'iu');
const CAPTION = new RegExp(cues.caption, 'iu');
const TOC_PAGE_SUFFIX = new RegExp(cues.tocPageSuffix, 'u');
const NUMBERED = /^(\d+(?:\.\d+)*)(?:\.\s*|\s+)(\p{L}.*)$/u;
/** "## 2. Hosting" in a plain-text export: a markdown marker pasted in; the line is still a heading. */
const LEAKED_MARKER = /^#{1,6}[ \t]+(?=[\p{Lu}\p{N}])/u;

/** A line without a leaked markdown heading marker. */
function withoutMarker(text: string): string {
  return text.replace(LEAKED_MARKER, '');
}

/** "4.2" from "4.2 Backups" or "4.2. Backups"; undefined when unnumbered (a section number prefixes its heading). */
export function headingNumber(heading: string): string | undefined {
  return NUMBERED.exec(heading.trim())?.[1];
}

const BARE_VALUE = /^[<>≤≥~]?\s*\d[\d.,]*\s*(?:%|\p{Ll}[\p{Ll}.]{0,11})?$/u;

/** A one-line block that reads like a heading: short, no final period, starts with a capital or a number. */
function headingLike(block: RawBlock): boolean {
  if (block.type !== 'paragraph') return false;
  const text = withoutMarker(block.text.trim());
  if (text.includes('\n') || text.length > 90 || text.length < 3) return false;
  if (/[.,;!?]$/.test(text)) return false;
  // "Users have several roles:" introduces a list; "5.1 Data Ownership:" is still a heading.
  if (text.endsWith(':') && !NUMBERED.test(text)) return false;
  if (text.split(/\s+/).length > 12) return false;
  // "90 days", "99.9%", "< 4 hours": a value standing alone (a table flattened one cell a line), no title.
  if (BARE_VALUE.test(text)) return false;
  return /^(\d+(\.\d+)*\.?\s+)?[\p{Lu}\p{N}]/u.test(text);
}

function normalizeHeading(text: string): string {
  return withoutMarker(text.trim()).replace(TOC_PAGE_SUFFIX, '').replace(/^\d+(\.\d+)*\.?\s*/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Marks captions, TOC entries and (when the reader found almost no headings) inferred headings. */
export function inferStructure(input: RawBlock[]): RawBlock[] {
  const blocks = unstackTables(input.map((b) => ({ ...b })));
  for (const b of blocks) {
    if ((b.type === 'paragraph' || b.type === 'table-row') && CAPTION.test(b.text.trim()) && b.text.length < 200) {
      b.type = 'caption';
      delete b.cells;
    }
  }
  markTableOfContents(blocks);
  const styledHeadings = blocks.filter((b) => b.type === 'heading').length;
  if (styledHeadings < 2) promoteHeadings(blocks);
  return blocks;
}

function markTableOfContents(blocks: RawBlock[]): void {
  // 1. After a "Contents" heading/line: following lines ending in a page number, or heading-like lines.
  for (let i = 0; i < blocks.length; i++) {
    if (!TOC_HEADING.test(blocks[i].text.trim())) continue;
    if (blocks[i].type === 'paragraph') {
      blocks[i].type = 'heading';
      blocks[i].depth = 2;
    }
    let j = i + 1;
    while (j < blocks.length && isTocLine(blocks[j])) j++;
    if (j - i - 1 >= 3) for (let k = i + 1; k < j; k++) toToc(blocks[k]);
    return;
  }
  // 2. No TOC heading: a leading run of heading-like lines whose texts recur later as headings.
  const start = blocks.findIndex((b) => headingLike(b));
  if (start === -1 || start > 3) return;
  let end = start;
  const seen = new Set<string>();
  // The contents end where an entry repeats: that is the first heading of the body.
  const key = (b: RawBlock) => b.text.replace(/\s+/g, ' ').trim().toLowerCase();
  while (end < blocks.length && headingLike(blocks[end]) && !seen.has(key(blocks[end]))) {
    seen.add(key(blocks[end]));
    end++;
  }
  if (end - start < 4) return;
  const later = new Set(blocks.slice(end).filter((b) => headingLike(b) || b.type === 'heading').map((b) => normalizeHeading(b.text)));
  const recurring = blocks.slice(start, end).filter((b) => later.has(normalizeHeading(b.text))).length;
  if (recurring / (end - start) >= 0.6) for (let k = start; k < end; k++) toToc(blocks[k]);
}

function isTocLine(block: RawBlock): boolean {
  const text = block.text.trim();
  if (block.type === 'table-row' || block.type === 'paragraph' || block.type === 'list-item') {
    return text.length < 120 && !text.includes('\n') && TOC_PAGE_SUFFIX.test(text);
  }
  return false;
}

function toToc(block: RawBlock): void {
  block.type = 'toc-entry';
  delete block.cells;
  delete block.group;
}

/** Plain text and PDF: short capitalised lines followed by body text become headings. */
function promoteHeadings(blocks: RawBlock[]): void {
  let seenHeading = false;
  // Blocks are found by index: copying the blocks before or after each heading-like line made a
  // long plain text quadratic.
  const firstNotImage = blocks.findIndex((p) => p.type !== 'image');
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!headingLike(b)) continue;
    let n = i + 1;
    while (n < blocks.length && blocks[n].type === 'image') n++;
    const next = blocks[n];
    const numbered = NUMBERED.exec(withoutMarker(b.text.trim()));
    // An unnumbered line needs body text after it; a numbered one may head a subsection directly.
    // The first line of a text export is its title, whatever follows it.
    const isTitle = !seenHeading && i === firstNotImage;
    // "Backups" over "90 days": a label and its value, a table flattened one cell a line, not a section.
    if (next?.type === 'paragraph' && BARE_VALUE.test(next.text.trim())) continue;
    const followedByBody = isTitle || !next || next.type !== 'paragraph' || !headingLike(next) || Boolean(numbered);
    if (!followedByBody) continue;
    b.type = 'heading';
    b.depth = numbered ? Math.min(6, numbered[1].split('.').length + 1) : seenHeading ? 2 : 1;
    if (numbered && !seenHeading) b.depth = Math.max(2, b.depth);
    seenHeading = true;
  }
}
