/**
 * Which program a pool worker process runs (ingest/pool.ts). Compiled (lib/), a worker starts from
 * the V8 start-up snapshot scripts/snapshot.mjs built (lib/worker.blob: the pipeline's modules
 * already evaluated) when that snapshot fits this run: it exists, is the file the compile wrote
 * (size and mtime), was built by this Node on this platform, and with the V8 flags the worker
 * needs (a snapshot loads only under the flags it was built with: another --max-memory-mb runs
 * the plain worker). Anything else runs lib/worker.js, or the sources through tsx.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import flags from './worker-flags.json' with { type: 'json' };

/** Sent once by a worker started from a snapshot (worker-serve.ts), so the pool knows the snapshot loaded. */
export const READY = 'seckb-worker-ready';

export interface WorkerProgram {
  script: string;
  execArgv: string[];
  /** The environment it runs in (workerEnv). */
  env: NodeJS.ProcessEnv;
  /** Started from a snapshot: it says it is ready, and one that dies before that falls back. */
  snapshot: boolean;
}

interface SnapshotMeta {
  node: string;
  platform: string;
  arch: string;
  execArgv: string[];
  /** The hash seed the snapshot was built with (scripts/snapshot.mjs); its workers run under it. */
  seedArgs?: string[];
  size: number;
  mtimeMs: number;
}

/**
 * A worker's V8 flags. `tiering` raises the budget a function runs in the interpreter and
 * baseline code before TurboFan optimises it: a worker's run is short and touches much code once,
 * and optimising code that is soon done cost more than it saved (check on a 50-page docx: 1.50 ->
 * 1.06 s CPU; a 535 KB document 6.8 -> 5.6 s; bench/README.md). Output is the same: tiers differ in speed only.
 */
export function workerExecArgv(maxMemoryMb: number): string[] {
  return [`--max-old-space-size=${maxMemoryMb}`, `--stack-size=${flags.stackKb}`, ...flags.tiering];
}

/**
 * The environment of a worker: this process's, less what only costs a worker time. Node reads and
 * parses every certificate NODE_EXTRA_CA_CERTS names when a process starts, before any script
 * runs (a system bundle of 144 certificates: ~25 ms, a fifth of a worker's start), and a worker
 * opens no connection.
 */
export function workerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _unused, ...rest } = env;
  return rest;
}

/** Snapshots found unusable in this process (a worker from it died before saying it was ready). */
const failed = new Set<string>();

export function markSnapshotFailed(program: WorkerProgram): void {
  failed.add(program.script);
}

/** The snapshot's arguments (its hash seed, `--snapshot-blob`) when its metadata fits `execArgv` and this Node; else undefined. */
export function snapshotArgs(dir: string, execArgv: string[]): string[] | undefined {
  if (process.env.SECKB_NO_SNAPSHOT === '1' || failed.has(path.join(dir, 'worker-snapshot.cjs'))) return undefined;
  const blob = path.join(dir, 'worker.blob');
  try {
    const meta = JSON.parse(readFileSync(path.join(dir, 'worker-snapshot.json'), 'utf8')) as SnapshotMeta;
    const { size, mtimeMs } = statSync(blob);
    const fits =
      meta.node === process.version && meta.platform === process.platform && meta.arch === process.arch &&
      meta.size === size && meta.mtimeMs === mtimeMs && JSON.stringify(meta.execArgv) === JSON.stringify(execArgv);
    return fits ? [...(meta.seedArgs ?? []), '--snapshot-blob', blob] : undefined;
  } catch {
    return undefined;
  }
}

/** The program for a worker with a heap of `maxMemoryMb`, from `dir` (lib/ when compiled, else ingest/). */
export function workerProgram(dir: string, compiled: boolean, maxMemoryMb: number): WorkerProgram {
  const execArgv = workerExecArgv(maxMemoryMb);
  const snapshot = compiled ? snapshotArgs(dir, execArgv) : undefined;
  const env = workerEnv();
  if (snapshot) return { script: path.join(dir, 'worker-snapshot.cjs'), execArgv: [...execArgv, ...snapshot], env, snapshot: true };
  return { script: path.join(dir, compiled ? 'worker.js' : 'worker.mjs'), execArgv, env, snapshot: false };
}
