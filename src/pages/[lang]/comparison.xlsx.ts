// /en/comparison.xlsx and /pl/comparison.xlsx: the comparison table, generated at build time.
import type { APIRoute } from 'astro';
import { loadKb } from '../../site/kb.ts';
import { buildComparison } from '../../site/comparison.ts';
import { comparisonXlsx } from '../../site/xlsx.ts';
import { localePaths, pageContext } from '../../site/page.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const { locale } = pageContext(params.lang);
  const body = await comparisonXlsx(buildComparison(loadKb()), locale);
  // A plain ArrayBuffer copy: Response's BodyInit type does not take Uint8Array<ArrayBufferLike>.
  return new Response(body.slice().buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
