/**
 * Ingest benchmark. Machines are shared and noisy, so every figure is a ratio of two variants
 * run side by side (interleaved, the order flipped each round, median of the rounds), never an
 * absolute time compared with a number from another day.
 *
 *   npx tsx bench/ingest.ts [--rounds N] [--docs N]
 *
 * 1. readFiles on the worker pool (threads = available parallelism) vs in-process (threads: 0).
 * 2. `seckb ingest` cold (empty --out) vs warm (same --out, nothing changed), each in a fresh
 *    process (bench/ingest-child.ts).
 * 3. KB build stages (the calls of src/kb/build-kb.ts, in its order) as shares of their total.
 * 4. Peak RSS of a cold ingest of the corpus vs of one document; heap per MB of input.
 * The corpus is generated (bench/ingest-corpus.ts) into the OS temp dir.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { decodeText } from '../ingest/decode.ts';
import { readFiles } from '../ingest/pool.ts';
import { analyzeDocument } from '../src/kb/analyze.ts';
import { buildKbFiles } from '../src/kb/build-kb.ts';
import { assignDocumentIds } from '../src/kb/ids.ts';
import { buildDocument } from '../src/model/build.ts';
import type { ReadResult, SeckbDocument } from '../src/model/types.ts';
import { writeCorpus, type CorpusFile } from './ingest-corpus.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, docs: { type: 'string', default: '40' } } });
const ROUNDS = Number(values.rounds);
const DOCS = Number(values.docs);
const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'seckb-bench-ingest-'));
const corpusDir = path.join(work, 'corpus');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Runs every variant once per round, the order rotated each round; times in ms per variant. */
async function sideBySide(rounds: number, variants: Array<() => Promise<number>>): Promise<number[][]> {
  const out = variants.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = (k + r) % variants.length;
      out[v].push(await variants[v]());
    }
  }
  return out;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

interface ChildResult {
  code: number;
  ms: number;
  maxRssKb: number;
  heapStart: number;
  heapPeak: number;
  /** Wall time seen from here, Node and tsx start included. */
  wallMs: number;
}

function ingestChild(sources: string[], out: string, extra: string[] = []): ChildResult {
  const t = performance.now();
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/ingest-child.ts'), ...sources, '--out', out, ...extra], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const wallMs = performance.now() - t;
  return { ...(JSON.parse(stdout.trim().split('\n').pop()!) as Omit<ChildResult, 'wallMs'>), wallMs };
}

// --- corpus ---
const corpus: CorpusFile[] = await writeCorpus(corpusDir, DOCS);
const files = corpus.map((c) => c.file);
const inputBytes = corpus.reduce((a, c) => a + c.bytes, 0);
const byFormat = [...new Set(corpus.map((c) => c.format))].map((f) => `${corpus.filter((c) => c.format === f).length} ${f}`).join(', ');
const nproc = os.availableParallelism();
log(`corpus: ${DOCS} documents (${byFormat}), ${(inputBytes / 1024).toFixed(0)} KiB, in ${corpusDir}`);

// --- 1. pool vs in-process ---
log('1. readFiles: pool vs in-process');
await readFiles(files, { threads: 0 }); // load every reader in this process once
const [readCores, readDefault, readLocal] = await sideBySide(ROUNDS, [
  () => timed(() => readFiles(files, { threads: nproc })),
  () => timed(() => readFiles(files, {})),
  () => timed(() => readFiles(files, { threads: 0 })),
]);
const docxFile = corpus.find((c) => c.format === 'docx')!.file;
const [firstWorker, firstLocal] = await sideBySide(ROUNDS, [
  () => timed(() => readFiles([docxFile], { threads: 1 })),
  () => timed(() => readFiles([docxFile], { threads: 0 })),
]);

// --- 2. cold vs warm ingest ---
log('2. seckb ingest: cold vs warm');
const kbDir = path.join(work, 'kb');
const cold: ChildResult[] = [];
const warm: ChildResult[] = [];
const coldLocal: ChildResult[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const runs: Array<() => void> = [
    () => {
      rmSync(kbDir, { recursive: true, force: true });
      cold.push(ingestChild([corpusDir], kbDir));
      warm.push(ingestChild([corpusDir], kbDir));
    },
    () => {
      rmSync(kbDir, { recursive: true, force: true });
      coldLocal.push(ingestChild([corpusDir], kbDir, ['--threads', '0']));
    },
  ];
  for (const run of r % 2 ? runs.reverse() : runs) run();
}
if (cold.some((c) => c.code !== 0) || warm.some((c) => c.code !== 0)) throw new Error('an ingest run failed');

