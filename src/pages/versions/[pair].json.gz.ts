/**
 * /versions/<old>--<new>.json.gz (gzip-compressed JSON, src/site/data-file.ts): two versions' texts side by side as offsets into their document pages,
 * and the statements that changed by claim id, once for both UI languages; the version pair pages (/en/, /pl/) draw the table from it and the
 * two document pages in the browser (src/site/client/version-text.ts).
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/kb.ts';
import { claimChanges, versionTextData } from '../../site/versions.ts';
import { diffClaims } from '../../findings/diff.ts';
import { pairKey } from '../../site/paths.ts';
import { packData } from '../../site/data-file.ts';
import type { SeckbDocument } from '../../model/types.ts';

export function getStaticPaths() {
  const { kb, docs } = loadSite();
  return kb.pairs.versions
    .filter((p) => docs.has(p.old) && docs.has(p.new))
    .map((p) => ({ params: { pair: pairKey(p.old, p.new) }, props: { oldDoc: docs.get(p.old)!, newDoc: docs.get(p.new)! } }));
}

export const GET: APIRoute<{ oldDoc: SeckbDocument; newDoc: SeckbDocument }> = ({ props: { oldDoc, newDoc } }) => {
  const site = loadSite();
  const diff = site.kb.diffs[pairKey(oldDoc.id, newDoc.id)] ?? diffClaims(site.claimsOf(oldDoc.id), site.claimsOf(newDoc.id));
  // A plain ArrayBuffer copy: Response's BodyInit type does not take Uint8Array<ArrayBufferLike>.
  return new Response(packData(JSON.stringify(versionTextData(oldDoc, newDoc, claimChanges(diff)))).slice().buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/gzip' } });
};
