/**
 * `alignDocuments(source, target)`: pair the passages of a document and its translation (PL<->EN,
 * either way), section first, then sentences, and flag what a translator should check.
 * Browser-safe: no Node built-ins (the site reuses it).
 *
 * @example
 * const alignment = alignDocuments(documentFromText(pl), documentFromText(en));
 * alignment.pairs.filter((p) => p.flags.length)
 */
import type { SeckbDocument } from '../model/types.ts';
import { findDrift } from './drift.ts';
import { makeUnit, weighEvidence, type Unit } from './features.ts';
import { flagPair } from './flags.ts';
import { rescueMoved, type PlacedBead } from './moved.ts';
import { matchSections, type SectionUnits } from './sections.ts';
import { alignUnits, COSTS, type Bead } from './sentences.ts';
import type { AlignedPair, AlignFlag, Alignment, SectionRef, Span } from './types.ts';

/** Units of a document grouped by section, in text order; headings become units of their own. */
export function sectionUnits(doc: SeckbDocument): SectionUnits[] {
  const sentences = [...doc.sentences].sort((a, b) => a.start - b.start || a.end - b.end);
  const bySection = new Map<string, typeof sentences>();
  for (const s of sentences) {
    const list = bySection.get(s.sectionId) ?? [];
    list.push(s);
    bySection.set(s.sectionId, list);
  }
  const known = new Set(doc.sections.map((s) => s.id));
  const lead: SectionUnits = { units: [] };
  for (const s of sentences) {
    if (!known.has(s.sectionId)) lead.units.push(makeUnit(doc.text, s.start, s.end, s.lang || doc.language));
  }
  const result: SectionUnits[] = lead.units.length ? [lead] : [];
  const sections = [...doc.sections].sort((a, b) => a.start - b.start);
  for (const section of sections) {
    const ref: SectionRef = { id: section.id, heading: section.heading };
    if (section.number) ref.number = section.number;
    const units = (bySection.get(section.id) ?? []).map((s) => makeUnit(doc.text, s.start, s.end, s.lang || doc.language));
    let heading = units.find((u) => u.start < section.start + Math.max(section.heading.length, 1) && u.end > section.start);
    if (!heading && section.heading) {
      const at = doc.text.indexOf(section.heading, section.start);
      if (at >= 0 && at < section.end) {
        heading = makeUnit(doc.text, at, at + section.heading.length, doc.language);
        units.unshift(heading);
      }
    }
    if (heading) heading.heading = true;
    result.push({ ref, heading, units });
  }
  return result;
}

function span(units: Unit[], doc: SeckbDocument, fallback: number): Span {
  if (units.length === 0) return { start: fallback, end: fallback, text: '' };
  const start = units[0].start;
  const end = units[units.length - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Below this score a two-sided pair is flagged `weak-match` (measured on tests/align/fixtures/drift, tuned split). */
export const WEAK_MATCH = { below: 0.3, wordsWithoutEvidence: 4 };

function words(units: Unit[]): number {
  return units.reduce((n, u) => n + u.text.split(/\s+/).filter(Boolean).length, 0);
}

/**
 * Weak evidence: the sides share little of what they name, or neither names anything the aligner
 * can compare while both are long enough to say something. Such a pair may be two different
 * sentences placed side by side, so it is not reported as fine.
 */
function weakMatch(bead: Bead, score: number, withBody: boolean): AlignFlag | undefined {
  if (!bead.source.length || !bead.target.length) return undefined;
  // The same text on both sides (a company name, a product line) is its own evidence.
  const same = (units: Unit[]) => units.map((u) => u.text).join(' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (same(bead.source) === same(bead.target)) return undefined;
  // The headings of a matched section pair: the sections' bodies are the evidence.
  if (withBody && bead.source.every((u) => u.heading) && bead.target.every((u) => u.heading)) return undefined;
  if (bead.similarity === undefined) {
    if (Math.min(words(bead.source), words(bead.target)) < WEAK_MATCH.wordsWithoutEvidence) return undefined;
    return { kind: 'weak-match', detail: `score ${score.toFixed(2)}: nothing to compare but length` };
  }
  if (score >= WEAK_MATCH.below) return undefined;
  return { kind: 'weak-match', detail: `score ${score.toFixed(2)}: few shared terms` };
}

/** Aligns `source` with its translation `target`. Same input, same output (no randomness). */
export function alignDocuments(source: SeckbDocument, target: SeckbDocument): Alignment {
  const a = sectionUnits(source);
  const b = sectionUnits(target);
  weighEvidence([...a, ...b].flatMap((s) => s.units));
  const chars = (s: SectionUnits[]) => s.reduce((n, x) => n + x.units.reduce((k, u) => k + u.text.length, 0), 0);
  // Expected length ratio from the documents themselves: works for PL->EN and EN->PL alike.
  const ratio = Math.min(2, Math.max(0.5, chars(b) / Math.max(chars(a), 1) || 1));
  const placed: PlacedBead[] = [];
  for (const [sa, sb] of matchSections(a, b)) {
    const beads: Bead[] = sa && sb
      ? alignUnits(sa.units, sb.units, ratio)
      : (sa ?? sb)!.units.map((u) => (sa ? { source: [u], target: [], lengthProbability: 0 } : { source: [], target: [u], lengthProbability: 0 }));
    for (const bead of beads) placed.push({ bead, sa, sb });
  }
  const beads = rescueMoved(placed, ratio);
  const pairs: AlignedPair[] = [];
  // Where an empty side sits: right after the last unit seen on that side.
  let atSource = 0;
  let atTarget = 0;
  for (const { bead, sa, sb } of beads) {
    const src = span(bead.source, source, atSource);
    const tgt = span(bead.target, target, atTarget);
    if (bead.source.length) atSource = src.end;
    if (bead.target.length) atTarget = tgt.end;
    const score = bead.source.length && bead.target.length ? round(0.7 * (bead.similarity ?? COSTS.neutralSimilarity) + 0.3 * bead.lengthProbability) : 0;
    const flags = flagPair(bead.source, bead.target, source.language, target.language);
    const weak = weakMatch(bead, score, (sa?.units.length ?? 0) > 1 && (sb?.units.length ?? 0) > 1);
    if (weak) flags.push(weak);
    const pair: AlignedPair = { source: src, target: tgt, score, flags };
    const sectionPair: AlignedPair['sectionPair'] = {};
    if (sa?.ref) sectionPair.source = sa.ref;
    if (sb?.ref) sectionPair.target = sb.ref;
    if (sectionPair.source || sectionPair.target) pair.sectionPair = sectionPair;
    pairs.push(pair);
  }
  const alignment: Alignment = {
    source: { documentId: source.id, file: source.source, lang: source.language },
    target: { documentId: target.id, file: target.source, lang: target.language },
    pairs,
  };
  const drift = findDrift(source, target, pairs, beads.map((p) => p.bead));
  if (drift.length) alignment.drift = drift;
  return alignment;
}
