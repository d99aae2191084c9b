/**
 * A general statement and a scoped one of the same attribute that differ in value: "all data is
 * backed up nightly" against "database backups run every four hours". Unlike an exact-scope
 * contradiction (inconsistency.ts) this may be legitimate (the scope is the exception), so it is
 * a warning naming which statement is general and which scoped; a reviewer decides. Which
 * qualifier keys make a scope is data (rules/common/claim-cardinality.json `scopeQualifiers`).
 * Needs ctx.claims.
 */
import cardinality from '../../../rules/common/claim-cardinality.json' with { type: 'json' };
import type { Claim } from '../../claims/types.ts';
import { effectiveQualifiers } from '../diff.ts';
import { bySentence, comparable, conflicting, documentFrames, eitherStatesBoth, place } from '../inconsistency.ts';
import { FrameCache } from '../statement-frames.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';

const SCOPE_KEYS = new Set(cardinality.scopeQualifiers);
const TIERS = new Set(cardinality.tierValues);
/** Cadence -> the rung type of a retention ladder that names it ('weekly' backups come every week). */
const RUNG_OF: ReadonlyMap<string, string> = new Map(Object.entries(cardinality.rungCadences).map(([type, cadence]) => [cadence, type]));
/** 'All data within 30 days' bounds narrower scopes; inconsistency.ts already reports a longer one. */
const BOUNDED = new Set(cardinality.boundedByScopeAll);

/**
 * The claim's scope qualifiers ("type=database") and the rest, which must match to compare;
 * undefined for a tier of one scheme ("incremental", "point-in-time"), which is compared with nothing.
 */
function split(claim: Claim): { scope: string; rest: string } | undefined {
  const q = effectiveQualifiers(claim);
  if (Object.values(q).some((v) => TIERS.has(String(v)))) return undefined;
  const scope = Object.keys(q).filter((k) => SCOPE_KEYS.has(k)).map((k) => `${k}=${String(q[k])}`);
  const rest = Object.keys(q).filter((k) => !SCOPE_KEYS.has(k)).map((k) => `${k}=${String(q[k])}`);
  return { scope: scope.join(', '), rest: rest.join(', ') };
}

export interface GeneralScopedPair {
  general: Claim;
  scoped: Claim;
  scope: string;
}

/** Rung types of the document's backup retention ladder ('daily', 'weekly', 'monthly'). */
function ladderRungs(claims: readonly Claim[]): Set<string> {
  return new Set(claims.filter((c) => c.attribute === 'backup.retention').map((c) => String(effectiveQualifiers(c).type ?? '')));
}

/** A weekly or monthly cadence beside a retention rung of that type is the rung, not a general schedule. */
function isRung(frequency: Claim, rungs: ReadonlySet<string>): boolean {
  const type = RUNG_OF.get(String(frequency.value));
  return type !== undefined && rungs.has(type);
}

/**
 * General claims by attribute and the qualifiers they must share, keeping of each value only its
 * first claim and the first one from another sentence: whatever the document repeats, a lookup
 * costs the number of distinct values (the earliest match is always among them). Each key's
 * values are looked up by their JSON, so building the index stays linear however many there are.
 */
export function generalIndex(claims: Claim[], parts: ReadonlyMap<Claim, { scope: string; rest: string } | undefined>): Map<string, Claim[]> {
  const index = new Map<string, Claim[]>();
  // Per key, per value: the sentence (start) of its first kept claim, and whether a second is kept.
  const values = new Map<string, Map<string, { start: number; both: boolean }>>();
  const rungs = ladderRungs(claims);
  for (const g of claims) {
    const p = parts.get(g);
    if (p === undefined || p.scope !== '' || (g.attribute === 'backup.frequency' && isRung(g, rungs))) continue;
    const key = `${g.attribute}|${p.rest}`;
    let kept = index.get(key);
    let byValue = values.get(key);
    if (!kept || !byValue) {
      index.set(key, (kept = []));
      values.set(key, (byValue = new Map()));
    }
    const value = JSON.stringify(g.value);
    const same = byValue.get(value);
    if (!same) byValue.set(value, { start: g.start, both: false });
    else if (same.both || same.start === g.start) continue;
    else same.both = true;
    kept.push(g);
  }
  return index;
}

const DENIED_PART_IS_RISK = new Set(cardinality.deniedPartIsRisk);
/**
 * A scoped denial beside a general yes ("data at rest is encrypted" / "the test environment's
 * disks are not"): the part the rule leaves out, which a risk finding reports, not a difference.
 */
const denialBesideRule = (general: Claim, scoped: Claim): boolean => DENIED_PART_IS_RISK.has(scoped.attribute) && general.value === true && scoped.value === false;

/**
 * Each scoped claim that differs from a general claim of its attribute, once per pair of values;
 * statements whose frames set them apart (an on-site part, a copy step, ...) are not a pair.
 */
export function generalScopedPairs(claims: Claim[], frames = new FrameCache()): GeneralScopedPair[] {
  const out: GeneralScopedPair[] = [];
  const seen = new Set<string>();
  const parts = new Map(claims.map((c) => [c, split(c)]));
  const generals = generalIndex(claims, parts);
  const sentences = new Map<string, Map<number, Claim[]>>();
  const sentencesOf = (attribute: string) => sentences.get(attribute) ?? sentences.set(attribute, bySentence(claims.filter((c) => c.attribute === attribute))).get(attribute)!;
  for (const scoped of claims) {
    const s = parts.get(scoped);
    if (!s || s.scope === '' || BOUNDED.has(scoped.attribute)) continue;
    // A sentence stating both ("daily, and the database hourly"; "either 7 or 30 days") draws the distinction itself.
    const apart = (g: Claim) => g.start === scoped.start || eitherStatesBoth(sentencesOf(scoped.attribute), g, scoped) || frames.apart(g, scoped);
    const general = generals.get(`${scoped.attribute}|${s.rest}`)?.find((g) => conflicting(g, scoped) && !apart(g));
    if (!general) continue;
    const key = JSON.stringify([scoped.attribute, general.value, scoped.value, s.scope, s.rest]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ general, scoped, scope: s.scope });
  }
  return out.sort((a, b) => a.scoped.start - b.scoped.start || a.scoped.id.localeCompare(b.scoped.id));
}

export const rule: CodeRule = {
  id: 'general-scoped-difference',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.general-scoped-difference',
  detect(doc, ctx) {
    return generalScopedPairs(comparable(ctx.claims ?? []), documentFrames(doc))
      .filter(({ general, scoped }) => !denialBesideRule(general, scoped))
      .map(
      ({ general, scoped, scope }): RuleHit => ({
        start: scoped.start,
        end: scoped.end,
        params: { attribute: scoped.attribute, scope, value: String(scoped.value), other: String(general.value), general: general.quote },
        related: [place(general)],
      }),
    );
  },
};
