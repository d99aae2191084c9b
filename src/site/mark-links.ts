/**
 * Links from the cross-document pages (comparison, findings list) to a claim's or a finding's
 * highlight on its document's page, by the mark's short name (src/site/mark-names.ts: `c<i>` for
 * the i-th claim row, `f<i>` for the i-th own finding), which the page carries as the mark's id
 * without scripts. So a quote or an excerpt stands once, on its document's page, and those pages
 * point at it instead of repeating it (their scripts fetch it on demand, src/site/client/quotes.ts);
 * the document page's script turns the short name in the address into the full id it gives the mark.
 */
import { claimRows } from './document-data.ts';
import { markNames } from './mark-names.ts';
import type { SiteIndex } from './site-index.ts';

const named = new WeakMap<SiteIndex, Map<string, Map<string, string>>>();

/** Short mark names of a document's claims (`c-<id>`) and own findings (`f-<id>`), as its page names them. */
function namesOf(site: SiteIndex, documentId: string): Map<string, string> {
  let byDoc = named.get(site);
  if (!byDoc) named.set(site, (byDoc = new Map()));
  let names = byDoc.get(documentId);
  if (!names) {
    const doc = site.docs.get(documentId);
    const claims = claimRows(site.claimsOf(documentId), doc?.language ?? '').map((r) => r[0]);
    // Own findings in the order of the first UI language's list, as document-body.ts writes them.
    names = markNames(claims, site.findingsOf('en', documentId).map((f) => f.id), []);
    byDoc.set(documentId, names);
  }
  return names;
}

/** `#c<i>` of a claim on its document's page ('' when the page has no such claim). */
export const claimMark = (site: SiteIndex, documentId: string, claimId: string): string => {
  const name = namesOf(site, documentId).get(`c-${claimId}`);
  return name ? `#${name}` : '';
};

/** `#f<i>` of a finding on its document's page ('' when the page has no such finding). */
export const findingMark = (site: SiteIndex, documentId: string, findingId: string): string => {
  const name = namesOf(site, documentId).get(`f-${findingId}`);
  return name ? `#${name}` : '';
};
