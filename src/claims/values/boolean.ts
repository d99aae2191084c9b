/** Yes/no statements: true unless the anchor concept is denied ("are not encrypted", "bez MFA"). */
import { hits, isNegated, has } from '../context.ts';
import type { Extractor } from './types.ts';

/** "user IDs", "allowed IPs": a two-letter acronym's plural, matched without case by a three-letter one (IDS, IPS). */
const acronymPlural = (text: string) => /^\p{Lu}{2}s$/u.test(text);

export const boolean: Extractor = (seg, spec, ctx) => {
  if (!spec.anchor) return [{ value: true }];
  let anchors = hits(ctx.lex, spec.anchor, seg.text);
  if (anchors.length > 0 && anchors.every((a) => acronymPlural(seg.text.slice(a.start, a.end)))) return [];
  if (spec.skipAnchor && anchors.length > 0) {
    // A denied old version ("no SSL, no TLS 1.1 or lower") refuses that version, not encryption.
    const skipped = new Set(hits(ctx.lex, spec.skipAnchor, seg.text).map((s) => s.start));
    anchors = anchors.filter((a) => !(skipped.has(a.start) && isNegated(ctx.lex, seg.text, a)));
    if (anchors.length === 0) return [];
  }
  const h = anchors[0];
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
