/** Hosting providers (rules/claims/common.json `providers`): "Microsoft Azure", "AWS", "OVHcloud". */
import { COMMON } from '../common.ts';
import { isNegated } from '../context.ts';
import type { Extractor } from './types.ts';

export const provider: Extractor = (seg, _spec, ctx) => {
  // "We do not operate our own data centres" denies on-premises hosting.
  const found = COMMON.providers.find(seg.text).filter((h) => h.key !== 'on-premises' || !isNegated(ctx.lex, seg.text, h));
  return [...new Set(found.map((h) => h.key))].map((value) => ({ value }));
};
