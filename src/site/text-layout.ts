/**
 * A document's exact text, recovered in the browser from its page (/documents/<id>/), so
 * what the site needs of the text elsewhere (search excerpts, an alignment's passages) is stored
 * as offsets instead of a second copy. The page's text elements hold the text's ranges in order
 * (highlight.ts renderedRanges); what lies between them is "\n\n" but for the few gaps the layout
 * lists. A text the HTML parser would not give back as written (CR, NUL, a lone surrogate, a
 * line break opening a <pre>, ranges out of order) is stored whole instead. Pure, browser-safe.
 */
import type { SeckbDocument } from '../model/types.ts';
import { renderedRanges } from './highlight.ts';

/** Gaps other than "\n\n" as [index, text]: gap i comes before element i, gap n after the last. Or the text whole. */
export type TextLayout = { gaps: Array<[number, string]> } | { text: string };

export const TEXT_LAYOUT_ID = 'text-layout';

/** Class of the element holding a document's text on its page (document-html.ts textBoxHtml). */
export const TEXT_BOX = 'doctext';
const GAP = '\n\n';

/** Characters the HTML parser drops or rewrites, and lone surrogates (not encodable as UTF-8). */
const UNSAFE = /[\r\0]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textLayout(doc: Pick<SeckbDocument, 'text' | 'blocks'>, preStarts: Set<number> = preBlockStarts(doc)): TextLayout {
  const whole = { text: doc.text };
  if (UNSAFE.test(doc.text)) return whole;
  const gaps: Array<[number, string]> = [];
  let at = 0;
  const ranges = renderedRanges(doc);
  for (const [i, [s, e]] of ranges.entries()) {
    if (s < at || e < s || (preStarts.has(s) && doc.text[s] === '\n')) return whole;
    const gap = doc.text.slice(at, s);
    if (gap !== GAP) gaps.push([i, gap]);
    at = e;
  }
  const tail = doc.text.slice(at);
  if (tail !== GAP) gaps.push([ranges.length, tail]);
  return { gaps };
}

/** Where code blocks start (rendered as <pre>, whose first line break the parser drops). */
function preBlockStarts(doc: Pick<SeckbDocument, 'blocks'>): Set<number> {
  return new Set((doc.blocks ?? []).filter((b) => b.type === 'code').map((b) => b.start));
}

/** The text from the page's elements' texts, in order, and the layout. */
export function joinText(pieces: string[], layout: TextLayout): string {
  if ('text' in layout) return layout.text;
  const gaps = new Map(layout.gaps);
  let out = '';
  pieces.forEach((piece, i) => (out += (gaps.get(i) ?? GAP) + piece));
  return out + (gaps.get(pieces.length) ?? GAP);
}

/** The layout as an inert JSON data block of the document page. */
export function textLayoutBlock(layout: TextLayout): string {
  return `<script type="application/json" id="${TEXT_LAYOUT_ID}">${JSON.stringify(layout).replace(/</g, '\\u003c')}</script>`;
}

/** The elements a document page writes text into, in order (document-html.ts): list items, table cells, other blocks. */
export const TEXT_ELEMENTS = ['> :is(p, h2, h3, h4, h5, h6, pre, blockquote)', '> ul > li', '> table > tbody > tr > :is(td, th)'].map((s) => `.${TEXT_BOX} ${s}`).join(', ');

/** A parsed document page's exact document text; undefined without a layout. */
export function pageText(page: Pick<Document, 'querySelectorAll' | 'getElementById'>): string | undefined {
  const json = page.getElementById(TEXT_LAYOUT_ID)?.textContent;
  if (!json) return undefined;
  const pieces = [...page.querySelectorAll(TEXT_ELEMENTS)].map((el) => el.textContent ?? '');
  return joinText(pieces, JSON.parse(json) as TextLayout);
}
