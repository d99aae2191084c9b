/**
 * A stored alignment as the site serves it (`/alignment/<pair>.json`, one line): each pair as a
 * short array, its two passages as offsets into the two documents' texts, which the site holds once already in their
 * document pages (src/site/text-layout.ts gives them back exactly), plus score, flags (a usual one by its
 * kind alone) and drift item;
 * no section headings. The alignment page of either UI language puts the texts back and renders
 * its rows and the TMX / XLIFF downloads from the result (byte for byte `seckb align`'s). Pure,
 * browser-safe.
 */
import type { AlignedPair, Alignment, Span } from '../align/types.ts';

/** [start, end], or [start, end, text] for a passage that is not a slice of its text (never so in a KB seckb wrote). */
export type SiteSpan = [number, number] | [number, number, string];

type Flag = AlignedPair['flags'][number];

/** A flag: its kind alone when its detail is the usual one for that kind, else the flag whole. */
export type SiteFlag = string | Flag;

/** [source, target, score, flags (omitted when none and no drift item follows), drift item]. */
export type SitePair = [SiteSpan, SiteSpan, number, SiteFlag[]?, string?];

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

export interface SiteAlignment extends Omit<Alignment, 'pairs'> {
  pairs: SitePair[];
}

const siteSpan = (s: Span): SiteSpan => (s.text.length === s.end - s.start ? [s.start, s.end] : [s.start, s.end, s.text]);

export function siteAlignment(a: Alignment): SiteAlignment {
  return {
    source: a.source,
    target: a.target,
    pairs: a.pairs.map((p): SitePair => {
      const pair: SitePair = [siteSpan(p.source), siteSpan(p.target), p.score];
      if (p.flags.length || p.drift) pair.push(p.flags.map(siteFlag));
      if (p.drift) pair.push(p.drift);
      return pair;
    }),
    ...(a.drift ? { drift: a.drift } : {}),
  };
}

const span = ([start, end, text]: SiteSpan, docText: string): Span => ({ start, end, text: text ?? docText.slice(start, end) });

/** The alignment with its passages' texts, from the two documents' texts. */
export function alignmentWithTexts(a: SiteAlignment, sourceText: string, targetText: string): Alignment {
  return {
    ...a,
    pairs: a.pairs.map(([source, target, score, flags = [], drift]) => ({ source: span(source, sourceText), target: span(target, targetText), score, flags: flags.map(flag), ...(drift ? { drift } : {}) })),
  };
}
