/**
 * Two statements of one document that cannot both hold: claims of one single-valued attribute
 * with equal qualifiers and different values ("deleted within 30 days" / "within 60 days";
 * "customers cannot export" / "can export via the web interface"). Which attributes hold several
 * values at once is data (rules/common/claim-cardinality.json); statements whose frames set them
 * apart (statement-frames.ts: a legacy exception, an on-site part, another trigger) both hold;
 * advice ("should never be stored in plain text", risk-frames.ts) states nothing to contradict.
 * Real pages state a value per item far more often than they contradict themselves: three or more
 * values of one key are a schedule (per service, plan or rung), compared only against a statement
 * that admits no exception; an availability figure after "below" or "<" is a remedy's threshold.
 * Needs ctx.claims.
 */
import cardinality from '../../rules/common/claim-cardinality.json' with { type: 'json' };
import type { Claim } from '../claims/types.ts';
import type { SeckbDocument } from '../model/types.ts';
import type { RelatedPlace } from './types.ts';
import type { CodeRule, RuleHit } from './rule-types.ts';
import { durationDays, effectiveQualifiers, groupByKey, isMultiValued, sameValue } from './diff.ts';
import { append } from '../lists.ts';
import { hasParts, schemePart } from './scheme-parts.ts';
import { changeSections, FrameCache, isChangeLog, leadInBlock, rowLabelAt } from './statement-frames.ts';
import { BELOW_SOURCE } from './frame-cues.ts';
import { givesAdvice } from './risk-frames.ts';
import { CLAIM_LANGUAGES, lexiconFor } from '../claims/lexicon.ts';
import { has } from '../claims/context.ts';

const AGREE = new Set(cardinality.agreeWithAny);
const BOUNDED = new Set(cardinality.boundedByScopeAll);
const SCHEMES = new Set(cardinality.schemes);
const FLOORS = new Set(cardinality.floors);
const SCHEDULE_VALUES = cardinality.scheduleValues;
const BASE_RUNG: Record<string, { type: string; ladder: string[]; cadence: { attribute: string; days: number } }> = cardinality.baseRung;

/**
 * The claims as compared: a base rung ("kept four weeks" of daily backups) stands for the
 * attribute itself when no longer rung and no finer cadence is named (claim-cardinality.json `baseRung`).
 */
export function comparable(claims: readonly Claim[]): Claim[] {
  const general = Object.keys(BASE_RUNG).filter((attribute) => {
    const { type, ladder, cadence } = BASE_RUNG[attribute];
    const own = claims.filter((c) => c.attribute === attribute);
    const types = own.map((c) => String(c.qualifiers.type ?? ''));
    const finer = claims.some((c) => c.attribute === cadence.attribute && (durationDays(c.value) ?? Infinity) < cadence.days);
    return types.includes(type) && !types.some((t) => ladder.includes(t)) && !finer && !own.some((c) => c.qualifiers.type === undefined && namesRung(c, ladder));
  });
  if (general.length === 0) return [...claims];
  return claims.map((c) => {
    if (!general.includes(c.attribute) || c.qualifiers.type !== BASE_RUNG[c.attribute].type) return c;
    const { type: _base, ...rest } = c.qualifiers;
    return { ...c, qualifiers: rest };
  });
}

/**
 * An untyped retention whose own words name a longer rung ("also on the first of every week (kept
 * for a month), every month (kept for a year)"): the rung its figure belongs to was named, only not
 * read as the claim's type, so the document does name a longer rung than the daily one.
 */
function namesRung(c: Claim, ladder: readonly string[]): boolean {
  const lex = CLAIM_LANGUAGES.includes(c.lang) ? lexiconFor(c.lang) : undefined;
  return !!lex && ladder.some((rung) => has(lex, `type${rung[0].toUpperCase()}${rung.slice(1)}`, c.quote));
}

/**
 * A floor's figure standing after "below" or "<" ("may terminate if uptime < 85%", "poniżej 99%:
 * 25% bonifikaty"): the threshold of a remedy, never what the vendor promises.
 */
export const breachThreshold = (c: FloorClaim): boolean => floorAfter(c, BELOW_SOURCE);

/**
 * A floor's figure that a formula works out ("Uptime % = ((129,600 - 360) / 129,600) × 100 = 99.72%"):
 * a worked example of the measure, never what the vendor promises.
 */
export const workedResult = (c: FloorClaim): boolean => floorAfter(c, '[=≈]');

type FloorClaim = Pick<Claim, 'attribute' | 'value' | 'quote'>;
/** Whether a floor claim's figure stands right after `before` (a pattern source) in its quote. */
function floorAfter(c: FloorClaim, before: string): boolean {
  if (!FLOORS.has(c.attribute) || typeof c.value !== 'number') return false;
  const figure = String(c.value).replace('.', '[.,]');
  return new RegExp(`(?:${before})\\s*${figure}(?![\\d.,]\\d)`, 'iu').test(c.quote);
}

