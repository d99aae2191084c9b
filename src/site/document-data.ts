/**
 * A document's claims as data, stored once for both UI languages inside its page
 * (/documents/<id>/, a JSON data block): the page, in either UI language, draws its claims
 * table from it in the browser, in its own words (src/site/client/claim-rows.ts, with the claims
 * module's labels and value formatter), instead of each language's page carrying a rendered
 * table. Rows are in the comparison's order. Pure and browser-safe.
 */
import type { Claim } from '../claims/types.ts';
import { claimId } from '../claims/records.ts';
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

/** Where a claim's id can be made again from: its document and its unit's start (claims/records.ts claimId). */
export interface IdSource {
  documentId: string;
  startOf: (claimId: string) => number | undefined;
}

/**
 * The rows as an inert JSON data block (never run; `<` escaped so no text can close the element).
 * An attribute of the vocabulary is written as its place in it (the page's script holds the same
 * vocabulary, built with it): "hosting.location" is 1. One the vocabulary lacks stays a name. Given
 * the document, a claim id that claimId makes again from the document, the start and the row is
 * written as that start (a number, ~4 bytes for 17: half the block), the document's id once on the
 * block (`data-doc`); any other id stays whole.
 */
export function claimsDataBlock(rows: ClaimRow[], ids?: IdSource): string {
  const stored = rows.map(([id, attribute, ...rest]) => {
    const i = attributeIndex(attribute);
    const start = ids?.startOf(id);
    const again = start !== undefined && claimId(ids!.documentId, start, attribute, rest[0], rest[1] ?? {}) === id;
    return [again ? start : id, i < ATTRIBUTES.length ? i : attribute, ...rest];
  });
  const doc = ids ? ` data-doc="${ids.documentId.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` : '';
  return `<script type="application/json" id="${CLAIMS_DATA_ID}"${doc}>${JSON.stringify(stored).replace(/</g, '\\u003c')}</script>`;
}

const attributeName = (a: unknown): string | undefined => (typeof a === 'string' ? a : typeof a === 'number' ? ATTRIBUTES[a]?.id : undefined);

/** The rows of a parsed document page's block (`el`), ids made again from `data-doc`; none when the block is missing or not a list. */
export const readClaimBlock = (el: Element | null | undefined): ClaimRow[] => readClaimRows(el?.textContent, el?.getAttribute('data-doc') ?? undefined);

/** The rows back from a block's JSON; a row written by its start needs the document's id. */
export function readClaimRows(json: string | null | undefined, documentId?: string): ClaimRow[] {
  if (!json) return [];
  try {
    const rows: unknown = JSON.parse(json);
    if (!Array.isArray(rows)) return [];
    return rows.flatMap((r): ClaimRow[] => {
      if (!Array.isArray(r)) return [];
      const attribute = attributeName(r[1]);
      const [first, , value, qualifiers] = r as [unknown, unknown, Claim['value'], Claim['qualifiers']?];
      const id = typeof first === 'string' ? first : typeof first === 'number' && documentId !== undefined ? claimId(documentId, first, attribute ?? '', value, qualifiers ?? {}) : undefined;
      return attribute && id ? [[id, attribute, ...r.slice(2)] as ClaimRow] : [];
    });
  } catch {
    return [];
  }
}
