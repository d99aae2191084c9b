/**
 * What a rule reports, before the engine stamps it (as unified-lint-rule does): rules return
 * ranges in the document text and message parameters; `engine.ts` adds kind, rule, severity,
 * message (from locales/<lang>/findings.json via `messageKey`), id, line and column.
 */
import type { SeckbDocument } from '../model/types.ts';
import type { Claim } from '../claims/types.ts';
import type { FindingKind, RelatedPlace, Severity } from './types.ts';

export interface RuleHit {
  start: number;
  end: number;
  /** Interpolation values for the message, e.g. `{ expected: '4.2', actual: '4.3' }`. */
  params?: Record<string, string | number>;
  /** Overrides the rule's severity for this hit (e.g. a softer variant). */
  severity?: Severity;
  related?: RelatedPlace[];
}

export interface RuleContext {
  /** Claims of this document, when the caller extracted them (inconsistency rules need them). */
  claims?: Claim[];
  /** "Now" for date rules; injected so runs are reproducible. */
  now: Date;
  /** stale-document: the age in years after which a stated update date is stale (default 2). */
  maxAgeYears: number;
}

/** A rule that needs code (structure, TOC, dates...); phrase/pattern rules are data in rules/<lang>/. */
export interface CodeRule {
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** Key in locales/<lang>/findings.json. */
  messageKey: string;
  detect(doc: SeckbDocument, ctx: RuleContext): RuleHit[];
}