/** Attributes a document may state several values of, one per part of a scheme (claim-cardinality.json `schemes`). */
export const severalPerDocument = (attribute: string): boolean => SCHEMES.has(attribute);

const LAYERS: Record<string, string[][]> = cardinality.layers;
/** Two values of which one is a layer over the other (passwords hashed, in an encrypted store): both hold. */
export function layered(attribute: string, a: unknown, b: unknown): boolean {
  return (LAYERS[attribute] ?? []).some((pair) => pair.includes(String(a)) && pair.includes(String(b)) && String(a) !== String(b));
}

/** Values of one key that cannot both be true. */
export function conflicting(a: Claim, b: Claim): boolean {
  if (isMultiValued(a.attribute) || a.attribute !== b.attribute) return false;
  if (AGREE.has(String(a.value)) || AGREE.has(String(b.value)) || layered(a.attribute, a.value, b.value)) return false;
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
 * one sentence never contradict each other ("from 99.95% to 100%" is a range), nor do claims whose
 * statement frames set them apart (`frames`; without it, every frame is the same).
 */
export function findContradictions(claims: Claim[], frames = new FrameCache()): Contradiction[] {
  const out: Contradiction[] = [];
  for (const group of comparedGroups(claims)) {
    const seen = new Set<string>();
    // Claims of one exact value compare alike, so each claim is compared with the earlier
    // distinct values only (a document repeating one statement stays linear): per value, its
    // first claim and the first one in another sentence. They are listed as they come, so in
    // document order, and the first that contradicts c is the earliest: the search stops there.
    const earlier = new Map<string, { first: Claim; other: boolean }>();
    let candidates: Array<{ claim: Claim; first: boolean; dead?: boolean }> = [];
    let dead = 0;
    const sentences = bySentence(group);
    // A value that agrees with any (claim-cardinality.json `agreeWithAny`) contradicts none.
    const contradictable = (c: Claim) => !isMultiValued(c.attribute) && !AGREE.has(String(c.value));
    // A schedule of values (one per service, plan or rung) contradicts only a statement admitting no exception.
    const schedule = new Set(group.map(valueKey)).size >= SCHEDULE_VALUES;
    const admitsNone = (a: Claim, b: Claim) => frames.of(a).universal || frames.of(b).universal;
    group.forEach((c) => {
      let other: Claim | undefined;
      if (contradictable(c)) {
        for (const candidate of candidates) {
          // A value's first claim counts from another sentence than c's only.
          if (candidate.dead || (candidate.first && candidate.claim.start === c.start) || !conflicting(candidate.claim, c)) continue;
          if (eitherStatesBoth(sentences, candidate.claim, c)) continue;
          if (frames.apart(candidate.claim, c)) {
            // One apart from every other (a change log's entry) ends c's search, or leaves the list.
            if (frames.alone(c)) break;
            if (frames.alone(candidate.claim)) [candidate.dead, dead] = [true, dead + 1];
            continue;
          }
          if (schedule && !admitsNone(candidate.claim, c)) continue;
          other = candidate.claim;
          break;
        }
        if (dead * 2 > candidates.length) [candidates, dead] = [candidates.filter((x) => !x.dead), 0];
      }
      const key = valueKey(c);
      const v = earlier.get(key);
      if (!v) {
        earlier.set(key, { first: c, other: false });
        if (contradictable(c)) candidates.push({ claim: c, first: true });
      } else if (!v.other && c.start !== v.first.start) {
        v.other = true;
        if (contradictable(c)) candidates.push({ claim: c, first: false });
      }
      if (!other) return;
      const pair = JSON.stringify([other.value, c.value]);
      if (seen.has(pair)) return;
      seen.add(pair);
      out.push({ claim: c, other });
    });
  }
  append(out, scopeBoundConflicts(claims, frames));
  return out.sort((a, b) => a.claim.start - b.claim.start || a.claim.id.localeCompare(b.claim.id));
}

/**
 * The groups of claims compared one with another: one per key, except that an attribute one
 * document may state several values of (a scheme) is compared only among statements naming the
 * same part of it ("audit logs" twice), where the cue data reads parts (scheme-parts.ts).
 */
function comparedGroups(claims: Claim[]): Claim[][] {
  const out: Claim[][] = [];
  for (const group of groupByKey(claims).values()) {
    if (!severalPerDocument(group[0].attribute)) out.push(group);
    else if (hasParts(group[0].attribute)) {
      const byPart = new Map<string, Claim[]>();
      for (const c of group) {
        const part = schemePart(c);
        if (part === undefined) continue;
        const same = byPart.get(part);
        if (same) same.push(c);
        else byPart.set(part, [c]);
      }
      for (const [, same] of [...byPart].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (same.length > 1) out.push(same);
    }
  }
  return out;
}

/** Claims of one key by the sentence (start) they were read from. */
export function bySentence(group: readonly Claim[]): Map<number, Claim[]> {
  const out = new Map<number, Claim[]>();
  for (const c of group) out.set(c.start, [...(out.get(c.start) ?? []), c]);
  return out;
}

/**
 * One of the two sentences states both values ("every backup 30 days, the first of each month
 * 12 months" beside a row "Monthly backup | 12 months"): the other agrees with part of it, and the
 * sentence itself draws whatever distinction there is, as a sentence never contradicts itself.
 */
export function eitherStatesBoth(sentences: ReadonlyMap<number, readonly Claim[]>, a: Claim, b: Claim): boolean {
  const both = (at: number) => {
    const here = sentences.get(at) ?? [];
    return here.some((x) => sameValue(x.value, a.value)) && here.some((x) => sameValue(x.value, b.value));
  };
  return both(a.start) || both(b.start);
}

/** The exact value: claims sharing it are interchangeable for `conflicting` and `sameValue`. */
function valueKey(c: Claim): string {
  return `${typeof c.value}:${String(c.value)}`;
}

/** "All data within 30 days" against "backups within 60 days": the narrower scope takes longer. */
function scopeBoundConflicts(claims: Claim[], frames: FrameCache): Contradiction[] {
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  // Unscoped bounds per attribute, one entry per exact value (its first claim and the first in
  // another sentence), so a repeated statement is compared once, not once per repetition.
  const bounds = new Map<string, Map<string, { index: number; first: Claim; other?: { index: number; claim: Claim }; days: number }>>();
  claims.forEach((a, index) => {
    // Only a bound the text states for everything ("all data, backups included"): "we keep the data
    // 14 more days, then delete it" says nothing of backups, which may expire after a further 28.
    if (!BOUNDED.has(a.attribute) || a.qualifiers.scope !== 'all' || Object.keys(effectiveQualifiers(a)).length > 0) return;
    const days = durationDays(a.value);
    if (days === undefined) return;
    let byValue = bounds.get(a.attribute);
    if (!byValue) bounds.set(a.attribute, (byValue = new Map()));
    const v = byValue.get(valueKey(a));
    if (!v) byValue.set(valueKey(a), { index, first: a, days });
    else if (!v.other && a.start !== v.first.start) v.other = { index, claim: a };
  });
  for (const c of claims) {
    const q = effectiveQualifiers(c);
    // Only a scope narrows the bound: another qualifier (a deletion's trigger) makes it another clock.
    if (!BOUNDED.has(c.attribute) || q.scope === undefined || Object.keys(q).some((k) => k !== 'scope')) continue;
    const days = durationDays(c.value);
    if (days === undefined) continue;
    let all: Claim | undefined;
    let allIndex = Infinity;
    for (const v of bounds.get(c.attribute)?.values() ?? []) {
      const candidate = v.first.start !== c.start ? { index: v.index, claim: v.first } : v.other;
      if (candidate && candidate.index < allIndex && days > v.days && !sameValue(candidate.claim.value, c.value) && !frames.apart(candidate.claim, c)) {
        all = candidate.claim;
        allIndex = candidate.index;
      }
    }
    const pair = JSON.stringify([all?.value, c.value, c.qualifiers]);
    if (!all || seen.has(pair)) continue;
    seen.add(pair);
    const [first, second] = all.start < c.start ? [all, c] : [c, all];
    out.push({ claim: second, other: first });
  }
  return out;
}

/** Frames of a document's claims, each read with the text before it in its block, its table row and the section of changes holding it. */
export function documentFrames(doc: SeckbDocument): FrameCache {
  const changes = changeSections(doc.sections, doc.text.length);
  const place = {
    lead: (c: Claim) => leadInBlock(doc.text, doc.blocks, c.start),
    row: (c: Claim) => rowLabelAt(doc.text, doc.blocks, c.start),
    inChanges: (c: Claim) => changes.some(([from, to]) => from <= c.start && c.start < to),
  };
  return new FrameCache(place, isChangeLog(doc));
}

export const rule: CodeRule = {
  id: 'contradiction',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.contradiction',
  detect(doc, ctx) {
    // Advice ("passwords should never be stored in plain text") is no statement of the service.
    const claims = comparable((ctx.claims ?? []).filter((c) => !givesAdvice(c.quote) && !breachThreshold(c) && !workedResult(c)));
    return findContradictions(claims, documentFrames(doc)).map(
      ({ claim, other }): RuleHit => ({
        start: claim.start,
        end: claim.end,
        params: { attribute: claim.attribute, value: String(claim.value), other: String(other.value) },
        related: [place(other)],
      }),
    );
  },
};
