/**
 * /versions/<old>--<new>.json: two versions' texts side by side as offsets into their text pages,
 * once for both UI languages; the version pair pages (/en/, /pl/) draw the table from it and the
 * two text pages in the browser (src/site/client/version-text.ts).
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/kb.ts';
import { versionTextData } from '../../site/versions.ts';
import { pairKey } from '../../site/paths.ts';
import type { SeckbDocument } from '../../model/types.ts';

export function getStaticPaths() {
  const { kb, docs } = loadSite();
  return kb.pairs.versions
    .filter((p) => docs.has(p.old) && docs.has(p.new))
    .map((p) => ({ params: { pair: pairKey(p.old, p.new) }, props: { oldDoc: docs.get(p.old)!, newDoc: docs.get(p.new)! } }));
}

export const GET: APIRoute<{ oldDoc: SeckbDocument; newDoc: SeckbDocument }> = ({ props: { oldDoc, newDoc } }) =>
  new Response(JSON.stringify(versionTextData(oldDoc, newDoc)), { headers: { 'Content-Type': 'application/json' } });
