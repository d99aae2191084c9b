/**
 * Lengths of time as ISO 8601 durations: "at most 14 days", "no later than 1 month", "w ciągu
 * 30 dni" (the bound), "thirty (30) days", "half an hour", "z trzymiesięcznym wyprzedzeniem".
 */
import type { Lexicon } from '../lexicon.ts';
import { clauses, has, hits, isNegated, lastSentence, type Segment, type UnitContext } from '../context.ts';
import { dropOverlaps, dropSuperseded, isoDuration, matchAll, numberRegexes, parseNumber, unitOf, type DurationHit } from './number.ts';
import { findFrequencies } from './frequency.ts';
import type { Extracted, Extractor, ValueSpec } from './types.ts';
import { least } from '../../lists.ts';
import { excepted, included } from '../except.ts';
import { addLengths, countsOnAt, openerEnd } from './steps.ts';
import { isExample } from './example.ts';
import { isReadingTime } from './reading-time.ts';
import { listedGenerations } from './listed-generations.ts';

export function findDurations(text: string, lex: Lexicon): DurationHit[] {
  const { duration, bare, compound, generations } = numberRegexes(lex);
  const out: DurationHit[] = [];
  for (const re of [duration, bare]) {
    for (const m of matchAll(re, text)) {
      const g = m.groups ?? {};
      const unit = unitOf(g);
      if (!unit) continue;
      const n = g.n2 !== undefined ? parseNumber(g.n2, lex) : g.n !== undefined ? parseNumber(g.n, lex) : 1;
      if (n === undefined || n <= 0) continue;
      out.push({ start: m.index, end: m.index + m[0].length, iso: isoDuration(n, unit) });
    }
  }
  if (compound) {
    for (const m of matchAll(compound, text)) {
      const g = m.groups ?? {};
      const unit = unitOf(g);
      const n = lex.compoundNumbers[(g.c ?? '').toLowerCase()];
      if (unit && n) out.push({ start: m.index, end: m.index + m[0].length, iso: isoDuration(n, unit) });
    }
  }
  // "We keep the last 30 nightly backups": the oldest kept is 30 days old. One in words ("a daily
  // backup is kept for 30 days") names a kind of backup; in digits it is a rung ("2 daily, 1 weekly").
  for (const m of matchAll(generations, text)) {
    const unit = unitOf(m.groups ?? {});
    const n = parseNumber(m.groups?.n ?? '', lex);
    if (unit && n !== undefined && Number.isInteger(n) && (n > 1 || m.groups?.n === '1')) out.push({ start: m.index, end: m.index + m[0].length, iso: isoDuration(n, unit), generations: true });
  }
  // "4 tygodniowe" in a ladder is four weekly copies, not the length "4 tygodni" inside it.
  const listed = listedGenerations(text, out.filter((d) => d.generations), lex);
  if (listed.length > 0) out.splice(0, out.length, ...out.filter((d) => !listed.some((l) => d.start < l.end && l.start < d.end)), ...listed);
  // "complete by day 45" in a timeline counted from one moment: 45 days from it.
  const dayBound = lex.memo('dayBound', (l) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${l.source('dayBound')})\\s+(?<n>\\d{1,4})(?![\\p{N}.,]\\d)`, 'giu'));
  for (const m of matchAll(dayBound, text)) out.push({ start: m.index, end: m.index + m[0].length, iso: `P${Number(m.groups!.n)}D` });
  // "half an hour", "pół roku": idioms win over the "an hour" inside them (longer hit).
  for (const [iso, re] of lex.idioms) {
    for (const m of matchAll(re, text)) out.push({ start: m.index, end: m.index + m[0].length, iso });
  }
  return dropSuperseded(dropOverlaps(out), text, lex);
}

/** Durations that are not part of a frequency ("every 12 hours" is how often, not how long), examples nor a page's reading time. */
export function plainDurations(text: string, lex: Lexicon): DurationHit[] {
  const freq = findFrequencies(text, lex);
  // "several times a day", "kilka razy dziennie": a pace without a count is no length either.
  const noPace = [...matchAll(lex.frequencyExclusions, text)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inside = (d: DurationHit, spans: Array<{ start: number; end: number }>) => spans.some((f) => d.start < f.end && f.start < d.end);
  return findDurations(text, lex).filter((d) => (d.generations || !inside(d, freq)) && !inside(d, noPace) && !isExample(text, d, lex) && !isReadingTime(text, d, lex));
}

/** "After those 14 days, we delete it within 30 days": a length inside the opener names the period before, not the bound. */
const namesPeriodBefore = (seg: Segment, d: DurationHit, spec: ValueSpec, ctx: UnitContext) =>
  spec.since !== undefined && openerEnd(ctx.text, seg.offset + d.start, spec.since, ctx.lex) >= seg.offset + d.end;

const countsOn = (seg: Segment, d: { start: number; end: number }, spec: ValueSpec, ctx: UnitContext) =>
  countsOnAt(ctx.text, { start: seg.offset + d.start, end: seg.offset + d.end }, spec.since, ctx.lex);

/**
 * "export for 30 days, then deletion within a further 60 days": a length that counts on adds to
 * the one before it (in the unit, else the last of the sentence before), which may count on in
 * turn ("Once the 30-day grace period ends, we delete within 14 days. Backups follow within 35
 * days after that": 79 days), so the bound counts from the same moment.
 */
function chained(text: string, d: DurationHit, before: string, spec: ValueSpec, lex: Lexicon, depth = 0): string {
  if (depth > 3 || !countsOnAt(text, d, spec.since, lex)) return d.iso;
  const earlier = plainDurations(text, lex).filter((x) => x.end <= d.start).at(-1);
  if (earlier) return addLengths(chained(text, earlier, before, spec, lex, depth + 1), d.iso) ?? d.iso;
  const prev = lastSentence(before);
  const p = prev === undefined ? undefined : plainDurations(prev, lex).at(-1);
  if (prev === undefined || !p) return d.iso;
  return addLengths(chained(prev, p, before.slice(0, before.lastIndexOf(prev)), spec, lex, depth + 1), d.iso) ?? d.iso;
}

const furtherSum = (seg: Segment, d: DurationHit, spec: ValueSpec, ctx: UnitContext): string =>
  chained(ctx.text, { ...d, start: seg.offset + d.start, end: seg.offset + d.end }, ctx.before, spec, ctx.lex);

/**
 * "daily backups for 14 days and monthly backups for six months": each length with the type cue
 * nearest before it (else after it); undefined when the cues do not tell them apart.
 */
function pairedLengths(seg: Segment, all: DurationHit[], spec: ValueSpec, ctx: UnitContext): Extracted[] | undefined {
  // A cue after an exception word ("except backups") names what the length is not about; one after
  // an inclusion ("including backups") what the same length covers as well.
  const found = Object.entries(spec.map!).flatMap(([type, concept]) => hits(ctx.lex, concept, seg.text).filter((h) => !excepted(ctx.lex, seg.text, h) && !included(ctx.lex, seg.text, h)).map((h) => ({ ...h, type })));
  // "30 days for nightly backups, 12 months for the first backup of each month": a cue bound to
  // the length before it (`boundBy`) is that length's alone.
  const binder = spec.boundBy && ctx.lex.memo(`boundBy:${spec.boundBy}`, (l) => new RegExp(`^\\s*(?:${l.source(spec.boundBy!)})(?:\\s+[\\p{L}-]+){0,4}\\s*$`, 'iu'));
  const boundTo = (c: { start: number }) => (binder ? all.findIndex((d) => d.end <= c.start && binder.test(seg.text.slice(d.end, c.start))) : -1);
  const cues = found.map((c) => ({ ...c, owner: boundTo(c) }));
  const typed = all.map((d, i) => {
    const lo = i > 0 ? all[i - 1].end : 0;
    const hi = all[i + 1]?.start ?? seg.text.length;
    // A cue after a length is its own only when the next length has no cue before it
    // ("deleted within 30 days, and from backups after a further 60 days": backups go with 60).
    const nextOwns = i + 1 < all.length && cues.some((c) => c.start >= d.end && c.end <= all[i + 1].start && c.owner !== i);
    // "fourteen daily backups": a cue inside a count of generations is that length's own.
    const type =
      cues.find((c) => c.start >= d.start && c.end <= d.end)?.type ??
      cues.find((c) => c.owner === i && c.end <= hi)?.type ??
      cues.filter((c) => c.start >= lo && c.end <= d.start && c.owner < 0).at(-1)?.type ??
      (nextOwns ? undefined : cues.find((c) => c.start >= d.end && c.end <= hi)?.type);
    return { d, type };
  });
  if (spec.rest && typed.some((t) => t.type) && typed.some((t) => !t.type)) for (const t of typed) t.type ??= spec.rest;
  if (new Set(typed.map((t) => t.type ?? '')).size <= 1) return undefined;
  // "stays read-only for 30 days ... we then delete it within a further 30 days": a length the next
  // one of its kind counts on from is a step of that one's bound, no bound of its own.
  const stepOfNext = (i: number) => i + 1 < typed.length && typed[i + 1].type === typed[i].type && countsOn(seg, typed[i + 1].d, spec, ctx);
  return typed
    .filter(({ d }, i) => !ownClock(seg, d, spec, ctx) && !stepOfNext(i))
    .map(({ d, type }) => ({ value: furtherSum(seg, d, spec, ctx), qualifiers: type ? { [spec.pair!]: type } : {} }));
}

/**
 * "hands over an export within 14 days, then deletes the data within 60 days": the length next
 * to the `near` concept (after it first) is the one the rule is about.
 */
function nearest(seg: Segment, all: DurationHit[], concept: string, ctx: UnitContext): DurationHit | undefined {
  const anchors = hits(ctx.lex, concept, seg.text);
  if (anchors.length === 0) return undefined;
  const dist = (d: DurationHit) => least(anchors.map((a) => (d.start >= a.end ? d.start - a.end : (a.start - d.end) * 3 + 1)));
  return [...all].sort((a, b) => dist(a) - dist(b) || a.start - b.start)[0];
}

/**
 * "... from backups it disappears when they expire, i.e. after 14 days": a length right after
 * `spec.notAfter` runs on a clock of its own (the backup's retention), so it bounds nothing counted
 * from the rule's moment, unless it counts on from the length before it.
 */
function ownClock(seg: Segment, d: DurationHit, spec: ValueSpec, ctx: UnitContext): boolean {
  if (!spec.notAfter) return false;
  const lead = seg.text.slice(Math.max(0, d.start - 120), d.start);
  const h = hits(ctx.lex, spec.notAfter, lead).at(-1);
  if (!h) return false;
  // At most four words between, and none of them a deletion of its own ("as they expire. Data is deleted within 30 days").
  const between = lead.slice(h.end);
  return /^\p{L}*[^;\p{L}]{0,12}(?:\p{L}+[^;\p{L}]{1,3}){0,4}$/u.test(between) && !has(ctx.lex, 'delete', between) && !countsOn(seg, d, spec, ctx);
}

/** Concepts that name a figure of their own: a recovery objective, or how long a restore takes. */
const OBJECTIVES = ['rtoWord', 'rpoWord', 'restoreTakes'];

/**
 * "stored for 21 days, which gives an RPO of 24 hours", "odtworzenie trwa do 3 dni": a length a few
 * words after a recovery objective or a restore is that figure, no other rule's; a keeping word
 * between makes it a keeping's ("our RPO and are kept for 30 days"), even for the objective's own rule (`near`).
 */
function objectiveFigure(seg: Segment, d: DurationHit, spec: ValueSpec, ctx: UnitContext): boolean {
  const lead = seg.text.slice(Math.max(0, d.start - 80), d.start);
  const cue = OBJECTIVES.flatMap((concept) => hits(ctx.lex, concept, lead).map((h) => ({ end: h.end, concept }))).sort((a, b) => a.end - b.end).at(-1);
  if (!cue) return false;
  const between = lead.slice(cue.end);
  const kept = has(ctx.lex, 'retention', between);
  // The objective's own rule leaves only a length told as a keeping ("our RPO and are kept for 30 days").
  if (cue.concept === spec.near) return kept;
  return !kept && !/[.;]/.test(between) && between.split(/\s+/).filter(Boolean).length <= 6;
}

export const duration: Extractor = (seg, spec, ctx) => {
  let from = 0;
  if (spec.after) {
    const h = hits(ctx.lex, spec.after, seg.text)[0];
    if (!h) return [];
    from = h.end;
  }
  const found = plainDurations(seg.text, ctx.lex).filter((x) => x.start >= from && !objectiveFigure(seg, x, spec, ctx));
  const counted = found.filter((d) => !namesPeriodBefore(seg, d, spec, ctx));
  const all = counted.length > 0 ? counted : found;
  if (all.length === 0) return [];
  if (spec.pair && spec.map && all.length > 1) {
    const paired = pairedLengths(seg, all, spec, ctx);
    if (paired) return paired;
  }
  const own = all.filter((d) => !ownClock(seg, d, spec, ctx));
  if (own.length === 0) return [];
  const best = (spec.near && nearest(seg, own, spec.near, ctx)) || own[0];
  return [{ value: furtherSum(seg, best, spec, ctx) }];
};

/** A length, or `spec.negated` when the anchor is denied ("backups are not actively deleted"). */
export const durationOrNegated: Extractor = (seg, spec, ctx) => {
  // "deleted within 30 days, and from backups after a further 42": the further length is the backups' own;
  // "deleted, including backups, within 30 days" has one length for both, none of the backups' own.
  const from = spec.after ? hits(ctx.lex, spec.after, seg.text).filter((h) => !included(ctx.lex, seg.text, h))[0]?.end : 0;
  if (from === undefined) return [];
  const all = plainDurations(seg.text, ctx.lex).filter((x) => x.start >= from);
  // A denial beside a length is a delay ("not deleted at once but within 30 days"), not a refusal.
  if (spec.lengths === false && all.length > 0) return [];
  // Near its anchor a length after it wins ("erased within 7 days; backup copies age out within 30 days").
  const anchor = spec.near ? hits(ctx.lex, spec.near, seg.text)[0] : undefined;
  // Before its anchor only a length of the same clause counts: "we delete it within 30 days; the
  // backups that hold it expire [later]" says nothing of how long the backups take.
  const sameClause = (x: DurationHit) => !anchor || clauses(seg.text, ctx.lex).some((c) => c.offset <= x.start && anchor.end <= c.offset + c.text.length);
  // A further length before the anchor is the step before the backups' ("we then delete it within a
  // further 30 days, and the backups expire 35 days after that"): only one after it is theirs.
  const d =
    all.find((x) => (!anchor || x.start >= anchor.end) && has(ctx.lex, 'furtherWord', seg.text.slice(Math.max(0, x.start - 25), x.start))) ??
    (anchor ? all.find((x) => x.start >= anchor.end) ?? nearest(seg, all.filter(sameClause), spec.near!, ctx) : all[0]);
  if (d) return [{ value: d.iso }];
  if (!spec.negated || !spec.anchor) return [];
  // Only a denied passive ("are not actively deleted") counts; "an outage cannot destroy" does not.
  const passive = spec.negation ? new RegExp(`${ctx.lex.concept(spec.negation).source}\\s*$`, 'iu') : undefined;
  const negated = hits(ctx.lex, spec.anchor ?? '', seg.text).some((h) =>
    passive ? passive.test(seg.text.slice(Math.max(0, h.start - 60), h.start)) : isNegated(ctx.lex, seg.text, h),
  );
  return negated ? [{ value: spec.negated }] : [];
};

/**
 * A length, or `asap` ("without undue delay", "niezwłocznie"). With `notAfter`: a length after a
 * notice told as done ("We notified customers within 20 hours, in line with our commitment to notify
 * within 24 hours") is what happened, not the commitment, unless a notice verb stands between.
 */
export const durationOrAsap: Extractor = (seg, spec, ctx) => {
  const done = (x: DurationHit) => {
    if (!spec.notAfter) return false;
    const lead = seg.text.slice(Math.max(0, x.start - 100), x.start);
    const past = hits(ctx.lex, spec.notAfter, lead).at(-1);
    return past !== undefined && !hits(ctx.lex, 'notify', lead.slice(past.end)).length;
  };
  const d = plainDurations(seg.text, ctx.lex).filter((x) => !done(x))[0];
  if (d) return [{ value: d.iso }];
  return has(ctx.lex, 'asap', seg.text) ? [{ value: 'asap' }] : [];
};
