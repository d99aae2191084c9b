/**
 * What changed between two versions of a document: claims keyed by attribute + qualifiers
 * (multi-valued attributes compared as value sets), and sections added or dropped. Also the
 * comparison helpers inconsistency.ts and cross.ts share. Browser-safe.
 *
 *   diffClaims(oldClaims, newClaims) -> { added, removed, changed }
 */
import cardinality from '../../rules/common/claim-cardinality.json' with { type: 'json' };
import type { Claim, ClaimValue } from '../claims/types.ts';
import type { Section, SeckbDocument } from '../model/types.ts';
import { normalizeHeading, tokenOverlap } from './rules/text-utils.ts';
import { append } from '../lists.ts';

export interface ClaimChange {
  attribute: string;
  qualifiers: Record<string, unknown>;
  old: Claim;
  new: Claim;
}

export interface ClaimDiff {
  added: Claim[];
  removed: Claim[];
  changed: ClaimChange[];
}

const MULTI = new Set(cardinality.multiValued);
const DEFAULTS = cardinality.defaultQualifiers as Record<string, Record<string, string>>;
const SOURCE_QUALIFIERS = new Set(cardinality.sourceQualifiers);

export function isMultiValued(attribute: string): boolean {
  return MULTI.has(attribute);
}

/** Qualifiers without the values a claim has by default, nor where it was read (`control`), keys sorted. */
export function effectiveQualifiers(claim: Claim): Record<string, string | number | boolean> {
  const defaults = DEFAULTS[claim.attribute] ?? {};
  const out: Record<string, string | number | boolean> = {};
  for (const k of Object.keys(claim.qualifiers).sort()) {
    if (SOURCE_QUALIFIERS.has(k)) continue;
    if (defaults[k] !== undefined && defaults[k] === claim.qualifiers[k]) continue;
    out[k] = claim.qualifiers[k];
  }
  return out;
}

/** "attribute|{qualifiers}": claims with one key speak about the same thing. */
export function claimKey(claim: Claim): string {
  return `${claim.attribute}|${JSON.stringify(effectiveQualifiers(claim))}`;
}

const UNIT_DAYS: Record<string, number> = { Y: 365, M: 30, W: 7, D: 1 };
const TIME_DAYS: Record<string, number> = { H: 1 / 24, M: 1 / 1440, S: 1 / 86400 };

/** An ISO 8601 duration in days ("P1M" -> 30, "PT12H" -> 0.5); undefined for other values. */
export function durationDays(value: ClaimValue): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^P(?:(\d+(?:\.\d+)?)([YMWD]))?(?:T(\d+(?:\.\d+)?)([HMS]))?$/u.exec(value);
  if (!m || (!m[1] && !m[3])) return undefined;
  return (m[1] ? Number(m[1]) * UNIT_DAYS[m[2]] : 0) + (m[3] ? Number(m[3]) * TIME_DAYS[m[4]] : 0);
}

/** Two values are one promise: equal, or durations within the tolerance ("1 month" = "30 days"). */
export function sameValue(a: ClaimValue, b: ClaimValue): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase()) return true;
  const da = durationDays(a);
  const db = durationDays(b);
  if (da !== undefined && db !== undefined) return Math.abs(da - db) <= cardinality.durationTolerance * Math.max(da, db);
  return false;
}

function byPlace(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);
}

/** Claims grouped by key, each group in document order, keys sorted. */
export function groupByKey(claims: Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const c of [...claims].sort(byPlace)) {
    const k = claimKey(c);
    const group = groups.get(k);
    if (group) group.push(c);
    else groups.set(k, [c]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One claim per distinct value (the first in document order). */
function distinct(claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) if (!out.some((o) => sameValue(o.value, c.value))) out.push(c);
  return out;
}

function hasValue(claims: Claim[], value: ClaimValue): boolean {
  return claims.some((c) => sameValue(c.value, value));
}

/**
 * Claims added, removed and changed from `oldClaims` to `newClaims`. A single-valued key whose
 * values differ is `changed`; multi-valued keys compare as sets (each value added or removed).
 */
export function diffClaims(oldClaims: Claim[], newClaims: Claim[]): ClaimDiff {
  const oldGroups = groupByKey(oldClaims);
  const newGroups = groupByKey(newClaims);
  const keys = [...new Set([...oldGroups.keys(), ...newGroups.keys()])].sort();
  const result: ClaimDiff = { added: [], removed: [], changed: [] };
  for (const key of keys) {
    const olds = distinct(oldGroups.get(key) ?? []);
    const news = distinct(newGroups.get(key) ?? []);
    const attribute = (olds[0] ?? news[0]).attribute;
    const gone = olds.filter((c) => !hasValue(news, c.value));
    const fresh = news.filter((c) => !hasValue(olds, c.value));
    if (!isMultiValued(attribute) && olds.length > 0 && news.length > 0) {
      if (gone.length > 0 && fresh.length > 0) {
        result.changed.push({ attribute, qualifiers: effectiveQualifiers(olds[0]), old: gone[0], new: fresh[0] });
      }
      continue;
    }
    append(result.removed, gone);
    append(result.added, fresh);
  }
  return result;
}

export interface SectionDiff {
  added: Section[];
  removed: Section[];
}

/** How alike two headings are: 1 when equal after normalization, else shared words (Jaccard). */
function headingSimilarity(a: string, b: string): number {
  const na = normalizeHeading(a);
  const nb = normalizeHeading(b);
  return na === nb ? 1 : tokenOverlap(na, nb);
}

/** "Communication in the X system" / "Communication in X CMMS" are one section renamed. */
const SAME_SECTION = 0.5;

/** Sections present in one version only: a dropped section must be visible in a diff. */
export function diffSections(oldDoc: SeckbDocument, newDoc: SeckbDocument): SectionDiff {
  const used = new Set<number>();
  const removed: Section[] = [];
  for (const s of oldDoc.sections) {
    if (!normalizeHeading(s.heading)) continue;
    let best = -1;
    let bestScore = 0;
    newDoc.sections.forEach((n, i) => {
      const score = used.has(i) ? 0 : headingSimilarity(s.heading, n.heading);
      if (score >= SAME_SECTION && score > bestScore) [best, bestScore] = [i, score];
    });
    if (best === -1) removed.push(s);
    else used.add(best);
  }
  const added = newDoc.sections.filter((n, i) => !used.has(i) && normalizeHeading(n.heading) !== '');
  return { added, removed };
}
