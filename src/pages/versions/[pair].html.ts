/**
 * /versions/<old>--<new>.html: two versions' texts side by side, once for both UI languages; the
 * version pair pages (/en/, /pl/) load it in the browser (src/site/client/version-text.ts).
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/kb.ts';
import { versionTextPage } from '../../site/versions.ts';
import { CSP } from '../../site/page.ts';
import { pairKey } from '../../site/paths.ts';
import type { SeckbDocument } from '../../model/types.ts';

export function getStaticPaths() {
  const { kb, docs } = loadSite();
  return kb.pairs.versions
    .filter((p) => docs.has(p.old) && docs.has(p.new))
    .map((p) => ({ params: { pair: pairKey(p.old, p.new) }, props: { oldDoc: docs.get(p.old)!, newDoc: docs.get(p.new)! } }));
}

export const GET: APIRoute<{ oldDoc: SeckbDocument; newDoc: SeckbDocument }> = ({ props: { oldDoc, newDoc } }) =>
  new Response(versionTextPage(oldDoc, newDoc, CSP), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
