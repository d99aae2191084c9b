/** Hosting providers (rules/claims/common.json `providers`): "Microsoft Azure", "AWS", "OVHcloud". */
import { COMMON } from '../common.ts';
import { isNegated } from '../context.ts';
import type { Extractor } from './types.ts';

export const provider: Extractor = (seg, _spec, ctx) => {
  // "a full backup to Amazon Web Services": where copies go is no host of the service.
  const copiesTo = ctx.lex.memo('backupToEnd', (l) => new RegExp(`(?:${l.source('backupTo')})\\s*$`, 'iu'));
  // "We do not operate our own data centres" denies on-premises hosting.
  const found = COMMON.providers
    .find(seg.text)
    .filter((h) => h.key !== 'on-premises' || !isNegated(ctx.lex, seg.text, h))
    .filter((h) => !copiesTo.test(seg.text.slice(Math.max(0, h.start - 60), h.start)));
  return [...new Set(found.map((h) => h.key))].map((value) => ({ value }));
};
