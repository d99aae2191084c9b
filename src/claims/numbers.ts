/**
 * Numbers, durations and frequencies in both conventions ("99,95%", "99.95 %", "30 dni",
 * "thirty days", "4 times a year", "daily", "codziennie"), as ISO 8601 durations (claims.md).
 */
import type { Lexicon } from './lexicon.ts';

export interface Span {
  start: number;
  end: number;
}

export interface DurationHit extends Span {
  iso: string;
}

const UNIT_CODES = ['D', 'W', 'M', 'Y', 'H', 'MIN'] as const;
type UnitCode = (typeof UNIT_CODES)[number];

const cache = new WeakMap<Lexicon, { duration: RegExp; bare: RegExp; every: RegExp; times: RegExp; number: RegExp; compound?: RegExp }>();

function regexes(lex: Lexicon) {
  let r = cache.get(lex);
  if (!r) {
    const S = '(?<![\\p{L}\\p{N}.,])';
    // Contract style repeats a number in digits: "twelve (12) hours", "dwanaście (12) miesięcy".
    const num = `${lex.numberSource}(?:\\s*\\(\\s*\\d+\\s*\\))?`;
    r = {
      // "30 days", "30-day", "1 to 3 months", "od 7 do 14 dni": a range gives its upper bound.
      duration: new RegExp(
        `${S}(?<n>${num})(?:\\s*(?:-|–|to|do|or|lub|and|i)\\s*(?<n2>${num}))?[\\s\\u00a0-]*(?:${lex.unitSource})`,
        'giu',
      ),
      // "w ciągu miesiąca": a bare unit after a bound is one of it.
      bare: new RegExp(`${S}${lex.boundBareSource}\\s+(?:${lex.unitSource})`, 'giu'),
      every: new RegExp(
        `${S}${lex.everySource}\\s+(?:(?:about|approximately|around|około|ok\\.)\\s+)?(?:(?<n>${num})\\s*)?(?:${lex.unitSource})`,
        'giu',
      ),
      times: new RegExp(`${S}(?<n>${num})\\s*${lex.timesSource}\\s+(?:${lex.unitSource})`, 'giu'),
      number: new RegExp(`^(?:${num})$`, 'iu'),
      // "z trzymiesięcznym wyprzedzeniem": the number is fused with the unit adjective.
      compound: lex.compoundSource ? new RegExp(`${S}${lex.compoundSource}`, 'giu') : undefined,
    };
    cache.set(lex, r);
  }
  return r;
}

/** A number written in digits ("99,95") or words ("thirty", "pięciu"). */
export function parseNumber(raw: string, lex: Lexicon): number | undefined {
  // "twelve (12)": the digits decide.
  const t = raw.trim().toLowerCase().replace(/^.*\(\s*(\d+)\s*\)$/s, '$1');
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return lex.numbers[t];
}

function unitOf(groups: Record<string, string | undefined>): UnitCode | undefined {
  return UNIT_CODES.find((u) => groups[u] !== undefined);
}

export function isoDuration(n: number, unit: UnitCode): string {
  const v = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  if (unit === 'H') return `PT${v}H`;
  if (unit === 'MIN') return `PT${v}M`;
  return `P${v}${unit}`;
}

/** Plain durations ("at most 14 days", "no later than 1 month", "w ciągu 30 dni" -> the bound). */
export function findDurations(text: string, lex: Lexicon): DurationHit[] {
  const { duration, bare } = regexes(lex);
  const out: DurationHit[] = [];
  for (const re of [duration, bare]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups ?? {};
      const unit = unitOf(g);
      if (!unit) continue;
      const n = g.n2 !== undefined ? parseNumber(g.n2, lex) : g.n !== undefined ? parseNumber(g.n, lex) : 1;
      if (n === undefined || n <= 0) continue;
      out.push({ start: m.index, end: m.index + m[0].length, iso: isoDuration(n, unit) });
    }
  }
  const { compound } = regexes(lex);
  if (compound) {
    compound.lastIndex = 0;
    for (let m = compound.exec(text); m; m = compound.exec(text)) {
      const g = m.groups ?? {};
      const unit = unitOf(g);
      const n = lex.compoundNumbers[(g.c ?? '').toLowerCase()];
      if (unit && n) out.push({ start: m.index, end: m.index + m[0].length, iso: isoDuration(n, unit) });
    }
  }
  // "half an hour", "pół roku": idioms win over the "an hour" inside them (longer hit).
  for (const [iso, re] of lex.idioms) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, iso });
  }
  return dropOverlaps(out);
}

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

const ADJECTIVE_NUMBER = /\p{N}\s*-\s*$|\p{L}-$/u;

/** How often: "daily", "every 12 hours", "once every week", "4 times a year", "co tydzień". */
export function findFrequencies(text: string, lex: Lexicon): DurationHit[] {
  const { every, times } = regexes(lex);
  const excluded: Span[] = [];
  lex.frequencyExclusions.lastIndex = 0;
  for (let m = lex.frequencyExclusions.exec(text); m; m = lex.frequencyExclusions.exec(text)) {
    excluded.push({ start: m.index, end: m.index + m[0].length });
  }
  const out: DurationHit[] = [];
  every.lastIndex = 0;
  for (let m = every.exec(text); m; m = every.exec(text)) {
    const g = m.groups ?? {};
    const unit = unitOf(g);
    const n = g.n !== undefined ? parseNumber(g.n, lex) : 1;
    if (unit && n) out.push({ start: m.index, end: m.index + m[0].length, iso: isoDuration(n, unit) });
  }
  times.lastIndex = 0;
  for (let m = times.exec(text); m; m = times.exec(text)) {
    const g = m.groups ?? {};
    const unit = unitOf(g);
    const n = g.n !== undefined ? parseNumber(g.n, lex) : undefined;
    const iso = unit && n ? divide(unit, n) : undefined;
    if (iso) out.push({ start: m.index, end: m.index + m[0].length, iso });
  }
  for (const [iso, re] of lex.adverbs) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "3-miesięcznym", "30-day": an adjective of a length, not how often.
      if (ADJECTIVE_NUMBER.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, iso });
    }
  }
  const kept = out.filter((h) => !excluded.some((x) => h.start < x.end && x.start < h.end));
  return dropOverlaps(kept);
}

/** Sorted by start; of overlapping hits the longer wins. */
export function dropOverlaps<T extends Span>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

/** Percentages: "99,95%", "99.95 %", "99.9 percent", "99,9 procent". */
export function findPercents(text: string): Array<Span & { value: number }> {
  const re = /(?<![\p{N}.,])(\d{1,3}(?:[.,]\d{1,4})?)\s?(?:%|percent\b|per cent\b|procent)/giu;
  const out: Array<Span & { value: number }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: Number(m[1].replace(',', '.')) });
  }
  return out;
}

/** The number written just before `pos` ("after 5 failed", "po pięciu nieudanych"). */
export function numberBefore(text: string, pos: number, lex: Lexicon): number | undefined {
  const words = text.slice(Math.max(0, pos - 40), pos).trim().split(/\s+/).slice(-3).reverse();
  for (const w of words) {
    const n = parseNumber(w.replace(/[(),:;]/g, ''), lex);
    if (n !== undefined && Number.isInteger(n) && n > 0 && n < 1000) return n;
  }
  return undefined;
}
