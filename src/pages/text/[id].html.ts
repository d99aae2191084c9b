/**
 * /text/<id>.html: a document's text with its marks, once for both UI languages. The document
 * pages (/en/, /pl/) load it in the browser (src/site/client/doctext.ts) and link to it.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/kb.ts';
import { marksOf } from '../../site/marks.ts';
import { documentTextPage } from '../../site/document-html.ts';
import { CSP } from '../../site/page.ts';
import type { SeckbDocument } from '../../model/types.ts';

export function getStaticPaths() {
  return loadSite().kb.documents.map((doc) => ({ params: { id: doc.id }, props: { doc } }));
}

export const GET: APIRoute<{ doc: SeckbDocument }> = ({ props: { doc } }) =>
  new Response(documentTextPage(doc, marksOf(loadSite(), doc.id, 'en'), CSP), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
