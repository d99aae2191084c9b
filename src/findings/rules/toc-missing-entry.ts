/**
 * A heading the TOC leaves out, at a level the TOC otherwise lists ("9. Privacy" between 8 and 10).
 * A heading that has the number of an entry with no heading was renamed (entry "8 Data return",
 * heading "8 REPORTING"): toc-missing-heading reports that once, on the entry.
 */
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
    const unmatchedNumbers = new Set(toc.entries.filter((e, i) => e.number && !toc.matches.has(i)).map((e) => e.number));
    return toc.headings
      .filter((h, k) => !listed.has(k) && toc.coveredLevels.has(h.level) && (!numbered || h.number) && !unmatchedNumbers.has(h.number))
      .map((h): RuleHit => ({ start: h.start, end: h.end, params: { heading: h.text } }));
  },
};
