// /en/comparison.xlsx and /pl/comparison.xlsx: `seckb compare --format xlsx` of all vendors,
// generated at build time by the claims reporter (zip entry times fixed for stable bytes).
import type { APIRoute } from 'astro';
import { loadKb } from '../../site/kb.ts';
import { comparisonXlsx } from '../../site/xlsx.ts';
import { localePaths, pageContext } from '../../site/page.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const { locale } = pageContext(params.lang);
  const kb = loadKb();
  const body = await comparisonXlsx(kb.documents, kb.claims, locale);
  // A plain ArrayBuffer copy: Response's BodyInit type does not take Uint8Array<ArrayBufferLike>.
  return new Response(body.slice().buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
