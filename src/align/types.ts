/**
 * The alignment record of `seckb align --format json` (spec: ../shared/spec/cli.md, `align`).
 * Offsets index into each document's `text`; a side with no counterpart is empty
 * (`start` = `end`, `text` = "").
 */
import type { Lang } from '../model/types.ts';

/** cli.md's kinds, plus `weak-match` (our extension, README): a pair whose evidence is weak. */
export type AlignFlagKind = 'number-mismatch' | 'entity-mismatch' | 'missing-in-target' | 'missing-in-source' | 'untranslated' | 'weak-match';

/** The kinds cli.md names. */
export const FLAG_KINDS: readonly AlignFlagKind[] = [
  'number-mismatch',
  'entity-mismatch',
  'missing-in-target',
  'missing-in-source',
  'untranslated',
];

/** Every kind the aligner may emit. */
export const ALL_FLAG_KINDS: readonly AlignFlagKind[] = [...FLAG_KINDS, 'weak-match'];

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
  /** Id of the document-level drift item this pair is grouped under (extension). */
  drift?: string;
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
  /** Which side is the older version (version drift; set on section items when known). */
  older?: 'source' | 'target';
  sourceVersion?: string;
  targetVersion?: string;
  sourceDate?: string;
  targetDate?: string;
  /** Section items: how many passages the block holds, and its heading when it starts with one. */
  passages?: number;
  heading?: string;
}

export interface Alignment {
  source: AlignedDocumentRef;
  target: AlignedDocumentRef;
  pairs: AlignedPair[];
  drift?: DriftItem[];
}
