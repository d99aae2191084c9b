import { expect } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import type { Claim } from '../../src/claims/types.ts';
import type { SeckbDocument } from '../../src/model/types.ts';

export interface Expect {
  attribute: string;
  value: string | number | boolean;
  qualifiers?: Record<string, string | number | boolean>;
}

export function claimsOf(text: string, vendor = 'Acme'): { doc: SeckbDocument; claims: Claim[] } {
  const doc = documentFromText(text, { meta: { vendor } });
  return { doc, claims: extractClaims(doc) };
}

const matches = (c: Claim, e: Expect) =>
  c.attribute === e.attribute &&
  c.value === e.value &&
  (e.qualifiers === undefined || JSON.stringify(c.qualifiers) === JSON.stringify(Object.fromEntries(Object.entries(e.qualifiers).sort(([a], [b]) => a.localeCompare(b)))));

export function expectClaim(claims: Claim[], e: Expect): void {
  const found = claims.some((c) => matches(c, e));
  expect(found, `expected ${JSON.stringify(e)} in ${JSON.stringify(claims.map((c) => [c.attribute, c.value, c.qualifiers]))}`).toBe(true);
}

export function expectNoClaim(claims: Claim[], attribute: string): void {
  expect(claims.filter((c) => c.attribute === attribute).map((c) => c.value)).toEqual([]);
}

/** Every claim's quote is exactly its slice of the text, and lies in its section. */
export function expectQuotesExact(doc: SeckbDocument, claims: Claim[]): void {
  for (const c of claims) {
    expect(c.quote).toBe(doc.text.slice(c.start, c.end));
    expect(c.documentId).toBe(doc.id);
    expect(doc.sections.some((s) => s.id === c.sectionId) || doc.sections.length === 0).toBe(true);
  }
}
