/**
 * Inconsistencies a translation's alignment shows beyond the claims: a passage whose numbers or
 * names differ from the passage it translates ("Amsterdam" for "Frankfurt", "120" for "150").
 * The claims comparison (`translation-mismatch`) sees only what a claim records; a city inside a
 * region, a staff count or a version number it never sees. A number is reported only when both
 * sides give one and they differ: a number left out is a gap the alignment shows, not a disagreement. The finding sits in the translation;
 * `related` points at the original passage. Browser-safe.
 */
import type { Alignment, AlignedPair } from '../align/types.ts';
import type { SeckbDocument } from '../model/types.ts';
import type { RelatedPlace, Severity } from './types.ts';

export interface DriftDraft {
  rule: 'translation-number-mismatch' | 'translation-name-mismatch';
  messageKey: string;
  severity: Severity;
  start: number;
  end: number;
  params: Record<string, string>;
  related: RelatedPlace[];
}

const RULES = {
  'number-mismatch': { rule: 'translation-number-mismatch', messageKey: 'findings.translation-number-mismatch' },
  'entity-mismatch': { rule: 'translation-name-mismatch', messageKey: 'findings.translation-name-mismatch' },
} as const;

/** How the aligner writes an empty side of a mismatch (src/align/flags.ts). */
const NONE = '—';

// A weakly matched pair (the aligner's measured threshold, src/align/align.ts) may not translate
// its partner at all: its differing numbers would be noise.
const isSure = (p: AlignedPair) => p.source.text !== '' && p.target.text !== '' && !p.flags.some((f) => f.kind === 'weak-match');

/**
 * Drafts for the translation `target` of `source` from their alignment, leaving out places the
 * claims comparison already reports (`covered`: [start, end) spans in the target).
 */
export function translationDriftDrafts(
  source: SeckbDocument,
  alignment: Alignment,
  covered: ReadonlyArray<readonly [number, number]>,
): DriftDraft[] {
  const drafts: DriftDraft[] = [];
  for (const pair of alignment.pairs.filter(isSure)) {
    const { start, end } = pair.target;
    if (covered.some(([s, e]) => s < end && start < e)) continue;
    for (const flag of pair.flags) {
      if (flag.kind !== 'number-mismatch' && flag.kind !== 'entity-mismatch') continue;
      const [original = '', translated = ''] = flag.detail.split(' ≠ ');
      // A number on one side only was written out in words or left out ("24/7" as "całą dobę",
      // "24 hours" as "doby"): that is no other number, so nothing two statements disagree on.
      if (flag.kind === 'number-mismatch' && (original === NONE || translated === NONE)) continue;
      drafts.push({
        ...RULES[flag.kind],
        severity: 'warning',
        start,
        end,
        params: { value: translated, other: original },
        related: [{ documentId: source.id, start: pair.source.start, end: pair.source.end, excerpt: source.text.slice(pair.source.start, pair.source.end) }],
      });
    }
  }
  return drafts;
}
