/**
 * `npm run bench:site`: `astro build` of the seckb site over a generated KB vs a plain Astro site
 * (a content collection of the same documents as markdown pages), side by side, each with its
 * own cold cache folder (results: bench/README.md, "Site at scale").
 *
 * Per corpus size: bench/ingest-corpus.ts's papers (a vendor of its own per four papers) are
 * ingested with the CLI (compiled lib/ when current), then both sites are built in fresh
 * processes under GNU time (wall, user + sys CPU, peak RSS), order alternating per round; then
 * dist/ bytes, files and HTML pages are counted. Corpus and KB are kept in bench/output/site/
 * and reused by later runs (`--fresh` rebuilds them), so a run after a site change only builds.
 *
 * `--site DIR` builds the seckb site of another checkout (e.g. `git archive` of an older commit with
 * node_modules linked), to measure before/after with the same corpus.
 *
 *   npm run bench:site -- [--docs 1000,2000] [--rounds 1] [--fresh] [--only seckb|plain] [--site DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './ingest-corpus.ts';
import { writePlainSite } from './plain-astro-site.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000,2000' },
    rounds: { type: 'string', default: '1' },
    fresh: { type: 'boolean', default: false },
    only: { type: 'string' },
    site: { type: 'string' },
  },
});
const DOCS = values.docs.split(',').map(Number);
const ROUNDS = Number(values.rounds);
const work = path.join(root, 'bench/output/site');
const astro = path.join(root, 'node_modules/astro/astro.js');
const site = path.resolve(values.site ?? root);
const log = (s: string) => process.stderr.write(`${s}\n`);
/** The middle value; the mean of the two middle ones for an even count. */
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Run {
  wallS: number;
  cpuS: number;
  rssMb: number;
}

/** One command in a fresh process under GNU time; throws with its last lines when it fails. */
function measure(cmd: string[], cwd: string, env: NodeJS.ProcessEnv = {}, okCodes = [0]): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...cmd], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 512 * 1024 * 1024,
  });
  const lines = r.stderr.trim().split('\n');
  if (!okCodes.includes(r.status ?? -1)) throw new Error(`bench: ${cmd.join(' ')} failed (${r.status}): ${lines.slice(-5).join(' | ')}`);
  const [wall, user, sys, kb] = lines.at(-1)!.split(' ').map(Number);
  return { wallS: wall!, cpuS: user! + sys!, rssMb: kb! / 1024 };
}

/** Files, bytes and HTML pages under `dir`. */
function distSize(dir: string): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
    if (e.name.endsWith('.html')) pages++;
  }
  return { files, bytes, pages };
}

/** Corpus and KB of `n` documents, made once and reused unless --fresh. */
async function knowledgeBase(n: number): Promise<{ kb: string; docs: number; ingest?: Run }> {
  const corpus = path.join(work, `corpus-${n}`);
  const kb = path.join(work, `kb-${n}`);
  const done = path.join(work, `kb-${n}.done`);
  if (values.fresh || !existsSync(done)) {
    for (const p of [corpus, kb, path.join(work, `.kb-${n}.cache`), done]) rmSync(p, { recursive: true, force: true });
    log(`corpus of ${n} documents ...`);
    await writeCorpus(corpus, n);
    log('ingest ...');
    const ingest = measure(['node', path.join(root, 'bin/seckb.js'), 'ingest', corpus, '--out', kb], root, {}, [0, 1]);
    writeFileSync(done, JSON.stringify(ingest));
  }
  const docs = JSON.parse(readFileSync(path.join(kb, 'manifest.json'), 'utf8')).documents.filter((d: { status: string }) => d.status === 'ok').length as number;
  return { kb, docs, ingest: JSON.parse(readFileSync(done, 'utf8')) as Run };
}

/**
 * V8 flags of the seckb build, as the built checkout's package.json `build` script runs astro
 * (`node --heap-growing-percent=50 node_modules/astro/astro.js build`: a full collection when the
 * heap reaches 1.5x what was live after the last one; V8's default lets it reach 2-4x, and the
 * build's peak RSS was mostly garbage). Not a cap: a larger KB still gets the heap it needs. So
 * `--site DIR` builds as that checkout did.
 */
