/**
 * `npm run bench`: seckb at scale, every comparison side by side in one run, medians, ratios
 * first (results: bench/README.md, "Scale"). On a shared machine wall time swings with the load
 * of others; CPU time (user + sys of the whole process, workers included) is reported next to it
 * and is what the ratios use where noted.
 *
 * 1. Cold ingest of N generated documents (bench/ingest-corpus.ts, a vendor of its own per four
 *    papers) vs bare extraction: the same readers alone (pool `read` tasks, same thread count),
 *    since no pdftotext/pandoc is installed here.
 * 2. Re-ingest after changing 1 of N files vs the cold ingest.
 * 3. Size series: one document of 100 KB .. 6.4 MB of each kind (bench/size-corpus.ts: varied and
 *    repetitive prose in English and Polish, a questionnaire as csv and xlsx), CPU ms per MB of
 *    read -> model -> claims -> findings, in-process; `--base DIR` runs the same files through
 *    another checkout (e.g. `git worktree add /tmp/before <rev>`) and prints the ratios.
 * 4. `seckb check` on small markdown files (3 lines; 3 KB of Polish): wall, CPU and peak RSS with
 *    the worker snapshot, without it, from source, and `node -e 0`.
 * 5. `seckb check` on a 50-page .docx vs textlint on the same text (bench/check-textlint.ts).
 *
 *   npm run bench -- [--docs 200,1000] [--rounds 2] [--sizes 100,400,1600,6400] [--parts ingest,sizes,check,textlint] [--base DIR]
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { checkVsTextlint } from './check-textlint.ts';
import { writeCorpus } from './ingest-corpus.ts';
import { SIZE_KINDS, writeSized } from './size-corpus.ts';
import { measure, median, type Run } from './measure.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/seckb.js');
const { values } = parseArgs({ options: { docs: { type: 'string', default: '200,1000' }, rounds: { type: 'string', default: '2' }, sizes: { type: 'string', default: '100,400,1600,6400' }, parts: { type: 'string', default: 'ingest,sizes,check,textlint' }, base: { type: 'string' } } });
const PARTS = new Set(values.parts.split(','));
const DOCS = values.docs.split(',').map(Number);
const ROUNDS = Number(values.rounds);
const SIZES = values.sizes.split(',').map(Number);
const work = mkdtempSync(path.join(os.tmpdir(), 'seckb-bench-scale-'));
const log = (s: string) => process.stderr.write(`${s}\n`);

const rows: string[] = [];
const out = (s: string) => {
  rows.push(s);
  log(s);
};

// --- 1 + 2: ingest at N documents ---
if (PARTS.has('ingest')) {
  out('| documents | cold ingest wall / CPU | bare extraction wall / CPU | CPU ratio | peak RSS | re-ingest, 1 file changed: wall / CPU | re-ingest peak RSS | re-ingest / cold (wall) |');
  out('|---:|---:|---:|---:|---:|---:|---:|---:|');
  // The baseline runs compiled, like the CLI (lib/), so neither side pays for tsx.
  const compiled = path.join(root, 'bench/output/compiled');
  await build({
    absWorkingDir: root,
    entryPoints: { 'read-only': 'bench/read-only.ts', worker: 'ingest/worker-entry.ts' },
    outdir: compiled,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    define: { 'process.env.SECKB_COMPILED': '"1"' },
    logLevel: 'warning',
  });
  const readOnly = path.join(compiled, 'read-only.js');
  for (const n of DOCS) {
    const corpus = path.join(work, `corpus-${n}`);
    const files = await writeCorpus(corpus, n);
    const bytes = files.reduce((a, f) => a + f.bytes, 0);
    const threads = Math.min(os.availableParallelism(), Math.max(1, Math.ceil(n / 16)));
    const cold: Run[] = [];
    const bare: Run[] = [];
    const warm: Run[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const kb = path.join(work, `kb-${n}`);
      rmSync(kb, { recursive: true, force: true });
      rmSync(path.join(work, `.kb-${n}.cache`), { recursive: true, force: true });
      const pair: Array<() => void> = [
        () => cold.push(measure(['node', bin, 'ingest', corpus, '--out', kb], {}, [0, 1])),
        () => bare.push(measure(['node', readOnly, corpus, String(threads)])),
      ];
      for (const run of r % 2 ? pair.reverse() : pair) run();
      // Change one file (append a sentence), re-ingest, change it back for the next round.
      const md = files.find((f) => f.format === 'md')!.file;
      const original = readFileSync(md, 'utf8');
      appendFileSync(md, '\nAudit logs are kept for 400 days.\n');
      warm.push(measure(['node', bin, 'ingest', corpus, '--out', kb], {}, [0, 1]));
      writeFileSync(md, original);
    }
    const m = (rs: Run[], k: keyof Run) => median(rs.map((x) => x[k] as number));
    out(
      `| ${n} (${(bytes / 1024 / 1024).toFixed(1)} MB) | ${m(cold, 'wallS').toFixed(1)} s / ${m(cold, 'cpuS').toFixed(1)} s | ${m(bare, 'wallS').toFixed(1)} s / ${m(bare, 'cpuS').toFixed(1)} s | ${(m(cold, 'cpuS') / m(bare, 'cpuS')).toFixed(2)}x | ${m(cold, 'rssMb').toFixed(0)} MiB | ${m(warm, 'wallS').toFixed(2)} s / ${m(warm, 'cpuS').toFixed(2)} s | ${m(warm, 'rssMb').toFixed(0)} MiB | ${(m(warm, 'wallS') / m(cold, 'wallS')).toFixed(2)}x |`,
    );
}

}

// --- 3: size series ---
if (PARTS.has('sizes')) {
  const sizeDir = path.join(work, 'sizes');
  mkdirSync(sizeDir);
  const sized: string[] = [];
  for (const kb of SIZES) {
    // A questionnaire stops at the readers' 10,000 rows (~1.6 MB): larger ones would repeat it.
    for (const kind of SIZE_KINDS) if (!(kind.startsWith('questionnaire') && kb > 1600)) sized.push(await writeSized(root, sizeDir, kind, kb));
  }
  // One process per side, each document after a warm-up; with --base, the same files through
  // another checkout's pipeline (its own bench/size-series.ts), for before/after side by side.
  const sides: Array<[string, string]> = [['this', root], ...(values.base ? [['base', path.resolve(values.base)] as [string, string]] : [])];
  const results = new Map<string, Map<string, Record<string, number>>>();
  for (const [name, dir] of sides) {
    const series = spawnSync('node', ['--import', 'tsx', path.join(dir, 'bench/size-series.ts'), ...sized], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const byFile = new Map<string, Record<string, number>>();
    for (const line of series.stdout.trim().split('\n').filter(Boolean)) {
      const r = JSON.parse(line) as { file: string; stages: Record<string, number> };
      byFile.set(r.file, r.stages);
    }
    results.set(name, byFile);
    if (series.status !== 0) out(`(size series of ${name} stopped: ${series.stderr.trim().split('\n').at(-1)})`);
  }
  out('');
  out(`| document | size | CPU ms: read, model, claims, findings | CPU s per MB${values.base ? ' | base: CPU ms | base: s per MB | this / base' : ''} |`);
  out(`|---|---:|---:|---:${values.base ? '|---:|---:|---:' : ''}|`);
  const perMb = (stages: Record<string, number> | undefined, mb: number) => (stages ? Object.values(stages).reduce((a, b) => a + b, 0) / 1000 / mb : NaN);
  for (const file of sized) {
    const mb = statSync(file).size / 1024 / 1024;
    const mine = results.get('this')?.get(file);
    const base = results.get('base')?.get(file);
    const cells = [path.basename(file), `${(mb * 1024).toFixed(0)} KB`, mine ? Object.values(mine).join(', ') : '-', perMb(mine, mb).toFixed(2)];
    if (values.base) cells.push(base ? Object.values(base).join(', ') : '-', perMb(base, mb).toFixed(2), `${(perMb(mine, mb) / perMb(base, mb)).toFixed(2)}x`);
    out(`| ${cells.join(' | ')} |`);
  }
}

// --- 4: check on small files ---
if (PARTS.has('check')) {
  const small = path.join(work, 'small.md');
  writeFileSync(small, '# Acme CMMS Security\n\nBackups are kept for 30 days and encrypted with AES-256.\n');
  // The 3 KB Polish file (a sample the worker snapshot is warmed up on) and one it never saw.
  const files = [small, path.join(root, 'content/sources/konserwo-bezpieczenstwo.md'), path.join(root, 'eval/docs/dev/awarion-bezpieczenstwo.md')];
  const sides: Array<[string, Record<string, string>]> = [
    ['compiled (lib/), worker from the snapshot', {}],
    ['compiled (lib/), no snapshot (SECKB_NO_SNAPSHOT=1)', { SECKB_NO_SNAPSHOT: '1' }],
    ['from source (tsx)', { SECKB_FROM_SOURCE: '1' }],
  ];
  const runs = new Map<string, Run[]>();
  const nodes: Run[] = [];
  const m = (rs: Run[], k: keyof Run) => median(rs.map((x) => x[k] as number));
  for (let r = 0; r < Math.max(3, ROUNDS); r++) {
    for (const file of files) {
      const order = r % 2 ? [...sides].reverse() : sides;
      for (const [name, env] of order) {
        const key = `${name}\u0000${file}`;
        runs.set(key, [...(runs.get(key) ?? []), measure(['node', bin, 'check', file], env, [0, 1])]);
      }
    }
    nodes.push(measure(['node', '-e', '0']));
  }
  out('');
  out('| seckb check | file | wall | CPU | peak RSS |');
  out('|---|---|---:|---:|---:|');
  for (const file of files) {
    for (const [name] of sides) {
      const rs = runs.get(`${name}\u0000${file}`)!;
      out(`| ${name} | ${path.relative(work, file).startsWith('..') ? path.relative(root, file) : 'small .md (3 lines)'} | ${m(rs, 'wallS').toFixed(2)} s | ${m(rs, 'cpuS').toFixed(2)} s | ${m(rs, 'rssMb').toFixed(0)} MiB |`);
    }
  }
  out(`| node -e 0 | | ${m(nodes, 'wallS').toFixed(2)} s | ${m(nodes, 'cpuS').toFixed(2)} s | ${m(nodes, 'rssMb').toFixed(0)} MiB |`);
}

// --- 5: check on a 50-page docx vs textlint ---
if (PARTS.has('textlint')) await checkVsTextlint(work, Math.max(3, ROUNDS), out);

mkdirSync(path.join(root, 'bench/output'), { recursive: true });
writeFileSync(path.join(root, 'bench/output/scale.md'), `${rows.join('\n')}\n\nload average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
rmSync(work, { recursive: true, force: true });
log('written to bench/output/scale.md');
