/**
 * Running headers, footers and page numbers left in a text export of a paged document
 * (pdftotext, "Save as text"): "Confidential - Page 1 of 2", "Strona 3 z 10", "- 4 -", and short
 * lines that recur from page to page. Such blocks are no prose of the document; between two
 * prose blocks they mark a page turn.
 */
import type { Block, SeckbDocument } from '../../model/types.ts';
import { alternation, tocPageWords } from './structure-data.ts';
import { blockText } from './text-utils.ts';

/** "Confidential - Page 1 of 2", "Strona 3 z 10" at the end of a line. */
const PAGE_OF = new RegExp(`(?:^|\\s)(?:${alternation(tocPageWords)})\\s*\\d{1,4}\\s*(?:of|z|/)\\s*\\d{1,4}\\s*$`, 'iu');
/** A line that is only a page number: "4", "- 4 -", "Page 4", "str. 4", "4 / 10". */
const PAGE_ONLY = new RegExp(`^(?:(?:${alternation(tocPageWords)})\\s*)?(?:[-–—]\\s*)?\\d{1,4}(?:\\s*[-–—])?(?:\\s*(?:of|z|/)\\s*\\d{1,4})?$`, 'iu');
const MAX_LINE = 120;

/** A line as it recurs from page to page: digits and spacing do not count. */
const key = (line: string): string => line.toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();

/**
 * The blocks of `doc` made only of running lines: every line recurs (or is a page number) and one
 * of them is surely page furniture: a page number, a line on three pages or more, or a line
 * recurring with a column gap ("Acme Cloud        Security Overview", as pdftotext lays it out).
 */
export function pageFurniture(doc: SeckbDocument): Set<Block> {
  const counts = new Map<string, number>();
  for (const line of doc.text.split('\n')) {
    const t = line.trim();
    if (!t || t.length > MAX_LINE) continue;
    const k = key(t);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const pageNumber = (t: string): boolean => t.length <= MAX_LINE && (PAGE_OF.test(t) || PAGE_ONLY.test(t));
  const recurs = (t: string): number => (t.length <= MAX_LINE ? (counts.get(key(t)) ?? 0) : 0);
  const out = new Set<Block>();
  for (const b of doc.blocks) {
    if (b.type !== 'paragraph' && b.type !== 'heading') continue;
    const lines = blockText(doc, b).split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0 || !lines.every((t) => pageNumber(t) || recurs(t) >= 2)) continue;
    if (lines.some((t) => pageNumber(t) || recurs(t) >= 3 || /\S {3,}\S/u.test(t))) out.add(b);
  }
  return out;
}
