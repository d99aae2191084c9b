/**
 * Search ranking quality: the queries of eval/search/queries.json through seckb's search and
 * through Pagefind over the same documents (bench/pagefind-site.ts, in Chromium), with hit@1,
 * hit@5 and MRR per split (tune, sealed) and per query kind.
 *
 *   npx tsx bench/search-quality.ts [--misses] [--no-pagefind]
 *
 * Pagefind keeps one index per page language and searches the one of the page it runs in, so
 * each query runs on an English and a Polish page and the two result lists are merged by score
 * (a query with `lang` uses that language's index only). Its sub-results (one per heading)
 * give the (document, section) ranking compared with seckb's.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { evalFiles, loadQueries, metrics, rankOf, resolveTargets, type EvalQuery, type Metrics, type Ranked } from '../eval/search/score.ts';
import { loadDocument } from '../ingest/load.ts';
import { buildSearchIndexes } from '../src/search/build.ts';
import { loadSearchSync } from '../src/search/query.ts';
import { serve, writePagefindSite } from './pagefind-site.ts';

const args = process.argv.slice(2);
const docs = await Promise.all(evalFiles().map((f) => loadDocument(f)));
const queries = loadQueries();
const targets = resolveTargets(queries, docs);

function seckbRanks(): Map<string, Ranked[]> {
  const engine = loadSearchSync(buildSearchIndexes(docs));
  return new Map(
    queries.map((q) => [q.id, engine.search(q.q, { limit: 20, ...(q.lang ? { lang: q.lang } : {}) }).map((r) => ({ doc: r.documentId, section: r.sectionId }))]),
  );
}

async function pagefindRanks(): Promise<Map<string, Ranked[]>> {
  const out = path.join(tmpdir(), 'seckb-bench-search-quality');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await writePagefindSite(out, docs);
  const server = await serve(out);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const perLang = new Map<string, Map<string, Array<{ score: number; doc: string; sections: string[] }>>>();
  for (const lang of ['en', 'pl']) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/blank-${lang}.html`);
    const results = await page.evaluate(async ([qs, bundle]: [string[], string]) => {
      const pf = await import(bundle);
      await pf.init();
      const all: Array<Array<{ score: number; url: string; subs: string[] }>> = [];
      for (const q of qs) {
        const s = await pf.search(q);
        const rows = await Promise.all(
          s.results.slice(0, 10).map(async (r: any) => {
            const d = await r.data();
            const subs = [...d.sub_results]
              .map((x: any) => ({ url: x.url as string, w: (x.weighted_locations ?? []).reduce((n: number, l: any) => n + l.balanced_score, 0) }))
              .sort((a, b) => b.w - a.w)
              .map((x) => x.url);
            return { score: r.score as number, url: d.url as string, subs };
          }),
        );
        all.push(rows);
      }
      return all;
    }, [queries.map((q) => q.q), '/site/pagefind/pagefind.js'] as [string[], string]);
    perLang.set(lang, new Map(queries.map((q, i) => [q.id, results[i]!.map((r) => ({ score: r.score, doc: docOf(r.url), sections: r.subs.map(sectionOf) }))])));
    await page.close();
  }
  await browser.close();
  server.close();
  const ranks = new Map<string, Ranked[]>();
  for (const q of queries) {
    const pages = (q.lang ? [q.lang] : ['en', 'pl']).flatMap((l) => perLang.get(l)?.get(q.id) ?? []).sort((a, b) => b.score - a.score);
    ranks.set(q.id, pages.flatMap((p) => (p.sections.length ? p.sections : ['']).map((section) => ({ doc: p.doc, section }))));
  }
  return ranks;
}

const docOf = (url: string) => decodeURIComponent(url.replace(/^.*\/site\//, '').replace(/\.html(#.*)?$/, '').replace(/#.*$/, ''));
const sectionOf = (url: string) => decodeURIComponent(url.includes('#') ? url.slice(url.indexOf('#') + 1) : '');

const f2 = (x: number) => x.toFixed(2);
const row = (label: string, m: Metrics) => `| ${label} | ${m.n} | ${f2(m.hit1)} | ${f2(m.hit5)} | ${f2(m.mrr)} |`;

function report(name: string, ranked: Map<string, Ranked[]>): string[] {
  const rank = (q: EvalQuery) => rankOf(ranked.get(q.id) ?? [], targets.get(q.id)!);
  const lines = [`### ${name}`, '', '| queries | n | hit@1 | hit@5 | MRR |', '|---|---:|---:|---:|---:|'];
  lines.push(row('all', metrics(queries.map(rank))));
  for (const split of ['tune', 'sealed'] as const) lines.push(row(split, metrics(queries.filter((q) => q.split === split).map(rank))));
  for (const kind of [...new Set(queries.map((q) => q.kind))].sort()) lines.push(row(`kind: ${kind}`, metrics(queries.filter((q) => q.kind === kind).map(rank))));
  if (args.includes('--misses')) {
    // Misses of the tune split only: the sealed split is for measuring.
    for (const q of queries.filter((x) => x.split === 'tune' && rank(x) !== 1)) {
      process.stderr.write(`${name} ${q.id} rank ${rank(q)} "${q.q}" top: ${(ranked.get(q.id) ?? []).slice(0, 3).map((r) => `${r.doc}#${r.section}`).join(', ')}\n`);
    }
  }
  return [...lines, ''];
}

const lines = [`${queries.length} queries (${queries.filter((q) => q.split === 'sealed').length} sealed) over ${docs.length} documents`, ''];
lines.push(...report('seckb', seckbRanks()));
if (!args.includes('--no-pagefind')) lines.push(...report('Pagefind', await pagefindRanks()));
process.stdout.write(lines.join('\n') + '\n');
