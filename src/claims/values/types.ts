/** What a value extractor gets and gives. Rules in rules/claims/patterns.json name one by `value.kind`. */
import type { Segment, UnitContext } from '../context.ts';
import type { ClaimValue } from '../types.ts';

export type Qualifiers = Record<string, string | number | boolean>;

export interface Extracted {
  value: ClaimValue;
  qualifiers?: Qualifiers;
  /** Overrides the rule's attribute (certifications decide vendor vs infrastructure). */
  attribute?: string;
}

export interface ValueSpec {
  kind: string;
  anchor?: string;
  table?: string;
  multi?: boolean;
  after?: string;
  negated?: string;
  /** Concept whose match just before the anchor denies it (durationOrNegated). */
  negation?: string;
  /** frequency/duration: pair each value with the nearest type cue (qualifier key). */
  pair?: string;
  /** With `pair`: a length without a cue of its own, beside a cued one, takes this type. */
  rest?: string;
  /** frequency: drop adjective uses ("monthly backups") when this concept is in the segment. */
  adjectiveUnless?: string | string[];
  /** frequency: the nouns such an adjective qualifies. */
  nouns?: string[];
  /** frequency, with `adjectiveUnless` met: a concept naming a rung of a ladder ("the first backup of each month"), not how often. */
  rungs?: string;
  /** frequency: a concept naming another activity ("rotated", "reviewed"); a how-often after it in its clause is that activity's. */
  otherActivity?: string;
  /** duration, with `pair`: a concept that binds the cue after a length to it ("30 days for nightly backups"). */
  boundBy?: string;
  /** durationOrNegated: false reads only the denial ("are not actively deleted"), no length. */
  lengths?: boolean;
  /** duration: a length in a sentence that opens with this concept counts on from the length before it ("Po tym terminie ..."). */
  since?: string;
  /**
   * duration: a length right after this concept (a clock of its own: "when the backups expire, i.e. after 14 days") is not the rule's, unless it counts on.
   * durationOrAsap: a length after this concept (a notice told as done: "we notified customers within 20 hours") is not the rule's.
   */
  notAfter?: string;
  /** duration: of several lengths take the one nearest this concept. */
  near?: string;
  map?: Record<string, string>;
  /** table: a value offered as an option or on request still counts ("exported on request as CSV"). */
  optionalOk?: boolean;
  /** boolean: a denied anchor hit where this concept starts too is not the subject ("no SSL, no TLS 1.1": old versions refused). */
  skipAnchor?: string;
}

export type Extractor = (seg: Segment, spec: ValueSpec, ctx: UnitContext) => Extracted[];

/** Fields of `value` each kind reads (checked when the rules load). */
export const SPEC_FIELDS = ['kind', 'anchor', 'table', 'multi', 'after', 'negated', 'negation', 'pair', 'rest', 'adjectiveUnless', 'nouns', 'rungs', 'otherActivity', 'boundBy', 'lengths', 'near', 'since', 'notAfter', 'map', 'optionalOk', 'skipAnchor'] as const;
