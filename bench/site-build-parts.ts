/**
 * Where the bytes of a built site go, per document: each part of dist/ (both UI languages
 * summed), the search files by kind, every kind of HTML page by piece (head, navigation bar,
 * footer, markup, text, inline data blocks), the documents' texts by piece (text, marks, data) and
 * the other pieces of the document pages. Reads the sites of earlier rounds too (`text/<id>.html`
 * beside a document page per UI language). Prints markdown tables (bench/README.md, "Site size").
 *
 *   npx tsx bench/site-build-parts.ts <dist dir> [documents]
 *
 * `documents` defaults to the number of document pages (`documents/<id>/`, or `text/<id>.html`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Part of dist/ a file counts for: `<lang>/<route>` for pages, the search files by kind, else its top folder. */
export function partOf(rel: string[]): string {
  if (rel[0] === 'documents') return 'documents/ (one page per document)';
  if ((rel[0] === 'versions' || rel[0] === 'alignment') && rel.length > 2) return `${rel[0]}/<pair>/ (one page per pair)`;
  if ((rel[0] === 'versions' || rel[0] === 'alignment') && rel[1] === 'index.html') return `${rel[0]}/ (one page for every pair)`;
  if (rel[0] === 'versions' || rel[0] === 'alignment') return `${rel[0]}/<pair>.json`;
  if (rel[0] === 'en' || rel[0] === 'pl') return `<lang>/${rel[1]!.replace(/\.html$/, '')}`;
  if (rel[0] === 'search') {
    const kind = /\.([dt])\d+\.json(?:\.gz)?$/.exec(rel[1]!)?.[1];
    return kind === 'd' ? 'search/ passages (<lang>.d<n>)' : kind === 't' ? 'search/ postings (<lang>.t<n>)' : 'search/ manifest + dictionaries';
  }
  return rel.length > 1 ? `${rel[0]}/` : rel[0]!;
}

/** Kind of an HTML page: its route, with per-item pages (a pair, a document) apart from the lists. */
export function pageKind(rel: string[]): string {
  if (rel[0] === 'documents') return 'documents/<item> (chrome, without the text box)';
  if ((rel[0] === 'versions' || rel[0] === 'alignment') && rel.length === 2) return `${rel[0]}/ (one page for every pair)`;
  if (rel[0] === 'versions' || rel[0] === 'alignment') return `${rel[0]}/<pair> (one for both languages)`;
  if (rel[0] !== 'en' && rel[0] !== 'pl') return rel.length > 1 ? `${rel[0]}/` : rel[0]!;
  const item = rel.length > 3 && rel[2] !== 'page';
  return `<lang>/${rel[1]!.replace(/\.html$/, '')}${item ? '/<item>' : ''}`;
}

/** Pieces of a document page, by the landmarks its template writes (src/pages/[lang]/documents/[id]/index.astro). */
const DOCUMENT_PIECES: Array<[string, RegExp]> = [
  ['meta (vendor, dates, pairs)', /<section aria-labelledby="meta-h">[\s\S]*?<\/section>/],
  ['text box, contents', /<div class="doc-layout">[\s\S]*?<\/section>\s*<\/div>/],
  ['claims table', /<h2 id="claims"[^>]*>[\s\S]*?(?=<h2 id="findings"[^>]*>)/],
  ['findings table', /<h2 id="findings"[^>]*>[\s\S]*?(?=<\/main>)/],
];

const bytes = (s: string): number => Buffer.byteLength(s);

export function documentPieces(html: string): Map<string, number> {
  const out = new Map<string, number>();
  let rest = bytes(html);
  for (const [name, re] of DOCUMENT_PIECES) {
    const m = re.exec(html);
    if (!m) continue;
    out.set(name, bytes(m[0]));
    rest -= bytes(m[0]);
  }
  out.set('page chrome (head, navigation, footer)', rest);
  return out;
}

/**
 * Pieces of any HTML page: head, navigation bar (<header>), footer and scripts after <main>,
 * inline data blocks (<script type="application/json">), whitespace between tags, other markup,
 * and text (what a reader sees, entities included).
 */
export function htmlPieces(html: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string, n: number) => n && out.set(k, (out.get(k) ?? 0) + n);
  let body = html;
  const cut = (name: string, re: RegExp) => {
    body = body.replace(re, (m) => {
      add(name, bytes(m));
      return '';
    });
  };
  cut('head', /^[\s\S]*?<\/head>/);
  cut('navigation bar', /<header[\s\S]*?<\/header>/);
  cut('footer and page scripts', /<\/main>[\s\S]*$/);
  cut('inline data blocks', /<script type="application\/json"[\s\S]*?<\/script>/g);
  cut('whitespace between tags', /(?<=>)\s+(?=<)/g);
  let text = 0;
  let markup = 0;
  for (const m of body.matchAll(/<[^>]*>|[^<]+/g)) {
    if (m[0].startsWith('<')) markup += bytes(m[0]);
    else text += bytes(m[0]);
  }
  add('markup (tags, attributes)', markup);
  add('text', text);
  return out;
}

/** A document page's text box (the text and its data blocks), cut out of the page: [box, rest]. */
export function splitTextBox(html: string): [string, string] {
  const box = /<div class="doctext"[^>]*>[\s\S]*?<\/script><\/div>/.exec(html)?.[0] ?? '';
  return [box, html.replace(box, '')];
}

