/**
 * Where the bytes of a built site go, per document: each part of dist/ (both UI languages
 * summed), the search files by kind, and the pieces of the document pages (page chrome, meta,
 * text box, claims table, findings table). Prints a markdown table (bench/README.md, "Fourth
 * round: site size").
 *
 *   npx tsx bench/site-build-parts.ts <dist dir> [documents]
 *
 * `documents` defaults to the number of /text/<id>.html pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Part of dist/ a file counts for: `<lang>/<route>` for pages, the search files by kind, else its top folder. */
export function partOf(rel: string[]): string {
  if (rel[0] === 'en' || rel[0] === 'pl') return `<lang>/${rel[1]!.replace(/\.html$/, '')}`;
  if (rel[0] === 'search') {
    const kind = /\.([dt])\d+\.json$/.exec(rel[1]!)?.[1];
    return kind === 'd' ? 'search/ passages (<lang>.d<n>)' : kind === 't' ? 'search/ postings (<lang>.t<n>)' : 'search/ manifest + dictionaries';
  }
  return rel.length > 1 ? `${rel[0]}/` : rel[0]!;
}

/** Pieces of a document page, by the landmarks its template writes (src/pages/[lang]/documents/[id]/index.astro). */
const DOCUMENT_PIECES: Array<[string, RegExp]> = [
  ['meta (vendor, dates, pairs)', /<section aria-labelledby="meta-h">[\s\S]*?<\/section>/],
  ['text box, contents, mark titles', /<div class="doc-layout">[\s\S]*?<\/section>\s*<\/div>/],
  ['claims table', /<h2 id="claims">[\s\S]*?(?=<h2 id="findings">)/],
  ['findings table', /<h2 id="findings">[\s\S]*?(?=<\/main>)/],
];

export function documentPieces(html: string): Map<string, number> {
  const out = new Map<string, number>();
  let rest = Buffer.byteLength(html);
  for (const [name, re] of DOCUMENT_PIECES) {
    const m = re.exec(html);
    if (!m) continue;
    const n = Buffer.byteLength(m[0]);
    out.set(name, n);
    rest -= n;
  }
  out.set('page chrome (head, navigation, footer)', rest);
  return out;
}

const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

export function siteParts(dir: string): { parts: Map<string, number>; gzip: Map<string, number>; pieces: Map<string, number>; texts: number; total: number } {
  const parts = new Map<string, number>();
  const gzip = new Map<string, number>();
  const pieces = new Map<string, number>();
  let texts = 0;
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, file).split(path.sep);
    const bytes = statSync(file).size;
    const part = partOf(rel);
    total += bytes;
    add(parts, part, bytes);
    if (rel[0] === 'text') texts++;
    if (part.startsWith('<lang>/documents') || part.startsWith('text/') || part.startsWith('search/ passages')) add(gzip, part, gzipSync(readFileSync(file)).length);
    if (part === '<lang>/documents' && e.name.endsWith('.html')) for (const [k, n] of documentPieces(readFileSync(file, 'utf8'))) add(pieces, k, n);
  }
  return { parts, gzip, pieces, texts, total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx bench/site-build-parts.ts <dist dir> [documents]');
  const { parts, gzip, pieces, texts, total } = siteParts(dir);
  const docs = Number(process.argv[3] ?? texts);
  const kib = (n: number) => (n / 1024 / docs).toFixed(2);
  console.log(`| part of dist/ (${docs} documents) | KiB per document | share |`);
  console.log('|---|---:|---:|');
  for (const [k, n] of [...parts].sort((a, b) => b[1] - a[1])) {
    const gz = gzip.get(k);
    console.log(`| ${k} | ${kib(n)}${gz ? ` (gzip ${kib(gz)})` : ''} | ${((100 * n) / total).toFixed(1)}% |`);
  }
  console.log(`| **total** | **${kib(total)}** | |`);
  console.log('\n| document pages (both UI languages), by piece | KiB per document |\n|---|---:|');
  for (const [k, n] of [...pieces].sort((a, b) => b[1] - a[1])) console.log(`| ${k} | ${kib(n)} |`);
}
