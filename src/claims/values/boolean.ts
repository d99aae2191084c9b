/** Yes/no statements: true unless the anchor concept is denied ("are not encrypted", "bez MFA"). */
import { hits, isNegated, has } from '../context.ts';
import type { Extractor } from './types.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Hit } from '../terms.ts';

/** "user IDs", "allowed IPs": a two-letter acronym's plural, matched without case by a three-letter one (IDS, IPS). */
const acronymPlural = (text: string) => /^\p{Lu}{2}s$/u.test(text);

/**
 * "Audit log entries are not deleted", "Encrypted copies cannot be altered": the denial after the
 * term is of another action done to it (deleting, changing, turning off), so the term stands.
 * Motivated by an audit-log FAQ whose "entries are not deleted" was read as no logging at all.
 */
export function deniesOtherAction(lex: Lexicon, text: string, hit: Hit): boolean {
  const re = lex.memo('deniedOtherAction', (l) => new RegExp(`^[^.;:!?]{0,40}?(?<![\\p{L}\\p{N}])(?:${l.source('denialLead')})(?:${l.source('otherAction')})`, 'iu'));
  return re.test(text.slice(hit.end, hit.end + 100));
}

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
  return [{ value: h ? !isNegated(ctx.lex, seg.text, h) || deniesOtherAction(ctx.lex, seg.text, h) : true }];
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