/** Pieces of a text page or box: its marks' tags, the data blocks by id, the rest of its markup, the text. */
export function textPagePieces(html: string): Map<string, number> {
  const out = new Map<string, number>();
  let rest = html;
  for (const m of html.matchAll(/<script type="application\/json" id="([^"]+)"[^>]*>[\s\S]*?<\/script>/g)) {
    out.set(`data: ${m[1]}`, bytes(m[0]));
    rest = rest.replace(m[0], '');
  }
  const head = /^[\s\S]*?<\/head>/.exec(rest)?.[0] ?? '';
  out.set('head', bytes(head));
  rest = rest.slice(head.length);
  let marks = 0;
  let markup = 0;
  let text = 0;
  for (const m of rest.matchAll(/<[^>]*>|[^<]+/g)) {
    if (/^<\/?(mark|span)\b/.test(m[0])) marks += bytes(m[0]);
    else if (m[0].startsWith('<')) markup += bytes(m[0]);
    else text += bytes(m[0]);
  }
  out.set('marks and anchors (tags)', marks);
  out.set('block markup', markup);
  out.set('text', text);
  return out;
}

const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

export interface SiteParts {
  parts: Map<string, number>;
  gzip: Map<string, number>;
  pieces: Map<string, number>;
  /** page kind -> piece -> bytes, and pages of that kind. */
  kinds: Map<string, { pages: number; pieces: Map<string, number> }>;
  textPieces: Map<string, number>;
  texts: number;
  total: number;
}

export function siteParts(dir: string): SiteParts {
  const parts = new Map<string, number>();
  const gzip = new Map<string, number>();
  const pieces = new Map<string, number>();
  const kinds = new Map<string, { pages: number; pieces: Map<string, number> }>();
  const textPieces = new Map<string, number>();
  let texts = 0;
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, file).split(path.sep);
    const size = statSync(file).size;
    const part = partOf(rel);
    total += size;
    add(parts, part, size);
    if (rel[0] === 'text' || (rel[0] === 'documents' && e.name === 'index.html')) texts++;
    if (/^(<lang>\/documents|text\/|documents\/|search\/ passages)/.test(part)) add(gzip, part, gzipSync(readFileSync(file)).length);
    if (!e.name.endsWith('.html')) continue;
    let html = readFileSync(file, 'utf8');
    if (rel[0] === 'documents') {
      const [box, rest] = splitTextBox(html);
      for (const [k, n] of textPagePieces(box)) add(textPieces, k, n);
      add(textPieces, 'text box element', bytes(box) - [...textPagePieces(box).values()].reduce((a, b) => a + b, 0));
      html = rest;
    }
    if (part === '<lang>/documents' || rel[0] === 'documents') for (const [k, n] of documentPieces(html)) add(pieces, k, n);
    if (rel[0] === 'text') for (const [k, n] of textPagePieces(html)) add(textPieces, k, n);
    else if (['en', 'pl', 'documents', 'versions', 'alignment', 'findings'].includes(rel[0]!)) {
      const kind = pageKind(rel);
      const entry = kinds.get(kind) ?? { pages: 0, pieces: new Map<string, number>() };
      entry.pages++;
      for (const [k, n] of htmlPieces(html)) add(entry.pieces, k, n);
      kinds.set(kind, entry);
    }
  }
  return { parts, gzip, pieces, kinds, textPieces, texts, total };
}

const COLUMNS = ['head', 'navigation bar', 'footer and page scripts', 'whitespace between tags', 'markup (tags, attributes)', 'text', 'inline data blocks'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx bench/site-build-parts.ts <dist dir> [documents]');
  const { parts, gzip, pieces, kinds, textPieces, texts, total } = siteParts(dir);
  const docs = Number(process.argv[3] ?? texts);
  const kib = (n: number) => (n / 1024 / docs).toFixed(2);
  const lines: string[] = [];
  const out = (s: string) => lines.push(s);
  out(`| part of dist/ (${docs} documents) | KiB per document | share |`);
  out('|---|---:|---:|');
  for (const [k, n] of [...parts].sort((a, b) => b[1] - a[1])) {
    const gz = gzip.get(k);
    out(`| ${k} | ${kib(n)}${gz ? ` (gzip ${kib(gz)})` : ''} | ${((100 * n) / total).toFixed(1)}% |`);
  }
  out(`| **total** | **${kib(total)}** | |`);
  out(`\n| HTML pages of both UI languages, KiB per document | pages | ${COLUMNS.join(' | ')} | total |`);
  out(`|---|---:|${COLUMNS.map(() => '---:').join('|')}|---:|`);
  const sum = new Map<string, number>();
  let pagesAll = 0;
  for (const [kind, { pages, pieces: p }] of [...kinds].sort((a, b) => [...b[1].pieces.values()].reduce((x, y) => x + y, 0) - [...a[1].pieces.values()].reduce((x, y) => x + y, 0))) {
    const all = [...p.values()].reduce((x, y) => x + y, 0);
    if (all / docs < 10) continue;
    pagesAll += pages;
    for (const c of COLUMNS) add(sum, c, p.get(c) ?? 0);
    out(`| ${kind} | ${pages} | ${COLUMNS.map((c) => kib(p.get(c) ?? 0)).join(' | ')} | ${kib(all)} |`);
  }
  out(`| all of them | ${pagesAll} | ${COLUMNS.map((c) => kib(sum.get(c) ?? 0)).join(' | ')} | ${kib([...sum.values()].reduce((x, y) => x + y, 0))} |`);
  out('\n| documents\' texts (text pages `text/`, or the text box of `documents/`), by piece | KiB per document |\n|---|---:|');
  for (const [k, n] of [...textPieces].sort((a, b) => b[1] - a[1])) out(`| ${k} | ${kib(n)} |`);
  out('\n| document pages (both UI languages, or the one page without its text box), by piece | KiB per document |\n|---|---:|');
  for (const [k, n] of [...pieces].sort((a, b) => b[1] - a[1])) out(`| ${k} | ${kib(n)} |`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
