/** A sentence cut by a page break (pdf): "... the data is" | page 4 | "encrypted at rest." */
import type { CodeRule } from '../rule-types.ts';
import { sentenceSplits } from './sentence-split.ts';

export const rule: CodeRule = {
  id: 'split-across-page',
  kind: 'broken-paragraph',
  severity: 'warning',
  messageKey: 'findings.split-across-page',
  detect: (doc) => sentenceSplits(doc, true),
};
