/**
 * A bold marker left without its partner by a conversion ("§ 1. Availability**", a line holding
 * only "**"), in formats that do not render markdown. Pairs are markdown-bold's; a document
 * that uses "**" for footnotes (a line opening "** Billed annually.") keeps its references.
 */
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { proseBlocks } from './text-utils.ts';

const FORMATS = new Set(['docx', 'pdf', 'html', 'txt']);
/** A footnote body: a line opening with one or two asterisks and a space. */
const FOOTNOTE_BODY = /^[ \t]*\*{1,2}[ \t]+\S/mu;
/** "**" alone on a line, or glued to the end of a word at the end of the line. */
const STRAY = /^[ \t]*(\*\*)[ \t]*$|(?<=[\p{L}\p{N}.)])(\*\*)[ \t]*$/u;

export const rule: CodeRule = {
  id: 'stray-bold-marker',
  kind: 'markup-residue',
  severity: 'warning',
  messageKey: 'findings.stray-bold-marker',
  detect(doc) {
    if (!FORMATS.has(doc.format) || !doc.text.includes('**') || FOOTNOTE_BODY.test(doc.text)) return [];
    const hits: RuleHit[] = [];
    for (const b of proseBlocks(doc)) {
      let lineStart = b.start;
      for (const line of doc.text.slice(b.start, b.end).split('\n')) {
        // An odd count only: two markers on a line are a pair (markdown-bold).
        if ((line.match(/\*\*/gu)?.length ?? 0) % 2 === 1) {
          const m = STRAY.exec(line);
          if (m) {
            const start = lineStart + m.index + m[0].indexOf('**');
            hits.push({ start, end: start + 2 });
          }
        }
        lineStart += line.length + 1;
      }
    }
    return hits;
  },
};
