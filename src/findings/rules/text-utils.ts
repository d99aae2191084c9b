/** Small text helpers shared by the structure rules. Browser-safe. */
import type { Block, SeckbDocument } from '../../model/types.ts';
import { alternation, tocPageWords } from './structure-data.ts';

export function blockText(doc: SeckbDocument, block: Block): string {
  return doc.text.slice(block.start, block.end);
}

/** Blocks that hold prose (code is skipped by every structure rule: `a(b` in code is fine). */
export function proseBlocks(doc: SeckbDocument): Block[] {
  return doc.blocks.filter((b) => b.type !== 'code' && b.type !== 'image' && b.end > b.start);
}

/**
 * Page numbers, dot leaders and tabs that end a TOC line: "Purpose\t. 2", "Backups ....... 7".
 * Each separator may start only where its run of spaces or dots starts (the lookbehinds): the
 * leftmost match always starts there anyway, and without them a line of 100,000 spaces or dots
 * was rescanned from every position (quadratic). Same matches as `\s+|\s*\.{2,}\s*`.
 */
const PAGE_SUFFIX = /(?:(?<!\s)\s+(?:\.{2,}\s*)?|(?<![\s.])\.{2,}\s*)(?:\.\s*)?\d{1,3}\s*$/u;
/** Same matches as `\s*[.…·_]{2,}\s*$|\t+$`, from run starts only (as above). */
const LEADERS = /(?:(?<!\s)\s+|(?<![\s.…·_]))[.…·_]{2,}\s*$|(?<!\t)\t+$/u;
const LEADER_CHARS = new Set(['.', '…', '·', '_']);
/** A front-matter page number in lower-case roman numerals after dot leaders: "Foreword ...... iii". */
const ROMAN_PAGE = /(?<=[.…·_])\s*[ivxlc]{1,6}\s*$/u;
/**
 * A page reference with its word: "– s. 2", "str. 7", "| Page 4", "– s. 3-4" (a range). Matched only where the word
 * starts (not after a letter), so a long line without one is scanned once.
 */
const PAGE_REF = new RegExp(`(?:[–—|-]\\s*)?(?<!\\p{L})(?:${alternation(tocPageWords)})\\s*\\d{1,4}(?:\\s*[–—-]\\s*\\d{1,4})?\\s*$`, 'iu');
/** "4.2", "4.2.", "§ 4.", "IV.", "A." before a heading. */
const NUMBER = /^\s*((?:§\s*)?(?:\d+(?:\.\d+)*)\.?|[IVXLC]+\.|[A-Z]\.)(?=\s|\p{L})\s*/u;

/** "## 2. Hosting": a markdown heading marker leaked into a plain-text or Word document. */
const LEAKED_MARKER = /^\s*#{1,6}[ \t]+(?=[\p{Lu}\p{N}])/u;

export function stripLeakedMarker(line: string): string {
  return line.replace(LEAKED_MARKER, '');
}

export function stripPageSuffix(line: string): string {
  // Each pattern ends the line: PAGE_REF and PAGE_SUFFIX a digit, LEADERS a leader or tabs. A line
  // ending otherwise is not scanned for them (PAGE_REF tries every position of a long paragraph).
  const numbered = /[0-9]/.test(line.trimEnd().at(-1) ?? '');
  if (numbered) {
    const ref = PAGE_REF.exec(line);
    if (ref && ref.index > 0) return line.slice(0, ref.index).replace(/[\s–—|-]+$/u, '');
  }
  const roman = !numbered && /[ivxlc]/.test(line.trimEnd().at(-1) ?? '');
  const rest = numbered ? line.replace(PAGE_SUFFIX, '') : roman ? line.replace(ROMAN_PAGE, '') : line;
  // LEADERS needs two leader characters before the trailing white space (or tabs at the end):
  // prose ends with one full stop, and LEADERS tried every position of it.
  const trimmed = rest.trimEnd();
  const led = (LEADER_CHARS.has(trimmed.at(-1) ?? '') && LEADER_CHARS.has(trimmed.at(-2) ?? '')) || rest.endsWith('\t');
  return (led ? rest.replace(LEADERS, '') : rest).trimEnd();
}

