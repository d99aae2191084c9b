/**
 * A PDF's page furniture, dropped before paragraphs are read. In the top or bottom 10% of a page:
 * - a line repeated on most pages (digits ignored): a running header or footer;
 * - a page number ("Page 3 of 9", "Strona 3 z 9", "- 3 -");
 * - the page's outermost line, set smaller than the body and standing well apart from the text,
 *   that is no footnote (no leading mark, no closing full stop): a running header or footer of a
 *   document too short for it to repeat (one page, or a cover and one page).
 */
import type { PdfLine, PdfPage } from './pdf-layout.ts';

const PAGE_NUMBER = /^(?:(?:page|strona|str\.|s\.|p\.|seite|página)\s*)?[-–—]?\s*#+\s*[-–—]?(?:\s*(?:of|z|\/|von|de|-)\s*#+)?$/i;
/** Furniture is set at most this share of the body's size. */
const SMALLER = 0.85;
/** ... and at least this many body sizes from the nearest line of the page. */
const APART = 2.5;
const FOOTNOTE = /^(?:[\d*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]|\(\d)|[.!?]["”)]?$/u;

/** Removes running headers/footers and page numbers in the top/bottom 10% of each page. */
export function dropRunningLines(pages: PdfPage[], bodySize?: number): PdfPage[] {
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
  return pages.map((p) => {
    const lone = bodySize === undefined ? new Set<PdfLine>() : loneFurniture(p, bodySize, band);
    return { ...p, lines: p.lines.filter((l) => !(band(p, l) && (repeated(key(l.text)) || PAGE_NUMBER.test(key(l.text)) || lone.has(l)))) };
  });
}

/** The page's top and bottom lines when each is small, in its band and well apart from the rest. */
function loneFurniture(p: PdfPage, bodySize: number, band: (p: PdfPage, l: PdfLine) => boolean): Set<PdfLine> {
  const out = new Set<PdfLine>();
  if (p.lines.length < 2) return out;
  let top = p.lines[0];
  let bottom = p.lines[0];
  for (const l of p.lines) {
    if (l.y > top.y) top = l;
    if (l.y < bottom.y) bottom = l;
  }
  for (const edge of [top, bottom]) {
    if (!band(p, edge) || edge.size > bodySize * SMALLER || FOOTNOTE.test(edge.text.trim())) continue;
    let nearest = Infinity;
    for (const l of p.lines) if (l !== edge && Math.abs(l.y - edge.y) > 1) nearest = Math.min(nearest, Math.abs(l.y - edge.y));
    if (nearest >= bodySize * APART) out.add(edge);
  }
  return out;
}
