/**
 * Reads many files on a worker pool (piscina), each file its own task, so one slow, huge or
 * crashing file fails alone with a reason while the rest land.
 *
 * - Threads: `threads` when given; by default one worker per 4 MB of input, at least one and at
 *   most os.availableParallelism(). A worker costs ~1 s of CPU and ~250 MB before its first
 *   result (thread, tsx, readers, pdf.js); on 40 small files one worker beat two (bench/README.md).
 * - Each task runs in a worker with a heap cap (`maxMemoryMb`, default 512 MB) and is aborted
 *   after `timeoutMs` (+ `graceMs` for a fresh worker to start); the pool replaces the worker.
 * - At most `threads` tasks are in flight, so a task's clock starts when it runs, not when queued.
 * - In-process reading: `threads: 0` (tests, debugging), or a run of fewer than 4 text files
 *   (.md/.txt/.html): starting workers costs more than reading them, and their readers hold no
 *   native parser. .docx and .pdf (mammoth, pdf.js) always go to workers when threads > 0.
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ReadResult } from '../src/model/types.ts';
import { isReadError, reasons } from './errors.ts';
import { readFile, resolveLimits, type ReadLimits } from './read.ts';

export interface ReadFilesOptions {
  limits?: Partial<ReadLimits>;
  /** Worker threads; 0 reads in this process. Default: one per 4 MB of input, up to the cores. */
  threads?: number;
  /** Heap cap per worker in MB (default 512). */
  maxMemoryMb?: number;
  /** Time allowed on top of `timeoutMs` for a fresh worker to load tsx and the readers (5000). */
  graceMs?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface FileOutcome {
  file: string;
  result?: ReadResult;
  /** One-line reason the file could not be read. */
  error?: string;
}

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.mjs');
const TEXT = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);
/** A fresh worker loads tsx and the readers before its first task. */
const GRACE_MS = 5000;
const IN_PROCESS_MAX = 4;
/** Input one more worker needs to earn back its start. */
const BYTES_PER_WORKER = 4 * 1024 * 1024;

async function defaultThreads(files: string[]): Promise<number> {
  const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size, () => 0)));
  const bytes = sizes.reduce((a, b) => a + b, 0);
  return Math.max(1, Math.min(os.availableParallelism(), Math.ceil(bytes / BYTES_PER_WORKER)));
}

/** Reads `files`; outcomes in input order. Never throws for a bad file. */
export async function readFiles(files: string[], opts: ReadFilesOptions = {}): Promise<FileOutcome[]> {
  const limits = resolveLimits(opts.limits);
  const total = files.length;
  let done = 0;
  const outcomes: FileOutcome[] = new Array(total);
  const finish = (i: number, outcome: FileOutcome): void => {
    outcomes[i] = outcome;
    done++;
    opts.onProgress?.(done, total, files[i]);
  };
  const threads = Math.min(opts.threads ?? (await defaultThreads(files)), total);
  const inProcess = threads <= 0 || (total < IN_PROCESS_MAX && files.every((f) => TEXT.has(path.extname(f).toLowerCase())));
  if (inProcess) {
    for (let i = 0; i < total; i++) finish(i, await readInProcess(files[i], limits));
    return outcomes;
  }
  const maxMemoryMb = opts.maxMemoryMb ?? 512;
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
        finish(i, await readInWorker(pool, broken, files[i], limits, maxMemoryMb, opts.graceMs ?? GRACE_MS));
      }
    };
    await Promise.all(Array.from({ length: threads }, lane));
  } finally {
    await pool.destroy();
  }
  return outcomes;
}

async function readInProcess(file: string, limits: ReadLimits): Promise<FileOutcome> {
  try {
    return { file, result: await readFile(file, limits) };
  } catch (error) {
    if (isReadError(error)) return { file, error: error.message };
    return { file, error: `unexpected error while reading (${oneLine(error)})` };
  }
}

async function readInWorker(
  pool: Piscina,
  broken: Promise<never>,
  file: string,
  limits: ReadLimits,
  maxMemoryMb: number,
  graceMs: number,
): Promise<FileOutcome> {
  const timeout = AbortSignal.timeout(limits.timeoutMs + graceMs);
  const cancel = new AbortController();
  const signal = AbortSignal.any([timeout, cancel.signal]);
  let poolError: unknown;
  try {
    const task = pool.run({ file, limits }, { signal }) as Promise<{ result?: ReadResult; error?: string }>;
    const out = await Promise.race([task, broken.catch((error: unknown) => {
      poolError = error;
      cancel.abort();
      task.catch(() => undefined);
      throw error;
    })]);
    return out.error !== undefined ? { file, error: out.error } : { file, result: out.result };
  } catch (caught) {
    const error = poolError ?? caught;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const name = (error as Error | undefined)?.name;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') return { file, error: reasons.outOfMemory(maxMemoryMb) };
    if (timeout.aborted || (name === 'AbortError' && !cancel.signal.aborted)) return { file, error: reasons.timeout(limits.timeoutMs) };
    return { file, error: `the reader crashed (${oneLine(error)})` };
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);
}
