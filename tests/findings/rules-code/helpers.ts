/** Runs one code rule on a document built from a string, as the engine would call it. */
import { documentFromText } from '../../../src/model/from-text.ts';
import type { SeckbDocument } from '../../../src/model/types.ts';
import type { CodeRule, RuleContext, RuleHit } from '../../../src/findings/rule-types.ts';

export const NOW = new Date('2025-06-01T00:00:00Z');

export interface Hit extends RuleHit {
  excerpt: string;
}

export function runRule(rule: CodeRule, doc: SeckbDocument, ctx: Partial<RuleContext> = {}): Hit[] {
  const hits = rule.detect(doc, { now: NOW, maxAgeYears: 2, ...ctx });
  for (const h of hits) {
    if (!(h.start >= 0 && h.end >= h.start && h.end <= doc.text.length)) throw new Error(`${rule.id}: bad range ${h.start}-${h.end}`);
  }
  return hits.map((h) => ({ ...h, excerpt: doc.text.slice(h.start, h.end) }));
}

export function excerpts(rule: CodeRule, text: string, format: 'md' | 'txt' = 'md', ctx: Partial<RuleContext> = {}): string[] {
  return runRule(rule, documentFromText(text, { format }), ctx).map((h) => h.excerpt);
}
