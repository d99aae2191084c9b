/** A TOC entry with no heading in the body ("4.3 Backups" listed, never written). */
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { analyzeToc, entriesWithLines } from './toc.ts';

export const rule: CodeRule = {
  id: 'toc-missing-heading',
  kind: 'toc-mismatch',
  severity: 'warning',
  messageKey: 'findings.toc-missing-heading',
  detect(doc) {
    const toc = analyzeToc(doc);
    if (!toc) return [];
    const after = toc.entries[toc.entries.length - 1].end;
    const unmatched = toc.entries.filter((_, i) => !toc.matches.has(i));
    const lined = entriesWithLines(doc, unmatched, after);
    const missing = unmatched.filter((e) => !lined.has(e));
    // When most entries find nothing, what looked like a TOC was something else (a list).
    if (missing.length > toc.entries.length / 2) return [];
    return missing.map((e): RuleHit => ({ start: e.start, end: e.end, params: { entry: e.text } }));
  },
};
