/**
 * A document's claims as data, stored once for both UI languages inside its page
 * (/documents/<id>/, a JSON data block): the page, in either UI language, draws its claims
 * table from it in the browser, in its own words (src/site/client/claim-rows.ts, with the claims
 * module's labels and value formatter), instead of each language's page carrying a rendered
 * table. Rows are in the comparison's order. Pure and browser-safe.
 */
import type { Claim } from '../claims/types.ts';
import { byComparisonOrder } from './claim-text.ts';
import { ATTRIBUTES, attributeIndex } from '../claims/vocabulary.ts';

/** [claim id, attribute, value, qualifiers (omitted when none), quote language (omitted when the document's)]. */
export type ClaimRow = [string, string, Claim['value'], Claim['qualifiers']?, string?];

/** Id of the data block in the document page. */
export const CLAIMS_DATA_ID = 'claims-data';

export function claimRows(claims: Claim[], docLanguage: string): ClaimRow[] {
  return [...claims].sort(byComparisonOrder).map((c) => {
    const row: ClaimRow = [c.id, c.attribute, c.value];
    const hasQualifiers = Object.keys(c.qualifiers).length > 0;
    if (hasQualifiers || c.lang !== docLanguage) row.push(c.qualifiers);
    if (c.lang !== docLanguage) row.push(c.lang);
    return row;
  });
}

/**
 * The rows as an inert JSON data block (never run; `<` escaped so no text can close the element).
 * An attribute of the vocabulary is written as its place in it (the page's script holds the same
 * vocabulary, built with it): "hosting.location" is 1. One the vocabulary lacks stays a name.
 */
export function claimsDataBlock(rows: ClaimRow[]): string {
  const stored = rows.map(([id, attribute, ...rest]) => {
    const i = attributeIndex(attribute);
    return [id, i < ATTRIBUTES.length ? i : attribute, ...rest];
  });
  return `<script type="application/json" id="${CLAIMS_DATA_ID}">${JSON.stringify(stored).replace(/</g, '\\u003c')}</script>`;
}

const attributeName = (a: unknown): string | undefined => (typeof a === 'string' ? a : typeof a === 'number' ? ATTRIBUTES[a]?.id : undefined);

/** The rows back from a parsed document page; none when the block is missing or not a list. */
export function readClaimRows(json: string | null | undefined): ClaimRow[] {
  if (!json) return [];
  try {
    const rows: unknown = JSON.parse(json);
    if (!Array.isArray(rows)) return [];
    return rows.flatMap((r): ClaimRow[] => {
      const attribute = Array.isArray(r) && typeof r[0] === 'string' ? attributeName(r[1]) : undefined;
      return attribute ? [[r[0], attribute, ...r.slice(2)] as ClaimRow] : [];
    });
  } catch {
    return [];
  }
}
