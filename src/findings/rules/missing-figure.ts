/**
 * A figure caption ("Fig 1. Network diagram", "Rysunek 2: Architektura") with no image next to
 * it: the picture was lost in an export or never pasted. Tables ("Table 1") are not figures.
 * The lines of a list of figures are captions without images too, and are left alone: under a
 * list's title ("List of figures", "Spis rysunków") or the contents' title, several captions in
 * one block or in a row, or a caption that comes back further on (the list names each figure once
 * more before it appears).
 */
import type { Block, SeckbDocument } from '../../model/types.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { alternation, captionCues, figureListHeadings, tocHeadings } from './structure-data.ts';
import { blockText, normalizeHeading } from './text-utils.ts';

const CAPTION = new RegExp(`^(?:${alternation(captionCues)})\\.?\\s*\\d+(?<mark>[.:)–—-])?(?:\\s|$)`, 'iu');
/** Longer blocks that start with "Figure 3 shows ..." are prose, not captions. */
const MAX_CAPTION = 200;
const LIST_TITLE = new RegExp(`^\\s*(?:${alternation([...figureListHeadings, ...tocHeadings])})\\s*:?\\s*$`, 'iu');

interface Caption {
  index: number;
  text: string;
}

/** The block's caption (trimmed), if it is one: "Figure 3 shows how data flows." is prose. */
function captionOf(doc: SeckbDocument, b: Block): string | undefined {
  if (b.type !== 'caption' && b.type !== 'paragraph') return undefined;
  const text = blockText(doc, b).trim();
  const m = CAPTION.exec(text);
  if (text.length > MAX_CAPTION || !m) return undefined;
  // A caption has "Figure 3:" or no closing period ("Figure 3 Network diagram").
  if (!m.groups?.mark && /[.!?]$/u.test(text)) return undefined;
  return text;
}

const besideImage = (blocks: Block[], i: number): boolean => blocks[i - 1]?.type === 'image' || blocks[i + 1]?.type === 'image';

/** Captions that are lines of a list of figures rather than the captions of figures. */
function listEntries(doc: SeckbDocument, blocks: Block[], captions: Caption[]): Set<number> {
  const listed = new Set<number>();
  let underList = false;
  const at = new Map(captions.map((c) => [c.index, c]));
  const norm = (c: Caption) => normalizeHeading(c.text.split('\n', 1)[0]);
  const later = new Map<string, number>();
  for (const c of captions) later.set(norm(c), c.index);
  blocks.forEach((b, i) => {
    if (b.type === 'heading') underList = LIST_TITLE.test(blockText(doc, b));
    const c = at.get(i);
    if (!c) return;
    const lines = c.text.split('\n').filter((l) => CAPTION.test(l.trim()));
    // A neighbour that is the caption of an image beside it does not make a list.
    const inRow = [i - 1, i + 1].some((j) => at.has(j) && !besideImage(blocks, j));
    if (underList || lines.length >= 2 || inRow || later.get(norm(c))! > i) listed.add(i);
  });
  return listed;
}

export const rule: CodeRule = {
  id: 'missing-figure',
  kind: 'missing-figure',
  severity: 'warning',
  messageKey: 'findings.missing-figure',
  detect(doc) {
    // A pdf text layer carries no images at all: every caption would look orphaned.
    if (doc.format === 'pdf' && !doc.blocks.some((b) => b.type === 'image')) return [];
    // Blank paragraphs (a lone non-breaking space) do not separate a caption from its image.
    const blocks = doc.blocks.filter((b) => b.type === 'image' || blockText(doc, b).trim() !== '');
    const captions: Caption[] = [];
    blocks.forEach((b, index) => {
      const text = captionOf(doc, b);
      if (text !== undefined) captions.push({ index, text });
    });
    const listed = listEntries(doc, blocks, captions);
    const hits: RuleHit[] = [];
    for (const { index, text } of captions) {
      const b = blocks[index];
      if (listed.has(index) || besideImage(blocks, index)) continue;
      const offset = blockText(doc, b).indexOf(text);
      const lineEnd = text.indexOf('\n');
      const end = b.start + offset + (lineEnd === -1 ? text.length : lineEnd);
      hits.push({ start: b.start + offset, end, params: { caption: doc.text.slice(b.start + offset, end) } });
    }
    return hits;
  },
};