// --- 4. memory: corpus vs one document ---
log('4. memory: corpus vs one document');
const pdfFile = corpus.find((c) => c.format === 'pdf')!;
const memAll: ChildResult[] = [];
const memOne: ChildResult[] = [];
for (let r = 0; r < Math.min(ROUNDS, 3); r++) {
  const pair: Array<[ChildResult[], string[]]> = [[memAll, [corpusDir]], [memOne, [pdfFile.file]]];
  for (const [into, sources] of r % 2 ? pair.reverse() : pair) {
    rmSync(kbDir, { recursive: true, force: true });
    into.push(ingestChild(sources, kbDir));
  }
}

// --- 3. KB build stages ---
log('3. KB build stages');
const outcomes = await readFiles(files, { threads: 0 });
const ids = assignDocumentIds(files);
const reads: Array<{ file: string; read: ReadResult; sha: string }> = outcomes.map((o) => ({ file: o.file, read: o.result!, sha: '' }));
const sources = new Map(files.filter((f) => /\.(md|txt|html)$/.test(f)).map((f) => [ids.get(f)!, decodeText(readFileSync(f)).text]));
const STAGES = ['buildDocument', 'analyze', 'json', 'pairs', 'findings', 'diffs', 'alignments', 'search'] as const;
type Stage = (typeof STAGES)[number];
const stageTimes = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
let retainedHeapBytes = 0;
// Expose V8's gc to this process without a command-line flag, to measure live heap.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;
for (let r = 0; r < ROUNDS; r++) {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const docs: SeckbDocument[] = reads.map((x) => buildDocument(structuredClone(x.read), { id: ids.get(x.file)!, source: x.file, sha256: x.file }));
  stageTimes.get('buildDocument')!.push(performance.now() - started);
  const analyzed = performance.now();
  const analyses = docs.map((d) => analyzeDocument(d, { source: sources.get(d.id) }));
  stageTimes.get('analyze')!.push(performance.now() - analyzed);
  // The KB builder reports its own stages, so the bench times exactly what ingest runs.
  const kb = buildKbFiles({ entries: [], analyses, modelVersion: 'bench', onStage: (stage, ms) => stageTimes.get(stage)!.push(ms) });
  gc?.();
  retainedHeapBytes = Math.max(retainedHeapBytes, process.memoryUsage().heapUsed - heapBefore);
  if (kb.size === 0) throw new Error('empty KB');
}

// --- report ---
const stageMedians = STAGES.map((s) => [s, median(stageTimes.get(s)!)] as const);
const stageTotal = stageMedians.reduce((a, [, t]) => a + t, 0);
const med = (rs: ChildResult[], k: 'ms' | 'wallMs' | 'maxRssKb' | 'heapPeak' | 'heapStart') => median(rs.map((r) => r[k]));
const poolRatio = median(readLocal) / median(readCores);
const defaultRatio = median(readLocal) / median(readDefault);
const warmRatio = med(warm, 'ms') / med(cold, 'ms');
const rssAll = med(memAll, 'maxRssKb');
const rssOne = med(memOne, 'maxRssKb');
const inputMb = inputBytes / 1024 / 1024;
const heapPerMb = (med(memAll, 'heapPeak') - med(memAll, 'heapStart')) / 1024 / 1024 / inputMb;

