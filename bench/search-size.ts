/**
 * Search size benchmark: bytes a browser transfers before the first results of a query are
 * shown, seckb's sharded index vs Pagefind over the same documents (bench/pagefind-site.ts),
 * measured in Chromium (playwright-core, /usr/bin/chromium) by recording every response the page
 * fetches. Both engines return 5 results with excerpts (Pagefind: 5 fragments loaded). gzip sizes
 * are what a server with compression sends; Pagefind's .pf_* files are already compressed.
 *
 *   npx tsx bench/search-size.ts [--docs 1000,2000]   # plus content/sources and ../shared/seeds
 *
 * Generated corpora come from bench/ingest-corpus.ts (fictional vendors, EN and PL, five formats);
 * parsed documents are cached in the OS temp dir between runs.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { loadDocument } from '../ingest/load.ts';
import { assignDocumentIds } from '../src/kb/ids.ts';
import type { SeckbDocument } from '../src/model/types.ts';
import { buildSearchIndexes } from '../src/search/build.ts';
import { writeCorpus } from './ingest-corpus.ts';
import { serve, writePagefindSite } from './pagefind-site.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(tmpdir(), 'seckb-bench-search');
const args = process.argv.slice(2);
const docCounts = (args[args.indexOf('--docs') + 1] && args.includes('--docs') ? args[args.indexOf('--docs') + 1]! : '1000,2000').split(',').map(Number).filter((n) => n > 0);

function files(dir: string): string[] {
  return readdirSync(dir).filter((f) => !f.startsWith('.') && !f.endsWith('.meta.json')).sort().map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile());
}

/** Parsed documents with unique ids, as `seckb ingest` gives them. */
async function loadAll(paths: string[]): Promise<SeckbDocument[]> {
  const ids = assignDocumentIds(paths);
  const docs: SeckbDocument[] = [];
  for (const f of paths) {
    const doc = await loadDocument(f).catch(() => undefined);
    if (doc) docs.push({ ...doc, id: ids.get(f)! });
  }
  return docs;
}

/** A made-up name of `length` letters, different for every `n` ("Bakodu", "Cekoda", ...). */
function uniqueName(n: number, length: number): string {
  const C = 'bcdfghklmnprstvz';
  const V = 'aeiou';
  let out = '';
  let x = n;
  for (let i = 0; i < length; i++) {
    const set = i % 2 ? V : C;
    out += set[x % set.length];
    x = Math.floor(x / set.length);
  }
  return out[0]!.toUpperCase() + out.slice(1);
}

/**
 * `count` documents, each with its own vendor: bench/ingest-corpus.ts gives a few hundred
 * distinct files (its vendor names repeat), so copies get a made-up vendor name of the same
 * length in place of the original (offsets stay valid). Parsed once and cached.
 */
async function generated(count: number): Promise<SeckbDocument[]> {
  const cache = path.join(work, 'docs-base.json');
  let base: SeckbDocument[];
  if (existsSync(cache)) base = JSON.parse(readFileSync(cache, 'utf8')) as SeckbDocument[];
  else {
    const dir = path.join(work, 'corpus');
    rmSync(dir, { recursive: true, force: true });
    const written = await writeCorpus(dir, 400);
    base = await loadAll([...new Set(written.map((w) => w.file))]);
    writeFileSync(cache, JSON.stringify(base));
  }
  return Array.from({ length: count }, (_, i) => {
    const doc = base[i % base.length]!;
    const stem = doc.vendor.name.split(' ')[0]!;
    const name = uniqueName(i + 7, stem.length);
    const swap = (s: string) => s.split(stem).join(name).split(stem.toUpperCase()).join(name.toUpperCase());
    return { ...doc, id: `${name.toLowerCase()}-${i}`, title: swap(doc.title), text: swap(doc.text), vendor: { ...doc.vendor, name: swap(doc.vendor.name) }, sections: doc.sections.map((s) => ({ ...s, heading: swap(s.heading) })) };
  });
}

