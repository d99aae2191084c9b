// The KB's search index files, served as they are at /search/<file> for src/search/query.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { loadKb } from '../../site/kb.ts';

export function getStaticPaths() {
  return loadKb().searchFiles.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const body = readFileSync(path.join(loadKb().dir, 'search', String(params.file)), 'utf8');
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
