/**
 * A document's text with its marks (short names, src/site/mark-names.ts), its claims and findings
 * as data and the layout that gives back its exact text (src/site/text-layout.ts): the body of its
 * page (src/pages/documents/[id].astro), once for both UI languages. The page draws its tables and
 * the marks' titles from the data in the browser; search excerpts, alignment and version pages
 * cut their passages from the same text.
 */
import { marksOf } from './marks.ts';
import { documentHtml } from './document-html.ts';
import { claimRows, claimsDataBlock } from './document-data.ts';
import { findingRows, findingsDataBlock } from './finding-data.ts';
import { markNames } from './mark-names.ts';
import { textLayout, textLayoutBlock } from './text-layout.ts';
import { LOCALES } from '../i18n/index.ts';
import type { SiteIndex } from './site-index.ts';
import type { SeckbDocument } from '../model/types.ts';

export interface DocumentBody {
  /** The text as HTML, then the data blocks. */
  html: string;
  claims: number;
  findings: number;
}

export function documentBody(site: SiteIndex, doc: SeckbDocument): DocumentBody {
  const own = site.claimsOf(doc.id);
  const claims = claimRows(own, doc.language);
  const starts = new Map(own.map((c) => [c.id, c.start]));
  const findings = {
    own: findingRows(LOCALES.map((l) => site.findingsOf(l, doc.id)), site.titles, true),
    at: findingRows(LOCALES.map((l) => site.pointingAt(l, doc.id)), site.titles, false),
  };
  const data = claimsDataBlock(claims, { documentId: doc.id, startOf: (id) => starts.get(id) }) + findingsDataBlock(findings) + textLayoutBlock(textLayout(doc));
  const names = markNames(claims.map((c) => c[0]), findings.own.map((f) => f[0]), findings.at.map((f) => f[0]));
  const html = documentHtml(doc, marksOf(site, doc.id, 'en'), (id) => names.get(id) ?? id) + data;
  return { html, claims: claims.length, findings: findings.own.length };
}
