/**
 * A figure caption ("Fig 1. Network diagram", "Rysunek 2: Architektura") with no image next to
 * it: the picture was lost in an export or never pasted. Tables ("Table 1") are not figures.
 */
import type { Block } from '../../model/types.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { alternation, captionCues } from './structure-data.ts';
import { blockText } from './text-utils.ts';

const CAPTION = new RegExp(`^(?:${alternation(captionCues)})\\.?\\s*\\d+(?<mark>[.:)–—-])?(?:\\s|$)`, 'iu');
/** Longer blocks that start with "Figure 3 shows ..." are prose, not captions. */
const MAX_CAPTION = 200;

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
    const hits: RuleHit[] = [];
    blocks.forEach((b: Block, i) => {
      if (b.type !== 'caption' && b.type !== 'paragraph') return;
      const text = blockText(doc, b).trim();
      const m = CAPTION.exec(text);
      if (text.length > MAX_CAPTION || !m) return;
      // "Figure 3 shows how data flows." is prose about a figure; a caption has "Figure 3:" or
      // no closing period ("Figure 3 Network diagram").
      if (!m.groups?.mark && /[.!?]$/u.test(text)) return;
      if (blocks[i - 1]?.type === 'image' || blocks[i + 1]?.type === 'image') return;
      const offset = blockText(doc, b).indexOf(text);
      const lineEnd = text.indexOf('\n');
      const end = b.start + offset + (lineEnd === -1 ? text.length : lineEnd);
      hits.push({ start: b.start + offset, end, params: { caption: doc.text.slice(b.start + offset, end) } });
    });
    return hits;
  },
};
