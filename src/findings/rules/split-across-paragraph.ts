/** A paragraph that ends mid-sentence and goes on in the next one: "manual and" / "automated testing". */
import type { CodeRule } from '../rule-types.ts';
import { sentenceSplits } from './sentence-split.ts';

export const rule: CodeRule = {
  id: 'split-across-paragraph',
  kind: 'broken-paragraph',
  severity: 'warning',
  messageKey: 'findings.split-across-paragraph',
  detect: (doc) => sentenceSplits(doc, false),
};
