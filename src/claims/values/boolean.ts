/** Yes/no statements: true unless the anchor concept is denied ("are not encrypted", "bez MFA"). */
import { hits, isNegated, has } from '../context.ts';
import type { Extractor } from './types.ts';

export const boolean: Extractor = (seg, spec, ctx) => {
  const h = spec.anchor ? hits(ctx.lex, spec.anchor, seg.text)[0] : undefined;
  return [{ value: h ? !isNegated(ctx.lex, seg.text, h) : true }];
};

/** Only the denial counts (`false`), the plain statement is read by another rule. */
export const negatedOnly: Extractor = (seg, spec, ctx) => {
  const h = spec.anchor ? hits(ctx.lex, spec.anchor, seg.text)[0] : undefined;
  return h && isNegated(ctx.lex, seg.text, h) ? [{ value: false }] : [];
};

/** A rule whose words state a "no" by themselves ("monitored during business hours only"). */
export const statedFalse: Extractor = () => [{ value: false }];

/** What personal data logs hold: user names only, or none. */
export const personalData: Extractor = (seg, _spec, ctx) => {
  if (has(ctx.lex, 'username', seg.text)) return [{ value: 'username-only' }];
  const h = hits(ctx.lex, 'personalData', seg.text)[0];
  return h && isNegated(ctx.lex, seg.text, h) ? [{ value: 'none' }] : [];
};
