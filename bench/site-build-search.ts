/**
 * Bytes before the first search results on the built seckb site (bench/site-build.ts's dist/ of
 * N documents) vs Pagefind over the same documents, side by side in Chromium. seckb: the search
 * page's scripts, the index files and the document pages the first 5 results' excerpts are cut from,
 * everything the page fetches until the first results show. Pagefind: its script, WASM and index
 * files until `search()` and `data()` of its first 5 results are done (bench/pagefind-site.ts).
 * gzip sizes as a compressing server sends them (Pagefind's files are compressed already).
 *
 *   npx tsx bench/site-build-search.ts [--docs 200]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import type { SeckbDocument } from '../src/model/types.ts';
import { serve, writePagefindSite } from './pagefind-site.ts';
import { serve as serveSite } from '../tests/site/serve.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { docs: { type: 'string', default: '200' } } });
const n = Number(values.docs);
const work = path.join(root, 'bench/output/site');
const dist = path.join(work, `dist-seckb-${n}`);
const kb = path.join(work, `kb-${n}`);
if (!existsSync(dist)) throw new Error(`bench: no ${dist}: run npm run bench:site -- --docs ${n} --only seckb first`);

interface Transfer {
  raw: number;
  gzip: number;
  requests: number;
}

function sum(dir: string, paths: string[]): Transfer {
  let raw = 0;
  let gzip = 0;
  for (const p of paths) {
    let file = path.join(dir, decodeURIComponent(p));
    if (p.endsWith('/')) file = path.join(file, 'index.html');
    const bytes = readFileSync(file);
    raw += bytes.length;
    // Pagefind's files and the site's data files (.gz) are stored compressed: counted as they are.
    gzip += /\.pf_|\.gz$/.test(p) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, requests: paths.length };
}

/** seckb: the search page of the built site, one query typed, until the first results show. */
async function seckb(browser: Browser, url: string, q: string, lang?: string): Promise<Transfer> {
  const page = await browser.newPage();
  await page.goto(`${url}/en/search/`);
  if (lang) await page.locator('#search-lang').selectOption(lang);
  // What had arrived when the first results were drawn (the page then fetches up to 20 more).
  await page.evaluate(() => {
    const list = document.getElementById('search-results')!;
    new MutationObserver((_, observer) => {
      if (!list.querySelector('a.result')) return;
      (window as unknown as { first: string[] }).first = performance.getEntriesByType('resource').map((e) => e.name);
      observer.disconnect();
    }).observe(list, { childList: true, subtree: true });
  });
  await page.locator('#q').fill(q);
  await page.waitForFunction(() => (window as unknown as { first?: string[] }).first, undefined, { timeout: 60_000 });
  const first = await page.evaluate(() => (window as unknown as { first: string[] }).first);
  // The search page itself is left out; the document pages the excerpts are cut from count.
  const fetched = first.map((u) => new URL(u).pathname).filter((p) => (!p.endsWith('/') || p.startsWith('/documents/')) && !p.endsWith('.css') && !p.endsWith('.svg'));
  await page.close();
  return sum(dist, fetched);
}

async function pagefind(browser: Browser, url: string, dir: string, q: string, lang?: string): Promise<Transfer> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${url}/blank-${lang ?? 'en'}.html`);
  requests.length = 0;
  await page.evaluate(async (query) => {
    const pf = await import('/site/pagefind/pagefind.js' as string);
    await pf.init();
    const s = await pf.search(query);
    await Promise.all(s.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
  }, q);
  await page.close();
  return sum(dir, requests);
}

const docs = readdirSync(path.join(kb, 'documents')).map((f) => JSON.parse(readFileSync(path.join(kb, 'documents', f), 'utf8')) as SeckbDocument);
const pfDir = path.join(work, `pagefind-${n}`);
rmSync(pfDir, { recursive: true, force: true });
mkdirSync(pfDir, { recursive: true });
await writePagefindSite(pfDir, docs);
const vendor = docs[Math.floor(docs.length / 2)]!.vendor.name;
const QUERIES: Array<[string, string?]> = [['kopie zapasowe'], ['encryption', 'en'], ['Frankfurt backup'], [`${vendor} backup`], ['penetration test']];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const site = await serveSite(dist);
const pf = await serve(pfDir);
const kib = (b: number) => (b / 1024).toFixed(1);
console.log(`| query (${docs.length} documents) | seckb site: requests / raw / gzip KiB | Pagefind: requests / raw / gzip KiB | gzip ratio |`);
console.log('|---|---:|---:|---:|');
const ratios: number[] = [];
for (const [q, lang] of QUERIES) {
  const s = await seckb(browser, site.url, q, lang);
  const p = await pagefind(browser, pf.url, pfDir, q, lang);
  ratios.push(s.gzip / p.gzip);
  console.log(`| ${q}${lang ? ` (lang ${lang})` : ''} | ${s.requests} / ${kib(s.raw)} / ${kib(s.gzip)} | ${p.requests} / ${kib(p.raw)} / ${kib(p.gzip)} | ${(s.gzip / p.gzip).toFixed(2)} |`);
}
console.log(`median ratio ${[...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!.toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}`);
await browser.close();
await site.close();
pf.close();
