// /comparison.xlsx: `seckb compare --format xlsx` of all vendors in both UI languages, one
// workbook (the sheets of each language; the quotes are shared strings, stored once), generated at
// build time by the claims reporter (zip entry times fixed for stable bytes). Both languages'
// comparison pages link it.
import type { APIRoute } from 'astro';
import { loadKb } from '../site/kb.ts';
import { comparisonXlsx } from '../site/xlsx.ts';

export const GET: APIRoute = async () => {
  const kb = loadKb();
  const body = await comparisonXlsx(kb.documents, kb.claims);
  // A plain ArrayBuffer copy: Response's BodyInit type does not take Uint8Array<ArrayBufferLike>.
  return new Response(body.slice().buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
