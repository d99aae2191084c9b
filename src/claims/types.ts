/** A claim record (spec: ../shared/spec/claims.md). */
export type ClaimValue = string | number | boolean;

export interface Claim {
  /** Stable: same input, same id. */
  id: string;
  documentId: string;
  /** An attribute id of claims.md (see vocabulary.ts). */
  attribute: string;
  value: ClaimValue;
  /** Optional qualifier keys of claims.md; `{}` when none. Values are strings, numbers or booleans. */
  qualifiers: Record<string, string | number | boolean>;
  /** The sentence or table row the claim rests on, exactly `text.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
  sectionId: string;
  lang: string;
}
