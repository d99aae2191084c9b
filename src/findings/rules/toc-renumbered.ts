/** A TOC entry whose number differs from its heading's ("4.2 Backups" listed, "4.3 Backups" written). */
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { analyzeToc } from './toc.ts';

export const rule: CodeRule = {
  id: 'toc-renumbered',
  kind: 'toc-mismatch',
  severity: 'warning',
  messageKey: 'findings.toc-renumbered',
  detect(doc) {
    const toc = analyzeToc(doc);
    if (!toc) return [];
    const hits: RuleHit[] = [];
    toc.entries.forEach((e, i) => {
      const k = toc.matches.get(i);
      if (k === undefined) return;
      const h = toc.headings[k];
      if (e.number && h.number && e.number !== h.number) {
        hits.push({ start: e.start, end: e.end, params: { entry: e.number, heading: h.number } });
      }
    });
    return hits;
  },
};
