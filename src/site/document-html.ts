/**
 * The document text as HTML: blocks grouped into lists and tables, each block's segments as text
 * with <mark> elements for claims and findings (src/site/highlight.ts). Everything taken from the
 * document is escaped, so markup in it shows as text. One string per document instead of an Astro
 * component per block: at 4,000 document pages the components were most of the build's garbage.
 * The HTML is the same in every UI language: a mark names the marks covering it (`data-m`), and
 * the page titles them in the language it is shown in from the claims and findings data.
 */
import type { SeckbDocument } from '../model/types.ts';
import { groupBlocks, renderBlocks, type Mark, type RenderBlock, type Segment } from './highlight.ts';
import { TEXT_BOX } from './text-layout.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const attr = (name: string, value: string | undefined): string => (value ? ` ${name}="${escapeHtml(value)}"` : '');

/** A mark's id as the page writes it: its short name (src/site/mark-names.ts) when it has one. */
export type MarkName = (id: string) => string;

/**
 * Segments as text; a marked segment is a <mark> carrying its first anchor id and the ids of the
 * marks covering it (`data-m`, left out when it would only repeat the mark's id: the page reads a
 * missing `data-m` as the id). Further anchors (other marks starting here) are not written: they
 * are the names of `data-m` no earlier mark holds, and the page's script puts them back as empty
 * spans before the mark (client/mark-ids.ts restoreAnchors); nothing links to them without it.
 * A mark has no class: what it stands for (claim, finding and its severity) is in its ids, and
 * the document page styles it from them.
 */
export function segmentsHtml(segments: Segment[], name: MarkName = (id) => id): string {
  let out = '';
  for (const s of segments) {
    const first = s.anchors[0];
    const id = first && name(first.id);
    const ids = [...new Set(s.marks.map((m) => name(m.id)))].join(' ');
    out += s.marks.length ? `<mark${attr('id', id)}${attr('data-m', ids === id ? undefined : ids)}>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text);
  }
  return out;
}

const headingTag = (depth = 1): string => `h${Math.min(Math.max(depth + 1, 2), 6)}`;

function blockHtml(b: RenderBlock, name?: MarkName): string {
  const inner = segmentsHtml(b.segments, name);
  switch (b.type) {
    case 'heading': {
      const tag = headingTag(b.depth);
      return `<${tag}${attr('id', b.sectionId)}>${inner}</${tag}>`;
    }
    case 'code':
      return `<pre>${inner}</pre>`;
    case 'quote':
      return `<blockquote>${inner}</blockquote>`;
    case 'caption':
    case 'image':
      return `<p class="figure">${inner}</p>`;
    case 'plain':
      return `<p class="plain">${inner}</p>`;
    default:
      return `<p>${inner}</p>`;
  }
}

const rowHtml = (b: RenderBlock, name?: MarkName): string => `<tr>${(b.cells ?? [b.segments]).map((cell) => (b.header ? `<th scope="col">${segmentsHtml(cell, name)}</th>` : `<td>${segmentsHtml(cell, name)}</td>`)).join('')}</tr>`;

/** The inner HTML of the document page's text, marks in place. */
export function documentHtml(doc: Pick<SeckbDocument, 'text' | 'blocks' | 'sections'>, marks: Mark[], name?: MarkName): string {
  return groupBlocks(renderBlocks(doc, marks))
    .map((g) => {
      if (g.kind === 'list') return `<ul>${g.blocks.map((b) => `<li>${segmentsHtml(b.segments, name)}</li>`).join('')}</ul>`;
      if (g.kind === 'table') return `<table><tbody>${g.blocks.map((b) => rowHtml(b, name)).join('')}</tbody></table>`;
      return blockHtml(g.blocks[0]!, name);
    })
    .join('\n');
}

/** The text's box on its document's page: the blocks (documentHtml) and the data blocks after them. */
export function textBoxHtml(language: string, inner: string): string {
  return `<div class="${TEXT_BOX}" lang="${escapeHtml(language)}">${inner}</div>`;
}