async function prepare(out: string, docs: SeckbDocument[]): Promise<Record<string, string>> {
  rmSync(out, { recursive: true, force: true });
  const kbFiles = buildSearchIndexes(docs);
  for (const [file, content] of Object.entries(kbFiles)) {
    mkdirSync(path.dirname(path.join(out, 'kb', file)), { recursive: true });
    writeFileSync(path.join(out, 'kb', file), content);
  }
  // The client the site ships: query.ts bundled and minified.
  const entry = path.join(root, 'bench/.search-client.ts');
  writeFileSync(entry, `import { loadSearch } from '../src/search/query.ts';\n(globalThis as any).seckbSearch = async (q: string, lang?: string) => {\n  const engine = await loadSearch((f) => fetch('/kb/' + f).then((r) => r.text()));\n  return (await engine.searchAsync(q, { lang, limit: 5 })).length;\n};\n`);
  try {
    await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', outfile: path.join(out, 'seckb-search.js'), logLevel: 'error' });
  } finally {
    rmSync(entry);
  }
  writeFileSync(path.join(out, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await writePagefindSite(out, docs);
  return kbFiles;
}

interface Transfer { raw: number; gzip: number; requests: number; hits: number }

/** Runs `fn` in a fresh page and sums the files the page fetched. */
async function measure(browser: Browser, base: string, dir: string, page0: string, fn: string, fnArgs: unknown[]): Promise<Transfer> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${base}/${page0}`);
  requests.length = 0;
  const hits = await page.evaluate(new Function('args', fn) as (a: unknown[]) => Promise<number>, fnArgs);
  await page.close();
  let raw = 0;
  let gzip = 0;
  for (const p of requests) {
    const bytes = readFileSync(path.join(dir, p));
    raw += bytes.length;
    // Pagefind's files and the site's data files (.gz) are stored compressed: counted as they are.
    gzip += /\.pf_|\.gz$/.test(p) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, requests: requests.length, hits };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  mkdirSync(work, { recursive: true });
  const corpora: Array<{ name: string; docs: () => Promise<SeckbDocument[]> }> = [
    { name: 'sample corpus (content/sources)', docs: () => loadAll(files(path.join(root, 'content/sources'))) },
  ];
  const seeds = path.resolve(root, '../shared/seeds');
  if (existsSync(seeds)) corpora.push({ name: 'seeds (../shared/seeds)', docs: () => loadAll(files(seeds)) });
  for (const n of docCounts) corpora.push({ name: `generated, ${n} documents (bench/ingest-corpus.ts)`, docs: () => generated(n) });

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const lines: string[] = [];
  const summary: string[] = ['| corpus | seckb gzip (median of queries) | Pagefind gzip | ratio |', '|---|---:|---:|---:|'];
  for (const corpus of corpora) {
    const docs = await corpus.docs();
    const out = path.join(work, `site-${docs.length}`);
    const kbFiles = await prepare(out, docs);
    const text = docs.reduce((n, d) => n + d.text.length, 0);
    const vendor = docs.map((d) => d.vendor.name).filter(Boolean).sort()[Math.floor(docs.length / 2)] ?? 'Fixora';
    const queries: Array<{ q: string; lang?: string }> = [
      { q: 'kopie zapasowe' },
      { q: 'encryption', lang: 'en' },
      { q: 'Frankfurt backup' },
      { q: `${vendor} backup` },
      { q: 'penetration test' },
    ];
    const total = Object.values(kbFiles).reduce((n, c) => n + c.length, 0);
    const per = (re: RegExp) => Object.entries(kbFiles).filter(([f]) => re.test(f)).map(([, c]) => c.length);
    const dicts = per(/search\/[a-z]+\.json$/);
    const terms = per(/\.t\d+\.json$/);
    lines.push(`### ${corpus.name}: ${docs.length} documents, ${kib(text)} of text`, '');
    lines.push(`seckb search files: ${Object.keys(kbFiles).length}, ${kib(total)} raw in all; dictionaries ${dicts.map(kib).join(' + ')}; ${terms.length} term files (largest ${kib(Math.max(...terms))}).`);
    const client = readFileSync(path.join(out, 'seckb-search.js'));
    lines.push(`seckb client JS (query.ts, minified): ${kib(client.length)} raw, ${kib(gzipSync(client, { level: 9 }).length)} gzip.`, '');
    const server = await serve(out);
    lines.push('| first query | engine | requests | raw | on the wire (gzip) | hits |', '|---|---|---:|---:|---:|---:|');
    const ours: number[] = [];
    const theirs: number[] = [];
    for (const { q, lang } of queries) {
      const label = `"${q}"${lang ? ` (lang ${lang})` : ''}`;
      const s = await measure(browser, server.url, out, 'index.html', `return import('/seckb-search.js').then(() => globalThis.seckbSearch(args[0], args[1]))`, [q, lang]);
      const pf = await measure(browser, server.url, out, `blank-${lang ?? 'en'}.html`, `return import('/site/pagefind/pagefind.js').then(async (pf) => { await pf.init(); const s = await pf.search(args[0]); await Promise.all(s.results.slice(0, 5).map((r) => r.data())); return s.results.length; })`, [q]);
      ours.push(s.gzip);
      theirs.push(pf.gzip);
      lines.push(`| ${label} | seckb | ${s.requests} | ${kib(s.raw)} | ${kib(s.gzip)} | ${s.hits} |`);
      lines.push(`| ${label} | Pagefind | ${pf.requests} | ${kib(pf.raw)} | ${kib(pf.gzip)} | ${pf.hits} |`);
    }
    server.close();
    summary.push(`| ${corpus.name} | ${kib(median(ours))} (max ${kib(Math.max(...ours))}) | ${kib(median(theirs))} (max ${kib(Math.max(...theirs))}) | ${(median(ours) / median(theirs)).toFixed(2)} |`);
    lines.push('');
  }
  await browser.close();
  process.stdout.write(['## Bytes before the first 5 results', '', ...summary, '', ...lines].join('\n') + '\n');
}

await main();
