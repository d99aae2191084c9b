/**
 * Two statements of one document that cannot both hold: claims of one single-valued attribute
 * with equal qualifiers and different values ("deleted within 30 days" / "within 60 days";
 * "customers cannot export" / "can export via the web interface"). Which attributes hold several
 * values at once is data (rules/common/claim-cardinality.json). Needs ctx.claims.
 */
import cardinality from '../../rules/common/claim-cardinality.json' with { type: 'json' };
import type { Claim } from '../claims/types.ts';
import type { RelatedPlace } from './types.ts';
import type { CodeRule, RuleHit } from './rule-types.ts';
import { durationDays, effectiveQualifiers, groupByKey, isMultiValued, sameValue } from './diff.ts';

const AGREE = new Set(cardinality.agreeWithAny);
const BOUNDED = new Set(cardinality.boundedByScopeAll);

/** Values of one key that cannot both be true. */
export function conflicting(a: Claim, b: Claim): boolean {
  if (isMultiValued(a.attribute) || a.attribute !== b.attribute) return false;
  if (AGREE.has(String(a.value)) || AGREE.has(String(b.value))) return false;
  return !sameValue(a.value, b.value);
}

export function place(c: Claim): RelatedPlace {
  return { documentId: c.documentId, start: c.start, end: c.end, excerpt: c.quote };
}

export interface Contradiction {
  claim: Claim;
  other: Claim;
}

/**
 * Each later claim that contradicts an earlier one of its key, once per pair of values. Claims of
 * one sentence never contradict each other ("from 99.95% to 100%" is a range).
 */
export function findContradictions(claims: Claim[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const group of groupByKey(claims).values()) {
    const seen = new Set<string>();
    group.forEach((c, i) => {
      const other = group.slice(0, i).find((e) => e.start !== c.start && conflicting(e, c));
      if (!other) return;
      const pair = JSON.stringify([other.value, c.value]);
      if (seen.has(pair)) return;
      seen.add(pair);
      out.push({ claim: c, other });
    });
  }
  out.push(...scopeBoundConflicts(claims));
  return out.sort((a, b) => a.claim.start - b.claim.start || a.claim.id.localeCompare(b.claim.id));
}

/** "All data within 30 days" against "backups within 60 days": the narrower scope takes longer. */
function scopeBoundConflicts(claims: Claim[]): Contradiction[] {
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    if (!BOUNDED.has(c.attribute) || effectiveQualifiers(c).scope === undefined) continue;
    const days = durationDays(c.value);
    if (days === undefined) continue;
    const all = claims.find((a) => {
      const bound = durationDays(a.value);
      return a.attribute === c.attribute && a.start !== c.start && Object.keys(effectiveQualifiers(a)).length === 0 && bound !== undefined && days > bound && !sameValue(a.value, c.value);
    });
    const pair = JSON.stringify([all?.value, c.value, c.qualifiers]);
    if (!all || seen.has(pair)) continue;
    seen.add(pair);
    const [first, second] = all.start < c.start ? [all, c] : [c, all];
    out.push({ claim: second, other: first });
  }
  return out;
}

export const rule: CodeRule = {
  id: 'contradiction',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.contradiction',
  detect(_doc, ctx) {
    const claims = ctx.claims ?? [];
    return findContradictions(claims).map(
      ({ claim, other }): RuleHit => ({
        start: claim.start,
        end: claim.end,
        params: { attribute: claim.attribute, value: String(claim.value), other: String(other.value) },
        related: [place(other)],
      }),
    );
  },
};