/** "4.2" from "4.2. Backups" / "4.2 Backups" / "2.7.Encryption", "§5" from "§ 5. Kopie"; undefined when unnumbered. */
export function headingNumber(heading: string): string | undefined {
  const m = /^\s*(§\s*)?(\d+(?:\.\d+)*)\.?(?=\s|\p{L})/u.exec(stripLeakedMarker(heading));
  return m ? (m[1] ? '§' : '') + m[2] : undefined;
}

/**
 * A row of a fixed-width table in a plain-text export: three cells or more, set apart by runs of
 * two or more spaces ("Work orders, assets,    life of the account    deleted in 30 days").
 * A numbered heading ("1  DEFINITIONS") or clause ("5.1  Support is ...") has one such gap, and
 * two spaces after a full stop are a typist's habit, not a column.
 */
export function columnRow(line: string): boolean {
  return (line.trim().match(/[^\s.!?:;] {2,}(?=\S)/gu)?.length ?? 0) >= 2;
}

export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

/** Heading text for matching: no numbering, page numbers, punctuation, case or diacritics. */
export function normalizeHeading(text: string): string {
  const bare = stripPageSuffix(stripLeakedMarker(text.trim())).replace(NUMBER, '');
  return foldDiacritics(bare)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Share of the tokens two normalized headings have in common (Jaccard). */
export function tokenOverlap(a: string, b: string): number {
  const ta = new Set(a.split(' ').filter(Boolean));
  const tb = new Set(b.split(' ').filter(Boolean));
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** Lines of the text with their offsets (a line excludes its "\n"). */
export function linesOf(text: string, from = 0, to = text.length): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    out.push({ start, end, text: text.slice(start, end) });
    if (end >= to) break;
    start = end + 1;
  }
  return out;
}

/** Trim a range so it does not start or end with white space. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return [start, end];
}

/**
 * URLs and e-mail addresses. An address's local part is matched only from the start of its run
 * of name characters: from inside the run it ends at the same "@" or not at all, and trying every
 * position made a 100 KB word without "@" quadratic.
 */
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/giu;
/**
 * What every URL_LIKE match holds: '@', or 'http' / 'www.' in some case (no other character folds
 * to h, t, p or w). A paragraph without is returned at once: URL_LIKE tries every word of it.
 */
const MAY_HOLD_URL = /@|http|www\./i;

/**
 * The text with URLs and e-mail addresses blanked out (same length, so offsets hold). Closing
 * punctuation after a URL stays: "(see https://x.example/a)." keeps its ")." .
 */
export function maskUrls(text: string): string {
  if (!MAY_HOLD_URL.test(text)) return text;
  return text.replace(URL_LIKE, (m) => {
    let url = m;
    for (;;) {
      const trimmed = url.replace(/[.,;:!?'"”’»]+$/u, '');
      const opens = (trimmed.match(/\(/gu) ?? []).length;
      const closes = (trimmed.match(/\)/gu) ?? []).length;
      // "?t=[timestamp ]": a bracket the address opens but does not close is the text's, and so is its partner.
      const square = trimmed.lastIndexOf('[');
      const next =
        closes > opens && trimmed.endsWith(')') ? trimmed.slice(0, -1) : square >= 0 && !trimmed.includes(']', square) ? trimmed.slice(0, square) : trimmed;
      if (next === url) break;
      url = next;
    }
    return ' '.repeat(url.length) + m.slice(url.length);
  });
}

/**
 * A markdown link left as text, "[link text](target)", whose text may be hard-wrapped once
 * (a line break, or a blank line when the wrap fell between two blocks of a plain export).
 */
const MARKDOWN_LINK = /\[[^[\]\n]{1,120}(?:\n[ \t]*(?:\n[ \t]*)?[^[\]\n]{1,120})?\]\([^()\s]{0,300}\)/gu;

/** Ranges of markdown links in `text`: one unit for bracket counting and paragraph cuts. */
export function markdownLinkSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(MARKDOWN_LINK)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

/** Whether [start, end) overlaps one of `spans` (sorted, as markdownLinkSpans returns them). */
export function insideSpan(spans: ReadonlyArray<[number, number]>, start: number, end = start + 1): boolean {
  return spans.some(([s, e]) => s < end && start < e);
}
