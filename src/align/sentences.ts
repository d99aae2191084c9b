/**
 * Sentence alignment inside one section pair: dynamic programming over 1-0, 0-1, 1-1, 1-2, 2-1
 * and 2-2 beads (Gale & Church 1993), each bead's cost = a prior for its shape + the length cost
 * + a lexical cost from dictionary/number/name overlap ({@link similarity}).
 */
import { coverage, similarity, type Unit } from './features.ts';
import { lengthCost, lengthProbability } from './gale-church.ts';

export interface Bead {
  source: Unit[];
  target: Unit[];
  /** Evidence overlap 0..1, undefined when neither side has evidence. */
  similarity?: number;
  /** Gale-Church length probability 0..1. */
  lengthProbability: number;
}

/**
 * Costs, measured on tests/align/fixtures: a skip (1-0 / 0-1) must cost more than a plausible
 * pair but less than a pair with no shared evidence at all.
 */
export const COSTS = {
  skip: 5,
  shape: { '1-1': 0, '1-2': 2.2, '2-1': 2.2, '2-2': 3.5 } as Record<string, number>,
  /** Multiplies (1 - similarity). */
  lexical: 7,
  /** Used instead of similarity when neither side carries evidence. */
  neutralSimilarity: 0.45,
  /** A 1-1 pair whose sides each carry evidence but share less than this is split in two. */
  splitBelow: 0.2,
  /**
   * Added to a 2-1 / 1-2 / 2-2 bead for each of its sentences that names at least `orphanEvidence`
   * things but finds less than `orphanCoverage` of them on the other side: merging an unrelated
   * sentence into a pair must cost what leaving it unpaired does.
   */
  orphan: 5,
  orphanEvidence: 2,
  orphanCoverage: 0.34,
};

const BAND_ABOVE = 40_000;
const BAND_WIDTH = 40;

const SHAPES: Array<[number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];

function chars(units: Unit[]): number {
  return units.reduce((n, u) => n + u.text.length, 0);
}

function hasHeading(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (units[k].heading) return true;
  return false;
}

function beadCost(src: Unit[], tgt: Unit[], ratio: number): number {
  if (src.length === 0 || tgt.length === 0) return COSTS.skip;
  const sim = similarity(src, tgt) ?? COSTS.neutralSimilarity;
  // Lexical cost per sentence covered, so a 2-2 bead cannot undercut two good 1-1 beads.
  const size = (src.length + tgt.length) / 2;
  const orphans = src.length + tgt.length > 2 ? orphansIn(src, tgt) + orphansIn(tgt, src) : 0;
  return COSTS.shape[`${src.length}-${tgt.length}`] + lengthCost(chars(src), chars(tgt), ratio) + COSTS.lexical * size * (1 - sim) + COSTS.orphan * orphans;
}

/** Sentences of a merged side that say something of their own and share nothing with the other side. */
function orphansIn(side: Unit[], other: Unit[]): number {
  if (side.length < 2) return 0;
  return side.filter((u) => evidenceCount(u) >= COSTS.orphanEvidence && (coverage(u, other) ?? 1) < COSTS.orphanCoverage).length;
}

export function evidenceCount(u: Unit): number {
  return u.concepts.length + u.cognates.length + u.entities.known.length + u.entities.names.length;
}

/** Aligns two unit lists; `ratio` is expected target length / source length. */
export function alignUnits(source: Unit[], target: Unit[], ratio: number): Bead[] {
  const n = source.length;
  const m = target.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back: Array<Array<[number, number] | undefined>> = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(undefined));
  cost[0][0] = 0;
  // Long sections without headings: search only a band around the diagonal (quadratic otherwise).
  const band = n * m > BAND_ABOVE ? BAND_WIDTH + Math.abs(n - m) : Infinity;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      if (band !== Infinity && Math.abs(j - (i * m) / Math.max(n, 1)) > band) continue;
      for (const [di, dj] of SHAPES) {
        if (di > i || dj > j) continue;
        // A heading pairs alone: "Single Sign-On" + its first sentence is never one passage.
        if (di + dj > 2 && (hasHeading(source, i - di, i) || hasHeading(target, j - dj, j))) continue;
        const prev = cost[i - di][j - dj];
        if (prev === Infinity) continue;
        const c = prev + beadCost(source.slice(i - di, i), target.slice(j - dj, j), ratio);
        // Strict "<" with a fixed shape order keeps ties deterministic.
        if (c < cost[i][j] - 1e-9) {
          cost[i][j] = c;
          back[i][j] = [di, dj];
        }
      }
    }
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = back[i][j]!;
    const src = source.slice(i - di, i);
    const tgt = target.slice(j - dj, j);
    beads.push(...splitWeak(makeBead(src, tgt, ratio), ratio, n > 1 && m > 1).reverse());
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

function makeBead(source: Unit[], target: Unit[], ratio: number): Bead {
  const bead: Bead = { source, target, lengthProbability: lengthProbability(chars(source), chars(target), ratio) };
  if (source.length && target.length) bead.similarity = similarity(source, target);
  return bead;
}

/** An omission next to an addition looks like a bad 1-1 pair; with evidence that disagrees, split it. */
function splitWeak(bead: Bead, ratio: number, withBody: boolean): Bead[] {
  const { source, target } = bead;
  if (source.length !== 1 || target.length !== 1 || bead.similarity === undefined) return [bead];
  // Two headings of a matched section pair name the same section, whatever words they use: the
  // sections' bodies are the evidence (a lone heading has none).
  if (withBody && source[0].heading && target[0].heading) return [bead];
  if (bead.similarity >= COSTS.splitBelow) return [bead];
  if (evidenceCount(source[0]) < 2 || evidenceCount(target[0]) < 2) return [bead];
  return [makeBead(source, [], ratio), makeBead([], target, ratio)];
}
