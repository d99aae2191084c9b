/**
 * /text/<id>.html: a document's text with its marks (short names, src/site/mark-names.ts), its claims
 * and findings as data and the layout that gives back its exact text (src/site/text-layout.ts), once
 * for both UI languages. The document pages
 * (/en/, /pl/) load it in the browser (src/site/client/doctext.ts) and link to it; search excerpts
 * and alignment pages take their passages from it.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/kb.ts';
import { marksOf } from '../../site/marks.ts';
import { documentTextPage } from '../../site/document-html.ts';
import { claimRows, claimsDataBlock } from '../../site/document-data.ts';
import { findingRows, findingsDataBlock } from '../../site/finding-data.ts';
import { markNames } from '../../site/mark-names.ts';
import { textLayout, textLayoutBlock } from '../../site/text-layout.ts';
import { LOCALES } from '../../i18n/index.ts';
import { CSP } from '../../site/page.ts';
import type { SeckbDocument } from '../../model/types.ts';

export function getStaticPaths() {
  return loadSite().kb.documents.map((doc) => ({ params: { id: doc.id }, props: { doc } }));
}

export const GET: APIRoute<{ doc: SeckbDocument }> = ({ props: { doc } }) => {
  const site = loadSite();
  const claims = claimRows(site.claimsOf(doc.id), doc.language);
  const findings = {
    own: findingRows(LOCALES.map((l) => site.findingsOf(l, doc.id)), site.titles, true),
    at: findingRows(LOCALES.map((l) => site.pointingAt(l, doc.id)), site.titles, false),
  };
  const data = claimsDataBlock(claims) + findingsDataBlock(findings) + textLayoutBlock(textLayout(doc));
  const names = markNames(claims.map((c) => c[0]), findings.own.map((f) => f[0]), findings.at.map((f) => f[0]));
  const page = documentTextPage(doc, marksOf(site, doc.id, 'en'), CSP, data, (id) => names.get(id) ?? id);
  return new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