const targets = [
  { name: `pool (threads ${nproc}) ≥ 1.3× faster than in-process (${DOCS} files, ${nproc} cores)`, measured: `${poolRatio.toFixed(2)}×`, ok: poolRatio >= 1.3 },
  { name: 'default pool ≥ 0.5× the speed of in-process (isolation costs at most 2×)', measured: `${defaultRatio.toFixed(2)}×`, ok: defaultRatio >= 0.5 },
  { name: 'cold `seckb ingest` with workers ≤ 1.1× the time of `--threads 0`', measured: `${(med(cold, 'ms') / med(coldLocal, 'ms')).toFixed(2)}×`, ok: med(cold, 'ms') / med(coldLocal, 'ms') <= 1.1 },
  { name: 'warm ingest ≤ 0.5× cold (command time)', measured: `${warmRatio.toFixed(2)}×`, ok: warmRatio <= 0.5 },
  { name: `peak RSS ≤ 400 MB for ${DOCS} documents`, measured: mb(rssAll), ok: rssAll <= 400 * 1024 },
  { name: 'peak RSS ≤ 2× that of one document', measured: `${(rssAll / rssOne).toFixed(2)}×`, ok: rssAll / rssOne <= 2 },
  { name: 'main-thread heap ≤ 100 MB per MB of input', measured: `${heapPerMb.toFixed(0)} MB/MB`, ok: heapPerMb <= 100 },
];

const lines = [
  `Machine: ${nproc} cores (os.availableParallelism), Node ${process.version}, ${os.platform()} ${os.arch()}, ${new Date().toISOString().slice(0, 10)}; ${ROUNDS} rounds, medians.`,
  `Corpus: ${DOCS} generated documents (${byFormat}; EN and PL), ${(inputBytes / 1024).toFixed(0)} KiB.`,
  '',
  '| target | measured | met |',
  '|---|---:|:---:|',
  ...targets.map((t) => `| ${t.name} | ${t.measured} | ${t.ok ? 'yes' : 'no'} |`),
  '',
  '| 1. readFiles | median | speed vs in-process |',
  '|---|---:|---:|',
  `| pool, threads ${Math.min(nproc, DOCS)} (the cores) | ${ms(median(readCores))} | ${poolRatio.toFixed(2)}× |`,
  `| pool, default threads | ${ms(median(readDefault))} | ${defaultRatio.toFixed(2)}× |`,
  `| in-process (threads 0), readers already loaded | ${ms(median(readLocal))} | 1 |`,
  `| one .docx, pool (1 fresh worker) | ${ms(median(firstWorker))} | ${(median(firstLocal) / median(firstWorker)).toFixed(2)}× |`,
  `| one .docx, in-process | ${ms(median(firstLocal))} | 1 |`,
  '',
  '| 2. seckb ingest | command | process wall | ratio (command) |',
  '|---|---:|---:|---:|',
  `| cold (empty --out) | ${ms(med(cold, 'ms'))} | ${ms(med(cold, 'wallMs'))} | 1 |`,
  `| cold, --threads 0 (no workers, no isolation) | ${ms(med(coldLocal, 'ms'))} | ${ms(med(coldLocal, 'wallMs'))} | ${(med(coldLocal, 'ms') / med(cold, 'ms')).toFixed(2)}× |`,
  `| warm (nothing changed) | ${ms(med(warm, 'ms'))} | ${ms(med(warm, 'wallMs'))} | ${warmRatio.toFixed(2)}× |`,
  '',
  '| 3. KB build stage | median | share |',
  '|---|---:|---:|',
  ...stageMedians.map(([s, t]) => `| ${s} | ${ms(t)} | ${((100 * t) / stageTotal).toFixed(0)}% |`),
  `| total | ${ms(stageTotal)} | 100% |`,
  '',
  '| 4. memory (cold ingest, fresh process) | peak RSS | main heap peak − start |',
  '|---|---:|---:|',
  `| ${DOCS} documents (${(inputBytes / 1024).toFixed(0)} KiB) | ${mb(rssAll)} | ${mb((med(memAll, 'heapPeak') - med(memAll, 'heapStart')) / 1024)} |`,
  `| one .pdf (${(pdfFile.bytes / 1024).toFixed(0)} KiB) | ${mb(rssOne)} | ${mb((med(memOne, 'heapPeak') - med(memOne, 'heapStart')) / 1024)} |`,
  '',
  `Heap per MB of input: ${heapPerMb.toFixed(0)} MB (main-thread peak, sampled); live after the KB build, gc'd: ${gc ? `${(retainedHeapBytes / 1024 / 1024 / inputMb).toFixed(0)} MB` : 'n/a (run with --expose-gc)'}.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
rmSync(work, { recursive: true, force: true });
