/**
 * A stored alignment as the site serves it (`/alignment/<pair>.json`, one line), its passages as
 * offsets into the two documents' texts, which the site holds once already in their document
 * pages (src/site/text-layout.ts gives them back exactly). The pairs are columns: every pair's
 * two spans packed into one string (src/search/packed.ts: per side the gap from the previous
 * pair's end, zigzagged, and the length), the scores x 1000 packed likewise, and the few pairs
 * with flags (a usual one by its kind alone) or a drift item listed by index; drift items' spans
 * are offsets too. No section headings. The alignment page of either UI language puts the texts
 * back (alignmentWithTexts gives the KB record exactly) and renders its rows and the TMX / XLIFF
 * downloads from it (byte for byte `seckb align`'s). Pure, browser-safe.
 */
import type { AlignedPair, Alignment, DriftItem, Span } from '../align/types.ts';
import { packInts, unpackInts, unzigzag, zigzag } from '../search/packed.ts';

type Flag = AlignedPair['flags'][number];

/** A flag: its kind alone when its detail is the usual one for that kind, else the flag whole. */
export type SiteFlag = string | Flag;

/** [start, end] of a span. */
type Offsets = [number, number];

export interface SiteAlignment extends Omit<Alignment, 'pairs' | 'drift'> {
  /** Per pair, source then target: start - the side's previous end and the length (zigzag: the
   * aligner writes an empty span's end before its start at times); packed. */
  spans: string;
  /** Scores x 1000, packed; the scores themselves when one has more than three decimals. */
  scores: string | number[];
  /** [pair index, flags, drift item id?] of the pairs with flags or a drift item. */
  marked?: Array<[number, SiteFlag[], string?]>;
  /** A passage that is not a slice of its text, by `<pair index>s` / `<pair index>t` (never so in a KB seckb wrote). */
  texts?: Record<string, string>;
  /** Drift items with their spans as offsets (whole when not a slice of their text). */
  drift?: Array<Omit<DriftItem, 'source' | 'target'> & { source: Offsets | Span; target: Offsets | Span }>;
}

/**
 * Details the aligner gives every flag of these kinds (src/align/flags.ts): some 1,600 of the
 * 1,700 flags of a 2,000-document KB, written once here instead of in every alignment file. A flag
 * with another detail is stored whole, so the record comes back exactly either way.
 */
const USUAL_DETAIL: Readonly<Record<string, string>> = {
  'missing-in-target': 'no counterpart in the target',
  'missing-in-source': 'no counterpart in the source',
};

const siteFlag = (f: Flag): SiteFlag => (USUAL_DETAIL[f.kind] === f.detail && Object.keys(f).length === 2 ? f.kind : f);
const flag = (f: SiteFlag): Flag => (typeof f === 'string' ? { kind: f, detail: USUAL_DETAIL[f] ?? '' } : f) as Flag;
const isSlice = (s: Span): boolean => s.text.length === s.end - s.start;
const offsets = (s: Span): Offsets | Span => (isSlice(s) ? [s.start, s.end] : s);
const threeDecimals = (n: number): boolean => n >= 0 && Math.round(n * 1000) / 1000 === n;

export function siteAlignment(a: Alignment): SiteAlignment {
  const spans: number[] = [];
  const ends = { s: 0, t: 0 };
  const marked: NonNullable<SiteAlignment['marked']> = [];
  const texts: Record<string, string> = {};
  a.pairs.forEach((p, i) => {
    for (const [side, span] of [['s', p.source], ['t', p.target]] as const) {
      spans.push(zigzag(span.start - ends[side]), zigzag(span.end - span.start));
      ends[side] = span.end;
      if (!isSlice(span)) texts[`${i}${side}`] = span.text;
    }
    if (p.flags.length || p.drift) marked.push(p.drift ? [i, p.flags.map(siteFlag), p.drift] : [i, p.flags.map(siteFlag)]);
  });
  const scores = a.pairs.map((p) => p.score);
  return {
    source: a.source,
    target: a.target,
    spans: packInts(spans),
    scores: scores.every(threeDecimals) ? packInts(scores.map((s) => Math.round(s * 1000))) : scores,
    ...(marked.length ? { marked } : {}),
    ...(Object.keys(texts).length ? { texts } : {}),
    ...(a.drift ? { drift: a.drift.map((d) => ({ ...d, source: offsets(d.source), target: offsets(d.target) })) } : {}),
  };
}

/** The alignment with its passages' texts, from the two documents' texts: the KB record exactly. */
export function alignmentWithTexts(a: SiteAlignment, sourceText: string, targetText: string): Alignment {
  const { spans: packedSpans, scores: packedScores, marked = [], texts = {}, drift, ...refs } = a;
  const spans = unpackInts(packedSpans);
  const scores = typeof packedScores === 'string' ? unpackInts(packedScores).map((s) => s / 1000) : packedScores;
  const marks = new Map(marked.map(([i, flags, item]) => [i, { flags, item }]));
  const ends = { s: 0, t: 0 };
  const span = (i: number, k: number, side: 's' | 't', text: string): Span => {
    const start = ends[side] + unzigzag(spans[k]!);
    const end = start + unzigzag(spans[k + 1]!);
    ends[side] = end;
    return { start, end, text: texts[`${i}${side}`] ?? text.slice(start, end) };
  };
  const pairs = scores.map((score, i): AlignedPair => {
    const source = span(i, 4 * i, 's', sourceText);
    const target = span(i, 4 * i + 2, 't', targetText);
    const m = marks.get(i);
    return { source, target, score, flags: (m?.flags ?? []).map(flag), ...(m?.item ? { drift: m.item } : {}) };
  });
  const slice = (s: Offsets | Span, text: string): Span => (Array.isArray(s) ? { start: s[0], end: s[1], text: text.slice(s[0], s[1]) } : s);
  return {
    ...refs,
    pairs,
    ...(drift ? { drift: drift.map((d): DriftItem => ({ ...d, source: slice(d.source, sourceText), target: slice(d.target, targetText) })) } : {}),
  };
}
