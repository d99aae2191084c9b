/** A heading the TOC leaves out, at a level the TOC otherwise lists ("9. Privacy" between 8 and 10). */
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { analyzeToc } from './toc.ts';

export const rule: CodeRule = {
  id: 'toc-missing-entry',
  kind: 'toc-mismatch',
  severity: 'warning',
  messageKey: 'findings.toc-missing-entry',
  detect(doc) {
    const toc = analyzeToc(doc);
    if (!toc) return [];
    const listed = new Set(toc.matches.values());
    // A numbered TOC lists numbered headings: an unnumbered line promoted to a heading is not one.
    const numbered = toc.entries.filter((e) => e.number).length >= toc.entries.length * 0.6;
    return toc.headings
      .filter((h, k) => !listed.has(k) && toc.coveredLevels.has(h.level) && (!numbered || h.number))
      .map((h): RuleHit => ({ start: h.start, end: h.end, params: { heading: h.text } }));
  },
};
