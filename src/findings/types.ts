/** A finding record (spec: ../shared/spec/findings.md). */
export type Severity = 'error' | 'warning' | 'info';

export const FINDING_KINDS = [
  'ai-chat-residue',
  'markup-residue',
  'editorial-note',
  'placeholder',
  'duplicated-phrase',
  'missing-figure',
  'toc-mismatch',
  'mixed-script',
  'unbalanced-quote',
  'broken-paragraph',
  'joined-words',
  'untranslated-segment',
  'stale-document',
  'inconsistency',
  'risk',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface RelatedPlace {
  documentId: string;
  start: number;
  end: number;
  excerpt: string;
}

export interface Finding {
  /** Stable across runs. */
  id: string;
  documentId: string;
  kind: FindingKind;
  /** The specific rule that fired, e.g. `chat-transcript-label`. */
  rule: string;
  severity: Severity;
  /** One sentence, in the language of the report. */
  message: string;
  /** Exactly `text.slice(start, end)`. */
  excerpt: string;
  start: number;
  end: number;
  /** 1-based, in the original file, where the format has lines. */
  line?: number;
  column?: number;
  /** For `inconsistency`: the other places. */
  related?: RelatedPlace[];
}
