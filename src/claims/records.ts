/** Candidates as claim records (claims.md): stable ids, canonical qualifier order, exact quotes. */
import type { SeckbDocument } from '../model/types.ts';
import { hashId } from '../model/ids.ts';
import type { Claim } from './types.ts';
import type { Candidate } from './engine.ts';
import type { Unit } from './units.ts';

/** Canonical qualifier order, so ids and comparisons do not depend on insertion order. */
export function sortQualifiers(q: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(q).sort(([a], [b]) => a.localeCompare(b)));
}

export function claimId(documentId: string, start: number, attribute: string, value: unknown, qualifiers: object): string {
  return hashId(documentId, start, attribute, String(value), JSON.stringify(sortQualifiers(qualifiers as Record<string, string>)));
}

export function toClaims(doc: SeckbDocument, unit: Unit, candidates: Candidate[]): Claim[] {
  const quote = doc.text.slice(unit.start, unit.end);
  return candidates.map((c) => {
    const qualifiers = sortQualifiers(c.qualifiers);
    return {
      id: claimId(doc.id, unit.start, c.attribute, c.value, qualifiers),
      documentId: doc.id,
      attribute: c.attribute,
      value: c.value,
      qualifiers,
      quote,
      start: unit.start,
      end: unit.end,
      sectionId: unit.sectionId,
      lang: unit.lang,
    };
  });
}

