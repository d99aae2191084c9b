/** How often, as ISO 8601 durations: "daily", "every 12 hours", "4 times a year", "co tydzień". */
import type { Lexicon } from '../lexicon.ts';
import { clauseBefore, has, hits } from '../context.ts';
import { dropOverlaps, dropSuperseded, isoDuration, matchAll, numberRegexes, parseNumber, unitOf, type DurationHit, type Span, type UnitCode } from './number.ts';
import type { Extractor } from './types.ts';
import { listedGenerations } from './listed-generations.ts';

/** "N times a year" -> the period, in the largest unit that divides evenly. */
function divide(unit: UnitCode, times: number): string | undefined {
  if (times <= 0) return undefined;
  const ladders: Record<UnitCode, Array<[UnitCode, number]>> = {
    Y: [['M', 12], ['W', 52], ['D', 365]],
    M: [['W', 4], ['D', 30]],
    W: [['D', 7], ['H', 168]],
    D: [['H', 24], ['MIN', 1440]],
    H: [['MIN', 60]],
    MIN: [],
  };
  if (times === 1) return isoDuration(1, unit);
  for (const [sub, count] of ladders[unit]) {
    if (count % times === 0) return isoDuration(count / times, sub);
  }
  return undefined;
}

const intervalRegexes = (lex: Lexicon) => [
  lex.memo('intervalBefore', (l) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${l.source('intervalBefore')})\\s+(?<n>${l.numberSource})[\\s-]*(?:${l.unitSource})`, 'giu')),
  lex.memo('intervalAfter', (l) => new RegExp(`(?<![\\p{L}\\p{N}.,])(?<n>${l.numberSource})[\\s-]*(?:${l.unitSource})\\s+(?:${l.source('intervalAfter')})`, 'giu')),
];

const ADJECTIVE_NUMBER = /\p{N}\s*-\s*$|\p{L}-$/u;

export function findFrequencies(text: string, lex: Lexicon): DurationHit[] {
  const { every, times } = numberRegexes(lex);
  const excluded: Span[] = [...matchAll(lex.frequencyExclusions, text)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const out: DurationHit[] = [];
  for (const m of matchAll(every, text)) {
    const g = m.groups ?? {};
    const unit = unitOf(g);
    // "every 5-10 minutes": at least as often as the longer interval.
    const n = g.n2 !== undefined ? parseNumber(g.n2, lex) : g.n !== undefined ? parseNumber(g.n, lex) : 1;
    if (unit && n) out.push({ start: m.index, end: m.index + m[0].length, iso: isoDuration(n, unit) });
  }
  for (const m of matchAll(times, text)) {
    const g = m.groups ?? {};
    const unit = unitOf(g);
    const n = g.n !== undefined ? parseNumber(g.n, lex) : undefined;
    const iso = unit && n ? divide(unit, n) : undefined;
    if (iso) out.push({ start: m.index, end: m.index + m[0].length, iso });
  }
  // "6 hours apart", "at 4-hour intervals", "w odstępach 12 godzin": the gap between two runs.
  for (const re of intervalRegexes(lex)) {
    for (const m of matchAll(re, text)) {
      const unit = unitOf(m.groups ?? {});
      const n = parseNumber(m.groups?.n ?? '', lex);
      if (unit && n) out.push({ start: m.index, end: m.index + m[0].length, iso: isoDuration(n, unit) });
    }
  }
  for (const [iso, re] of lex.adverbs) {
    for (const m of matchAll(re, text)) {
      // "3-miesięcznym", "30-day": an adjective of a length, not how often.
      if (ADJECTIVE_NUMBER.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, iso });
    }
  }
  return dropSuperseded(dropOverlaps(out.filter((h) => !excluded.some((x) => h.start < x.end && x.start < h.end))), text, lex);
}

/**
 * "a weekly full database backup", "our nightly encrypted snapshots": the pace word opens a noun
 * phrase (after its start, a determiner or a list joint) whose head, a few modifiers on, is a backup.
 */
function kindOfBackup(text: string, f: DurationHit, nouns: string, lex: Lexicon): boolean {
  const head = new RegExp(`^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:${nouns || '(?!)'})`, 'iu');
  const m = head.exec(text.slice(f.end));
  return m !== null && opensPhrase(text, f, lex) && !has(lex, 'kindBreak', m[0]);
}

const opensPhrase = (text: string, f: DurationHit, lex: Lexicon) =>
  lex.memo('kindOpener', (l) => new RegExp(`(?:^|[,;(]|(?<![\\p{L}\\p{N}])(?:${l.source('kindOpener')}))\\s*$`, 'iu')).test(text.slice(Math.max(0, f.start - 30), f.start));

/**
 * "..., tygodniowe przez 2 miesiące", "and weekly ones for 2 months": a pace adjective opening a
 * list item of its own stands for its noun, with its own length next ("taken hourly – 48 are kept" is a pace).
 */
function rungLength(text: string, f: DurationHit, lengthStarts: () => number[], lex: Lexicon): boolean {
  const lead = lex.memo('rungLengthLead', (l) => new RegExp(`^\\s*(?:${l.source('rungLengthLead')})?\\s*$`, 'iu'));
  const next = lengthStarts().find((s) => s >= f.end);
  return next !== undefined && next - f.end <= 16 && lead.test(text.slice(f.end, next)) && opensPhrase(text, f, lex);
}

/** The how-often opens its clause and the words after it, up to the next stop, name another activity. */
function opensOther(text: string, f: DurationHit, concept: string, lex: Lexicon): boolean {
  if (!/^[\s\W\d]*$/u.test(clauseBefore(text, f.start, [',', ';', ':', '.']))) return false;
  const rest = text.slice(f.end).replace(/^[\s,]+/u, '');
  return has(lex, concept, rest.slice(0, Math.max(0, rest.search(/[,;.]/u)) || rest.length).slice(0, 60));
}

/** Where lengths ("2 months", "a year", "rok") start in `text`. */
function plainDurationStarts(text: string, lex: Lexicon): number[] {
  const starts = [...matchAll(numberRegexes(lex).duration, text)].map((m) => m.index);
  for (const [, re] of lex.idioms) for (const m of matchAll(re, text)) starts.push(m.index);
  return starts.sort((a, b) => a - b);
}

/** Counts of kept generations, named ("30 nightly backups") or listed with one ("7 daily, 4 weekly and 12 monthly backups"). */
function countedGenerations(text: string, lex: Lexicon): Span[] {
  const named = [...matchAll(numberRegexes(lex).generations, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, iso: '' }));
  return [...named, ...listedGenerations(text, named, lex)];
}

const TYPE_CUES: Record<string, string> = {
  full: 'typeFull',
  differential: 'typeDifferential',
  incremental: 'typeIncremental',
  files: 'typeFiles',
  database: 'typeDatabase',
};

export const frequency: Extractor = (seg, spec, ctx) => {
  let found = findFrequencies(seg.text, ctx.lex);
  const nouns = (spec.nouns ?? []).map((c) => ctx.lex.concept(c).source).join('|');
  const kept = [spec.adjectiveUnless ?? []].flat().some((c) => has(ctx.lex, c, ctx.text));
  // "the copy of the last day of each month is kept a year", "the first backup of each month":
  // a rung of a retention ladder, not how often a backup is taken.
  const noun = new RegExp(`(?<![\\p{L}\\p{N}])(?:${nouns || '(?!)'})`, 'iu');
  const rungs = spec.rungs ? hits(ctx.lex, spec.rungs, seg.text).filter((r) => kept || noun.test(seg.text.slice(r.start, r.end))) : [];
  found = found.filter((f) => !rungs.some((r) => f.start < r.end && r.start < f.end));
  // "stores 2 daily copies, 1 weekly copy": counted generations are a retention ladder, not paces.
  if (spec.rungs) {
    const counts = countedGenerations(seg.text, ctx.lex);
    found = found.filter((f) => !counts.some((r) => f.start < r.end && r.start < f.end));
  }
  if (kept) {
    // "monthly backups are kept for a year" names a kind of backup, not how often one is taken.
    const after = new RegExp(`^\\s+(?:\\p{L}+\\s+)?(?:${nouns})`, 'iu');
    // Polish puts the adjective after the noun ("kopie miesięczne"); an adverb there ("kopia raz w
    // tygodniu", "kopia codziennie") still tells how often.
    const before = new RegExp(`(?:${nouns})[\\p{L}]*\\s+$`, 'iu');
    const adjective = (f: DurationHit) => !/\s|(?:nie|o)$/iu.test(seg.text.slice(f.start, f.end));
    // The segment's lengths, found once for all its pace words.
    let starts: number[] | undefined;
    const lengthStarts = () => (starts ??= plainDurationStarts(seg.text, ctx.lex));
    found = found.filter(
      (f) =>
        !after.test(seg.text.slice(f.end)) &&
        !(ctx.lex.adjectiveAfterNoun && adjective(f) && before.test(seg.text.slice(Math.max(0, f.start - 40), f.start))) &&
        !(adjective(f) && kindOfBackup(seg.text, f, nouns, ctx.lex)) &&
        !(adjective(f) && rungLength(seg.text, f, lengthStarts, ctx.lex)),
    );
  }
  // "Backup keys are rotated yearly", "backups are taken daily and verified weekly": a how-often
  // after another activity in its clause is that activity's.
  // "Once a month, we check which files belong to a backup": a how-often opening its clause is the
  // activity's after it.
  if (spec.otherActivity) found = found.filter((f) => !has(ctx.lex, spec.otherActivity!, clauseBefore(seg.text, f.start, [',', ';', ':'])) && !opensOther(seg.text, f, spec.otherActivity!, ctx.lex));
  if (found.length === 0) return [];
  if (!spec.pair || found.length === 1) return [{ value: found[0].iso }];
  // "A full backup is taken daily, and transaction logs every 10 minutes": each how-often
  // goes with the nearest type cue.
  const cues = Object.entries(TYPE_CUES).flatMap(([type, concept]) => hits(ctx.lex, concept, seg.text).map((h) => ({ ...h, type })));
  const order = Object.keys(TYPE_CUES);
  // "daily incremental + monthly full": a cue right after a pace word is that pace's own.
  const own = found.map((f) => cues.find((c) => c.start >= f.end && /^[\s-]*$/u.test(seg.text.slice(f.end, c.start))));
  const pick = (from: number, to: number) =>
    cues.filter((c) => c.start >= from && c.end <= to && !own.includes(c)).sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0]?.type;
  return found.map((f, i) => {
    const type = own[i]?.type ?? pick(i > 0 ? found[i - 1].end : 0, f.start) ?? pick(f.end, found[i + 1]?.start ?? seg.text.length);
    return type ? { value: f.iso, qualifiers: { [spec.pair!]: type } } : { value: f.iso };
  });
};
