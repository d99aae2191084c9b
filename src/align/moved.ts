/**
 * Moved passages: the section and sentence aligners are monotonic, so a paragraph or section the
 * translator moved comes out as a run missing on one side and a run missing on the other. Runs
 * that share strong evidence are aligned with each other, wherever they sit; the pair takes the
 * source's place in the output.
 */
import { similarity, type Unit } from './features.ts';
import type { SectionUnits } from './sections.ts';
import { alignUnits, type Bead } from './sentences.ts';
import { append } from '../lists.ts';

export interface PlacedBead {
  bead: Bead;
  sa?: SectionUnits;
  sb?: SectionUnits;
}

/** Measured on tests/align/fixtures/drift (tuned split): what a run pair and each kept pair must reach. */
export const MOVED = { runSimilarity: 0.3, pairSimilarity: 0.3, minEvidence: 3, passes: 3 };

interface Run {
  from: number;
  to: number;
  units: Unit[];
}

function runs(beads: PlacedBead[], side: 'source' | 'target'): Run[] {
  const other = side === 'source' ? 'target' : 'source';
  const found: Run[] = [];
  let current: Run | undefined;
  beads.forEach((p, i) => {
    const oneSided = p.bead[side].length > 0 && p.bead[other].length === 0;
    const skipped = p.bead[side].length === 0 && p.bead[other].length > 0;
    if (oneSided) {
      if (!current) found.push((current = { from: i, to: i, units: [] }));
      current.to = i;
      current.units.push(...p.bead[side]);
    } else if (!skipped) current = undefined; // a two-sided pair ends the run; the other side's gaps do not
  });
  return found;
}

const evidence = (units: Unit[]) =>
  units.reduce((n, u) => n + u.concepts.length + u.cognates.length + u.entities.known.length + u.entities.names.length + u.quantities.length, 0);

/**
 * Re-pairs moved runs; beads keep source order. A moved section can hold a moved paragraph of its
 * own, which only shows once the section is paired: hence a few passes.
 */
export function rescueMoved(beads: PlacedBead[], ratio: number): PlacedBead[] {
  let current = beads;
  for (let pass = 0; pass < MOVED.passes; pass++) {
    const next = rescueOnce(current, ratio);
    if (next === current) break;
    current = next;
  }
  return current;
}

function rescueOnce(beads: PlacedBead[], ratio: number): PlacedBead[] {
  const sources = runs(beads, 'source');
  const targets = runs(beads, 'target');
  if (!sources.length || !targets.length) return beads;
  const candidates: Array<{ s: Run; t: Run; sim: number }> = [];
  for (const s of sources) {
    for (const t of targets) {
      if (evidence(s.units) < MOVED.minEvidence || evidence(t.units) < MOVED.minEvidence) continue;
      const sim = similarity(s.units, t.units) ?? 0;
      if (sim >= MOVED.runSimilarity) candidates.push({ s, t, sim });
    }
  }
  // Best first; ties by position so the result does not depend on iteration order.
  candidates.sort((x, y) => y.sim - x.sim || x.s.from - y.s.from || x.t.from - y.t.from);
  const replace = new Map<number, PlacedBead[]>();
  const drop = new Set<number>();
  const used = new Set<Run>();
  for (const { s, t } of candidates) {
    if (used.has(s) || used.has(t)) continue;
    const realigned = alignUnits(s.units, t.units, ratio);
    if (!realigned.some((b) => b.source.length && b.target.length && (b.similarity ?? 0) >= MOVED.pairSimilarity)) continue;
    used.add(s);
    used.add(t);
    const sa = beads[s.from].sa;
    const sb = beads[t.from].sb;
    // A weak pair inside a moved run stays apart: a moved run is no reason to trust length alone.
    const kept = realigned.flatMap((b): Bead[] =>
      b.source.length && b.target.length && (b.similarity ?? 0) < MOVED.pairSimilarity ? splitBead(b) : [b],
    );
    replace.set(s.from, kept.map((bead) => ({ bead, sa, sb })));
    for (let i = s.from; i <= s.to; i++) if (beads[i].bead.source.length) drop.add(i);
    for (let i = t.from; i <= t.to; i++) if (beads[i].bead.target.length) drop.add(i);
  }
  if (!replace.size) return beads;
  const result: PlacedBead[] = [];
  beads.forEach((p, i) => {
    const instead = replace.get(i);
    if (instead) append(result, instead);
    if (!drop.has(i)) result.push(p);
  });
  return result;
}

function splitBead(b: Bead): Bead[] {
  return [
    ...b.source.map((u) => ({ source: [u], target: [], lengthProbability: 0 })),
    ...b.target.map((u) => ({ source: [], target: [u], lengthProbability: 0 })),
  ];
}
