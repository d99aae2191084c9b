/**
 * The alignment record of `seckb align --format json` (spec: ../shared/spec/cli.md, `align`).
 * Offsets index into each document's `text`; a side with no counterpart is empty
 * (`start` = `end`, `text` = "").
 */
import type { Lang } from '../model/types.ts';

export type AlignFlagKind = 'number-mismatch' | 'entity-mismatch' | 'missing-in-target' | 'missing-in-source' | 'untranslated';

export const FLAG_KINDS: readonly AlignFlagKind[] = [
  'number-mismatch',
  'entity-mismatch',
  'missing-in-target',
  'missing-in-source',
  'untranslated',
];

export interface AlignFlag {
  kind: AlignFlagKind;
  /** Short machine-made detail, e.g. "30 days ≠ 35 dni" or "Frankfurt ≠ Amsterdam". */
  detail: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface SectionRef {
  /** Section id in its document; absent for text before the first heading. */
  id?: string;
  heading: string;
  number?: string;
}

export interface AlignedPair {
  source: Span;
  target: Span;
  /** 0..1, how sure the aligner is that the two sides say the same thing (0 for one-sided pairs). */
  score: number;
  flags: AlignFlag[];
  /** The section pair this pair was aligned in (absent sides when the section has no counterpart). */
  sectionPair?: { source?: SectionRef; target?: SectionRef };
}

export interface AlignedDocumentRef {
  documentId: string;
  file: string;
  lang: Lang;
}

/**
 * Document-level drift (our extension of cli.md, additive): the translation follows an older
 * version, or a block exists on one side only. `source`/`target` are both places (an empty span
 * marks where the missing block would go); grouped pairs carry the item's `id` in `drift`.
 */
export type DriftKind = 'version-drift' | 'section-added' | 'section-dropped';

export interface DriftItem {
  id: string;
  kind: DriftKind;
  detail: string;
  source: Span;
  target: Span;
}

export interface Alignment {
  source: AlignedDocumentRef;
  target: AlignedDocumentRef;
  pairs: AlignedPair[];
  drift?: DriftItem[];
}
