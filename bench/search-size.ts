/**
 * Search size benchmark: index bytes per language and bytes a browser transfers for a first
 * query, seckb's MiniSearch shards vs Pagefind over the same documents (one HTML page each).
 * Both are measured in Chromium (playwright-core, /usr/bin/chromium) by recording every response
 * the page fetches; gzip sizes are what a server with compression would send.
 *
 *   npx tsx bench/search-size.ts            # corpora: content/sources and ../shared/seeds
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import { loadDocument } from '../ingest/load.ts';
import type { SeckbDocument } from '../src/model/types.ts';
import { buildSearchIndexes } from '../src/search/build.ts';

const root = path.resolve(import.meta.dirname, '..');
const CORPORA = [
  { name: 'sample corpus (content/sources)', dir: path.join(root, 'content/sources') },
  { name: 'seeds (../shared/seeds)', dir: path.resolve(root, '../shared/seeds') },
];
const QUERIES: Array<{ q: string; lang?: string }> = [{ q: 'kopie zapasowe' }, { q: 'encryption', lang: 'en' }];

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The same documents as a minimal static site: one page per document, sections as h2 + p. */
function documentPage(doc: SeckbDocument): string {
  const body = doc.sections
    .map((s) => `<h2>${escape(s.heading)}</h2>\n<p>${escape(doc.text.slice(s.start + s.heading.length, s.end).trim())}</p>`)
    .join('\n');
  return `<!doctype html><html lang="${doc.language}"><head><meta charset="utf-8"><title>${escape(doc.title)}</title></head><body><main data-pagefind-body><h1>${escape(doc.title)}</h1>\n${body}</main></body></html>`;
}

function files(dir: string): string[] {
  return readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile() && !f.endsWith('.meta.json'));
}

async function prepare(out: string, docs: SeckbDocument[]) {
  rmSync(out, { recursive: true, force: true });
  const kbFiles = buildSearchIndexes(docs);
  for (const [file, content] of Object.entries(kbFiles)) {
    mkdirSync(path.dirname(path.join(out, 'kb', file)), { recursive: true });
    writeFileSync(path.join(out, 'kb', file), content);
  }
  // The client the site would ship: query.ts bundled and minified.
  const entry = path.join(root, 'bench/.search-client.ts');
  writeFileSync(entry, `import { loadSearch } from '../src/search/query.ts';\n(globalThis as any).seckbSearch = async (q: string, lang?: string) => {\n  const engine = await loadSearch((f) => fetch('/kb/' + f).then((r) => r.text()), { langs: [] });\n  return engine.searchAsync(q, { lang, limit: 5 });\n};\n`);
  try {
    await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', outfile: path.join(out, 'seckb-search.js'), logLevel: 'error' });
  } finally {
    rmSync(entry);
  }
  writeFileSync(path.join(out, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  mkdirSync(path.join(out, 'site'), { recursive: true });
  for (const doc of docs) writeFileSync(path.join(out, 'site', `${doc.id}.html`), documentPage(doc));
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('pagefind: could not create an index');
  await index.addDirectory({ path: path.join(out, 'site') });
  await index.writeFiles({ outputPath: path.join(out, 'site/pagefind') });
  await pagefind.close();
  return kbFiles;
}

function serve(dir: string) {
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.wasm') || file.includes('.pagefind') ? 'application/wasm' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

interface Transfer { raw: number; gzip: number; requests: string[] }

/** Runs `fn` in a fresh page and sums the files the page fetched. */
async function measure(browser: import('playwright-core').Browser, base: string, dir: string, fn: string, args: unknown[]): Promise<Transfer & { hits: number }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(base + '/index.html');
  requests.length = 0;
  const hits = await page.evaluate(new Function('args', fn) as (a: unknown[]) => Promise<number>, args);
  await page.close();
  let raw = 0;
  let gzip = 0;
  for (const p of requests) {
    const bytes = readFileSync(path.join(dir, p));
    raw += bytes.length;
    // Pagefind's .pf_* files are already gzip-compressed; compressing again gains nothing.
    gzip += /\.pf_/.test(p) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, requests, hits };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const lines: string[] = [];
  for (const corpus of CORPORA) {
    if (!existsSync(corpus.dir)) continue;
    const docs = await Promise.all(files(corpus.dir).map((f) => loadDocument(f).catch(() => undefined)));
    const ok = docs.filter((d): d is SeckbDocument => d !== undefined);
    const out = path.join(tmpdir(), 'seckb-bench-search', path.basename(corpus.dir));
    const kbFiles = await prepare(out, ok);
    const text = ok.reduce((n, d) => n + d.text.length, 0);
    lines.push(`### ${corpus.name}: ${ok.length} documents, ${kib(text)} of text`, '', '| file | raw | gzip |', '|---|---:|---:|');
    for (const [file, content] of Object.entries(kbFiles)) lines.push(`| seckb ${file} | ${kib(content.length)} | ${kib(gzipSync(content, { level: 9 }).length)} |`);
    const client = readFileSync(path.join(out, 'seckb-search.js'));
    lines.push(`| seckb client JS (query.ts, minified) | ${kib(client.length)} | ${kib(gzipSync(client, { level: 9 }).length)} |`);
    let pfTotal = 0;
    const walk = (d: string): void => readdirSync(d).forEach((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : (pfTotal += statSync(path.join(d, f)).size)));
    walk(path.join(out, 'site/pagefind'));
    lines.push(`| Pagefind bundle, all files | ${kib(pfTotal)} | (pre-compressed) |`, '');
    const server = await serve(out);
    lines.push('| first query | engine | requests | raw | on the wire (gzip) | hits |', '|---|---|---:|---:|---:|---:|');
    for (const { q, lang } of QUERIES) {
      const label = `"${q}"${lang ? ` (lang ${lang})` : ''}`;
      const ours = await measure(browser, server.url, out, `return import('/seckb-search.js').then(() => globalThis.seckbSearch(args[0], args[1])).then((r) => r.length)`, [q, lang]);
      const pf = await measure(browser, server.url, out, `return import('/site/pagefind/pagefind.js').then(async (pf) => { await pf.init(); const s = await pf.search(args[0]); await Promise.all(s.results.slice(0, 5).map((r) => r.data())); return s.results.length; })`, [q]);
      lines.push(`| ${label} | seckb MiniSearch | ${ours.requests.length} | ${kib(ours.raw)} | ${kib(ours.gzip)} | ${ours.hits} |`);
      lines.push(`| ${label} | Pagefind | ${pf.requests.length} | ${kib(pf.raw)} | ${kib(pf.gzip)} | ${pf.hits} |`);
    }
    server.close();
    lines.push('');
  }
  await browser.close();
  process.stdout.write(lines.join('\n') + '\n');
}

await main();
