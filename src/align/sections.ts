/**
 * Section matching: headings are hard boundaries. Sections are paired monotonically by dynamic
 * programming on heading numbers, translated heading words, shared evidence in their bodies and
 * relative position; a section without a counterpart is skipped whole.
 */
import { similarity, type Unit } from './features.ts';
import type { SectionRef } from './types.ts';

export interface SectionUnits {
  ref?: SectionRef;
  /** The unit holding the heading, if any. */
  heading?: Unit;
  units: Unit[];
}

/** Weights measured on tests/align/fixtures; `threshold` is what a pair must beat to be kept. */
export const SECTION_WEIGHTS = {
  sameNumber: 2,
  otherNumber: -1,
  heading: 2,
  body: 4,
  position: 3,
  neutral: 0.3,
  threshold: 1.2,
};

function position(index: number, count: number): number {
  return count <= 1 ? 0 : index / (count - 1);
}

function score(a: SectionUnits, ai: number, an: number, b: SectionUnits, bi: number, bn: number): number {
  const w = SECTION_WEIGHTS;
  // The text before the first heading pairs only with its like.
  if (!a.ref !== !b.ref) return -Infinity;
  if (!a.ref && !b.ref) return 10;
  let s = 0;
  if (a.ref?.number && b.ref?.number) s += a.ref.number === b.ref.number ? w.sameNumber : w.otherNumber;
  const head = a.heading && b.heading ? similarity([a.heading], [b.heading]) : undefined;
  s += w.heading * (head ?? w.neutral);
  s += w.body * (similarity(a.units, b.units) ?? w.neutral);
  s -= w.position * Math.abs(position(ai, an) - position(bi, bn));
  return s;
}

/** Pairs of sections in document order; one side undefined for a section with no counterpart. */
export function matchSections(a: SectionUnits[], b: SectionUnits[]): Array<[SectionUnits | undefined, SectionUnits | undefined]> {
  const n = a.length;
  const m = b.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const back: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  best[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i > 0 && best[i - 1][j] > best[i][j]) {
        best[i][j] = best[i - 1][j];
        back[i][j] = 1;
      }
      if (j > 0 && best[i][j - 1] > best[i][j]) {
        best[i][j] = best[i][j - 1];
        back[i][j] = 2;
      }
      if (i > 0 && j > 0) {
        const gain = score(a[i - 1], i - 1, n, b[j - 1], j - 1, m) - SECTION_WEIGHTS.threshold;
        if (best[i - 1][j - 1] + gain > best[i][j] + 1e-9) {
          best[i][j] = best[i - 1][j - 1] + gain;
          back[i][j] = 3;
        }
      }
    }
  }
  const pairs: Array<[SectionUnits | undefined, SectionUnits | undefined]> = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const move = back[i][j];
    if (move === 3) pairs.push([a[--i], b[--j]]);
    else if (move === 1) pairs.push([a[--i], undefined]);
    else pairs.push([undefined, b[--j]]);
  }
  return pairs.reverse();
}
