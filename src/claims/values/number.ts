/**
 * Numbers in both conventions ("99,95", "thirty", "pięciu", "twelve (12)") and the regular
 * expressions the duration and frequency extractors share, built once per lexicon.
 */
import type { Lexicon } from '../lexicon.ts';

export interface Span {
  start: number;
  end: number;
}

export interface DurationHit extends Span {
  iso: string;
  /** Told as a count of kept backups ("the last 30 nightly backups"): its "nightly" is no frequency of its own. */
  generations?: true;
}

export const UNIT_CODES = ['D', 'W', 'M', 'Y', 'H', 'MIN'] as const;
export type UnitCode = (typeof UNIT_CODES)[number];

const S = '(?<![\\p{L}\\p{N}.,])';

/** A number, optionally repeated in digits as contracts write it: "twelve (12) hours", "dwanaście (12) miesięcy". */
const numberWithDigits = (lex: Lexicon) => `${lex.numberSource}(?:\\s*\\(\\s*\\d+\\s*\\))?`;

/** Each pattern is built from `l` alone, so the lexicon can build it narrowed (src/regex/narrowed.ts). */
export function numberRegexes(lex: Lexicon) {
  return {
    // "30 days", "30-day", "1 to 3 months", "od 7 do 14 dni": a range gives its upper bound;
    // "14 more days", "14 kolejnych dni": a word between number and unit.
    duration: lex.memo('duration', (l) =>
      new RegExp(
        `${S}(?<n>${numberWithDigits(l)})(?:\\s*(?:-|–|${l.source('rangeJoin')})\\s*(?<n2>${numberWithDigits(l)}))?[\\s\\u00a0-]*(?:(?:${l.source('lengthAdjective')})\\s+)?(?:${l.unitSource})`,
        'giu',
      ),
    ),
    // "w ciągu miesiąca": a bare unit after a bound is one of it.
    bare: lex.memo('bare', (l) => new RegExp(`${S}${l.boundBareSource}\\s+(?:${l.unitSource})`, 'giu')),
    every: lex.memo('every', (l) =>
      new RegExp(
        `${S}${l.everySource}\\s+(?:(?:${l.source('approximately')})\\s+)?(?:(?<n>${numberWithDigits(l)})(?:\\s*(?:-|–|${l.source('rangeJoin')})\\s*(?<n2>${numberWithDigits(l)}))?\\s*)?(?:${l.unitSource})`,
        'giu',
      ),
    ),
    times: lex.memo('times', (l) => new RegExp(`${S}(?<n>${numberWithDigits(l)})\\s*${l.timesSource}\\s+(?:${l.unitSource})`, 'giu')),
    // "the last 30 nightly backups", "eight weekly ones", "7 kopii dziennych": a count of the
    // generations kept, one group per unit code as in `duration`.
    generations: lex.memo('generations', (l) =>
      new RegExp(
        `${S}(?<n>${numberWithDigits(l)})\\s+(?:(?<H>${l.source('generationsH')})|(?<D>${l.source('generationsD')})|(?<W>${l.source('generationsW')})|(?<M>${l.source('generationsM')})|(?<Y>${l.source('generationsY')}))`,
        'giu',
      ),
    ),
    // "z trzymiesięcznym wyprzedzeniem": the number is fused with the unit adjective.
    compound: lex.compoundSource ? lex.memo('compound', (l) => new RegExp(`${S}${l.compoundSource}`, 'giu')) : undefined,
  };
}

/** A number written in digits ("99,95") or words ("thirty", "pięciu"). */
export function parseNumber(raw: string, lex: Lexicon): number | undefined {
  // "twelve (12)": the digits decide.
  const t = raw.trim().toLowerCase().replace(/^.*\(\s*(\d+)\s*\)$/s, '$1');
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return lex.numbers[t];
}

export function unitOf(groups: Record<string, string | undefined>): UnitCode | undefined {
  return UNIT_CODES.find((u) => groups[u] !== undefined);
}

export function isoDuration(n: number, unit: UnitCode): string {
  const v = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  if (unit === 'H') return `PT${v}H`;
  if (unit === 'MIN') return `PT${v}M`;
  return `P${v}${unit}`;
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

/** Values said to be replaced ("every 30 minutes instead of every hour", "zamiast co godzinę") are no longer stated. */
export function dropSuperseded<T extends Span>(hits: T[], text: string, lex: Lexicon): T[] {
  const cue = lex.memo('superseded', (l) => new RegExp(`(?:${l.source('supersededCue')})\\s*$`, 'iu'));
  return hits.filter((h) => !cue.test(text.slice(Math.max(0, h.start - 20), h.start)));
}

/** Every match of a global regex, from the start of `text`. */
export function* matchAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}