const SECKB_NODE_FLAGS = /node((?: --[\w-]+(?:=\S+)?)*) node_modules\/astro\/astro\.js build/.exec(JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8')).scripts?.build ?? '')?.[1]?.trim().split(' ').filter(Boolean) ?? [];

/** Cold `astro build` of the seckb site over `kb`, with a cache folder of its own. */
function buildSeckb(n: number, kb: string): Run {
  const out = path.join(work, `dist-seckb-${n}`);
  const cache = path.join(work, `cache-seckb-${n}`);
  for (const p of [out, cache]) rmSync(p, { recursive: true, force: true });
  return measure(['node', ...SECKB_NODE_FLAGS, astro, 'build'], site, { SECKB_KB: kb, SECKB_SITE_OUT: out, SECKB_ASTRO_CACHE: cache });
}

/** Bytes per document of each part of dist/ (first folder; under en/ and pl/ both summed by the next one). */
function byRoute(dir: string, docs: number): string {
  const parts = new Map<string, number>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep);
    const key = rel[0] === 'en' || rel[0] === 'pl' ? `<lang>/${rel[1]}` : rel.length > 1 ? `${rel[0]}/` : rel[0]!;
    parts.set(key, (parts.get(key) ?? 0) + statSync(path.join(e.parentPath, e.name)).size);
  }
  return [...parts]
    .sort((a, b) => b[1] - a[1])
    .filter(([, bytes]) => bytes / docs >= 51.2)
    .map(([key, bytes]) => `${key} ${(bytes / 1024 / docs).toFixed(1)}`)
    .join(', ');
}

/** Cold `astro build` of the plain site (its .astro and cache folders removed first). */
function buildPlain(dir: string): Run {
  for (const p of ['dist', '.astro', '.cache']) rmSync(path.join(dir, p), { recursive: true, force: true });
  return measure(['node', astro, 'build'], dir);
}

mkdirSync(work, { recursive: true });
const rows: string[] = [];
const routes: string[] = [];
const out = (s: string) => {
  rows.push(s);
  log(s);
};
out(`| documents | seckb wall / CPU / peak RSS | plain Astro wall / CPU / peak RSS | CPU ratio | wall ratio | seckb pages / files / MB | plain pages / MB | bytes per document, seckb / plain (ratio) |`);
out('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of DOCS) {
  const { kb, docs, ingest } = await knowledgeBase(n);
  const plainDir = path.join(work, `plain-${n}`);
  rmSync(plainDir, { recursive: true, force: true });
  writePlainSite(plainDir, kb);
  symlinkSync(path.join(root, 'node_modules'), path.join(plainDir, 'node_modules'));
  const seckb: Run[] = [];
  const plain: Run[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const pair: Array<() => void> = [];
    if (values.only !== 'plain') pair.push(() => seckb.push(buildSeckb(n, kb)));
    if (values.only !== 'seckb') pair.push(() => plain.push(buildPlain(plainDir)));
    for (const run of r % 2 ? pair.reverse() : pair) {
      run();
      log(`  round ${r + 1}: seckb ${JSON.stringify(seckb.at(-1))} plain ${JSON.stringify(plain.at(-1))}`);
    }
  }
  const m = (rs: Run[], k: keyof Run) => (rs.length ? median(rs.map((x) => x[k])) : NaN);
  const s = values.only === 'plain' ? { files: 0, bytes: 0, pages: 0 } : distSize(path.join(work, `dist-seckb-${n}`));
  const p = values.only === 'seckb' ? { files: 0, bytes: 0, pages: 0 } : distSize(path.join(plainDir, 'dist'));
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  const kbPerDoc = (b: number) => (b / 1024 / docs).toFixed(1);
  const run = (rs: Run[]) => `${m(rs, 'wallS').toFixed(1)} s / ${m(rs, 'cpuS').toFixed(1)} s / ${m(rs, 'rssMb').toFixed(0)} MiB`;
  out(
    `| ${docs} (ingest ${ingest ? `${ingest.wallS.toFixed(0)} s wall, ${ingest.cpuS.toFixed(0)} s CPU` : 'reused'}) | ${run(seckb)} | ${run(plain)} | ${(m(seckb, 'cpuS') / m(plain, 'cpuS')).toFixed(2)}x | ${(m(seckb, 'wallS') / m(plain, 'wallS')).toFixed(2)}x | ${s.pages} / ${s.files} / ${mb(s.bytes)} | ${p.pages} / ${mb(p.bytes)} | ${kbPerDoc(s.bytes)} KiB / ${kbPerDoc(p.bytes)} KiB (${(s.bytes / p.bytes).toFixed(2)}x) |`,
  );
  if (values.only !== 'plain') routes.push(`- ${docs} documents, KiB per document by part of dist/: ${byRoute(path.join(work, `dist-seckb-${n}`), docs)}`);
}
const note = `\nrounds: ${ROUNDS}; load average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${new Date().toISOString()}\n`;
for (const r of routes) log(r);
writeFileSync(path.join(root, 'bench/output/site-build.md'), `${rows.join('\n')}\n\n${routes.join('\n')}\n${note}`);
log(`${note}written to bench/output/site-build.md`);
