/**
 * Runs the per-file work of a command on a worker pool (piscina), each file its own task, so one
 * slow, huge or crashing file fails alone with a reason while the rest land. A task is the whole
 * per-document pipeline (ingest/tasks.ts: read -> model -> claims -> findings), so the limits
 * bound all of it.
 *
 * - Threads: `threads` when given; by default one worker per 16 files or 4 MB of input, at least
 *   one and at most os.availableParallelism(): a worker costs a thread start and its own copy
 *   of the modules, which a small batch does not earn back.
 * - Each task runs in a worker with a heap cap (`maxMemoryMb`, default 512 MB) and is aborted
 *   after `timeoutMs` (+ `graceMs` for a fresh worker to start); the pool replaces the worker.
 * - At most `threads` tasks are in flight, so a task's clock starts when it runs, not when queued.
 * - `threads: 0` runs the tasks in this process, without limits (tests, debugging).
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ReadResult } from '../src/model/types.ts';
import { ReadError, reasons } from './errors.ts';
import { resolveLimits, type ReadLimits } from './read.ts';
import type { FileTask, TaskOutcome, TaskResults } from './tasks.ts';

export interface ReadFilesOptions {
  limits?: Partial<ReadLimits>;
  /** Worker threads; 0 runs in this process. Default: one per 16 files or 4 MB, up to the cores. */
  threads?: number;
  /** Heap cap per worker in MB (default DEFAULT_MAX_MEMORY_MB). */
  maxMemoryMb?: number;
  /** Time allowed on top of `timeoutMs` for a fresh worker to load tsx and the readers (5000). */
  graceMs?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface FileOutcome<T = ReadResult> {
  file: string;
  result?: T;
  /** One-line reason the file could not be read. */
  error?: string;
}

export const DEFAULT_MAX_MEMORY_MB = 512;

/** Compiled (lib/, one folder with its chunks) or from the TypeScript sources through tsx. */
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), process.env.SECKB_COMPILED === '1' ? 'worker.js' : 'worker.mjs');
/** A fresh worker loads its modules before its first task. */
const GRACE_MS = 5000;
/** Work one more worker needs to earn back its start. */
const BYTES_PER_WORKER = 4 * 1024 * 1024;
const FILES_PER_WORKER = 16;

async function defaultThreads(files: string[]): Promise<number> {
  const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size, () => 0)));
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const wanted = Math.max(Math.ceil(bytes / BYTES_PER_WORKER), Math.ceil(files.length / FILES_PER_WORKER));
  return Math.max(1, Math.min(os.availableParallelism(), wanted));
}

/** Reads `files` (the reader alone); outcomes in input order. Never throws for a bad file. */
export function readFiles(files: string[], opts: ReadFilesOptions = {}): Promise<FileOutcome[]> {
  return runFileTasks(files.map((file) => ({ kind: 'read', file }) as const), opts);
}

/** Runs one task per file; outcomes in input order. Never throws for a bad file. */
export async function runFileTasks<K extends FileTask['kind']>(
  tasks: Array<Extract<FileTask, { kind: K }>>,
  opts: ReadFilesOptions = {},
): Promise<Array<FileOutcome<TaskResults[K]>>> {
  const outcomes: Array<FileOutcome<TaskResults[K]>> = new Array(tasks.length);
  await eachFileTask(tasks, opts, (i, outcome) => (outcomes[i] = outcome));
  return outcomes;
}

/**
 * Runs one task per file and hands each outcome to `each` as it arrives (task index, outcome),
 * holding none: a caller that stores results as they come keeps its memory flat. Never throws
 * for a bad file.
 */
export async function eachFileTask<K extends FileTask['kind']>(
  tasks: Array<Extract<FileTask, { kind: K }>>,
  opts: ReadFilesOptions,
  each: (i: number, outcome: FileOutcome<TaskResults[K]>) => void,
): Promise<void> {
  const limits = resolveLimits(opts.limits);
  const total = tasks.length;
  let done = 0;
  const finish = (i: number, outcome: TaskOutcome): void => {
    each(i, { file: tasks[i].file, ...(outcome as TaskOutcome<K>) });
    done++;
    opts.onProgress?.(done, total, tasks[i].file);
  };
  if (total === 0) return;
  const threads = Math.min(opts.threads ?? (await defaultThreads(tasks.map((t) => t.file))), total);
  if (threads <= 0) {
    // Only in-process runs need the pipeline in this thread; the pool's workers load their own.
    const { runTask } = await import('./tasks.ts');
    for (let i = 0; i < total; i++) finish(i, await runTask(tasks[i], limits));
    return;
  }
  const maxMemoryMb = opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  const pool = new Piscina({
    filename: WORKER,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 1000,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
  });
  // A worker dying outside a task (e.g. out of memory while starting) is emitted on the pool,
  // not on a task: unheard it takes this process down, and the queued task never settles.
  // The pool is then broken; tasks in flight and later ones fail with its reason.
  let rejectBroken: (error: unknown) => void = () => undefined;
  const broken = new Promise<never>((_, reject) => {
    rejectBroken = reject;
  });
  broken.catch(() => undefined);
  pool.on('error', (error: unknown) => rejectBroken(error));
  try {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < total) {
        const i = next++;
        finish(i, await runInWorker(pool, broken, tasks[i], limits, maxMemoryMb, opts.graceMs ?? GRACE_MS));
      }
    };
    await Promise.all(Array.from({ length: threads }, lane));
  } finally {
    await pool.destroy();
  }
}

/** One file's task in a pool worker under the limits; a file that fails throws ReadError with the reason. */
export async function runOneFile<K extends FileTask['kind']>(task: Extract<FileTask, { kind: K }>, opts: ReadFilesOptions = {}): Promise<TaskResults[K]> {
  const [outcome] = await runFileTasks<K>([task], { threads: 1, ...opts });
  if (outcome.result === undefined) throw new ReadError(outcome.error ?? 'unknown error');
  return outcome.result;
}

async function runInWorker(
  pool: Piscina,
  broken: Promise<never>,
  task: FileTask,
  limits: ReadLimits,
  maxMemoryMb: number,
  graceMs: number,
): Promise<TaskOutcome> {
  const timeout = AbortSignal.timeout(limits.timeoutMs + graceMs);
  const cancel = new AbortController();
  const signal = AbortSignal.any([timeout, cancel.signal]);
  let poolError: unknown;
  try {
    const run = pool.run({ task, limits }, { signal }) as Promise<TaskOutcome>;
    return await Promise.race([run, broken.catch((error: unknown) => {
      poolError = error;
      cancel.abort();
      run.catch(() => undefined);
      throw error;
    })]);
  } catch (caught) {
    const error = poolError ?? caught;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const name = (error as Error | undefined)?.name;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') return { error: reasons.outOfMemory(maxMemoryMb) };
    if (timeout.aborted || (name === 'AbortError' && !cancel.signal.aborted)) return { error: reasons.timeout(limits.timeoutMs) };
    return { error: `the worker crashed (${oneLine(error)})` };
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);
}
