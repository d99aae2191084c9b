/**
 * Runs the per-file work of a command on a pool of child processes, each file its own task, so one slow, huge or
 * crashing file fails alone with a reason while the rest land. A task is the whole per-document pipeline
 * (ingest/tasks.ts: read -> model -> claims -> findings), so the limits bound all of it.
 *
 * - Processes, not worker threads: a worker thread that runs out of heap can abort the whole process (a single large
 *   allocation past the limit is fatal to V8, nodejs/node#47224), which would end an ingest of thousands of files on
 *   one hostile file. A child process that dies takes only its task with it.
 * - Workers: `threads` when given; by default one per 16 files or 4 MB of input, at least one and at most
 *   os.availableParallelism(): a worker costs a process start and its own copy of the modules, which a small batch
 *   does not earn back.
 * - Each task runs in a worker with a heap cap (`maxMemoryMb`, default 512 MB) and is killed after `timeoutMs` of the
 *   worker's CPU time (+ `graceMs` for a fresh worker to start; the wall clock ends it at WALL_BACKSTOP times that,
 *   ingest/cpu-time.ts), or when the worker's resident memory passes `maxResidentMb` (default the heap cap + 256 MB:
 *   buffers outside the heap, ingest/resident.ts); the next task starts a new one.
 * - Each worker runs one task at a time, so a task's clock starts when it runs, not when queued.
 * - `threads: 0` runs the tasks in this process, without limits (tests, debugging).
 * - Compiled, a worker starts from the V8 snapshot in lib/ when it fits (ingest/worker-program.ts), with its modules
 *   loaded and its code compiled: one that dies before it says it is ready is replaced by the plain worker, which runs
 *   its task.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { stat } from 'node:fs/promises';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadResult } from '../src/model/types.ts';
import { ReadError, reasons } from './errors.ts';
import { resolveLimits, type ReadLimits } from './limits.ts';
import type { FileTask, TaskOutcome, TaskResults } from './tasks.ts';
import flags from './worker-flags.json' with { type: 'json' };
import { markSnapshotFailed, READY, workerProgram, type WorkerProgram } from './worker-program.ts';
import { residentLimitMb, watchResident } from './resident.ts';
import { clockTask, WALL_BACKSTOP } from './cpu-time.ts';
import { inProcessFile, tierAsWorkers } from './in-process.ts';

export interface ReadFilesOptions {
  limits?: Partial<ReadLimits>;
  /** Worker threads; 0 runs in this process. Default: one per 16 files or 4 MB, up to the cores. */
  threads?: number;
  /** Heap cap per worker in MB (default DEFAULT_MAX_MEMORY_MB). */
  maxMemoryMb?: number;
  /** Resident memory a worker may reach in MB before it is killed (default residentLimitMb(maxMemoryMb)). */
  maxResidentMb?: number;
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

export const DEFAULT_MAX_MEMORY_MB = flags.maxMemoryMb;

/** Compiled (lib/, one folder with its chunks, the worker snapshot) or from the TypeScript sources through tsx. */
const WORKER_DIR = path.dirname(fileURLToPath(import.meta.url));
const COMPILED = process.env.SECKB_COMPILED === '1';
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
  const maxMemoryMb = opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  const early = takePrestarted(maxMemoryMb, opts.maxResidentMb);
  const threads = total === 0 ? 0 : Math.min(opts.threads ?? (await defaultThreads(tasks.map((t) => t.file))), total);
  if (threads <= 0 || total === 0) early?.stop();
  if (total === 0) return;
  if (threads <= 0) {
    // Only in-process runs need the pipeline in this thread; the pool's workers load their own.
    const { runTask } = await import('./tasks.ts');
    for (let i = 0; i < total; i++) finish(i, await runTask(tasks[i], limits));
    return;
  }
  const graceMs = opts.graceMs ?? GRACE_MS;
  const workers = Array.from({ length: threads }, (_, i) => (i === 0 && early) || new Worker(maxMemoryMb, undefined, undefined, opts.maxResidentMb));
  try {
    let next = 0;
    const lane = async (worker: Worker): Promise<void> => {
      while (next < total) {
        const i = next++;
        finish(i, await worker.run(tasks[i], limits, graceMs));
      }
    };
    await Promise.all(workers.map(lane));
  } finally {
    for (const worker of workers) worker.stop();
  }
}

/** A worker started before its command knew its files (prestartWorker); the next pool takes it. */
let prestarted: Worker | undefined;

/**
 * Starts a pool worker now, for the next runFileTasks with the same heap cap to take (a single
 * `seckb check` forks its worker first thing, so the worker loads while the command does). Until
 * taken it keeps no process alive: one never taken ends with its parent.
 */
export function prestartWorker(maxMemoryMb = DEFAULT_MAX_MEMORY_MB): Worker {
  if (!prestarted) {
    prestarted = new Worker(maxMemoryMb);
    prestarted.startDetached();
  }
  return prestarted;
}

/**
 * Prestarts a worker when `argv` (a command line without `node seckb`) is a `check` that will run its files in a worker
 * with the default heap cap, unless ingest/in-process.ts checks its one small file here. Called by bin/seckb.js once it
 * knows lib/ is fresh, and by src/cli/seckb.ts (a no-op then; the sources through tsx otherwise).
 */
export function prestartFor(argv: readonly string[]): void {
  if (argv[0] !== 'check' || argv.some((a) => /^(?:-h|--help|--max-memory-mb(?:=.*)?)$/.test(a))) return;
  if (inProcessFile(argv.slice(1)) === undefined) prestartWorker();
  else tierAsWorkers();
}

function takePrestarted(maxMemoryMb: number, maxResidentMb = residentLimitMb(maxMemoryMb)): Worker | undefined {
  const worker = prestarted;
  prestarted = undefined;
  if (worker?.maxMemoryMb === maxMemoryMb && worker.maxResidentMb === maxResidentMb) return worker;
  worker?.stop();
  return undefined;
}

/** One file's task in a pool worker under the limits; a file that fails throws ReadError with the reason. */
export async function runOneFile<K extends FileTask['kind']>(task: Extract<FileTask, { kind: K }>, opts: ReadFilesOptions = {}): Promise<TaskResults[K]> {
  const [outcome] = await runFileTasks<K>([task], { threads: 1, ...opts });
  if (outcome.result === undefined) throw new ReadError(outcome.error ?? 'unknown error');
  return outcome.result;
}

/** How much of a dying worker's stderr is kept to tell why it died. */
const STDERR_TAIL = 4096;

/** A started worker process and the end of what it wrote to stderr (why it died, if it did). */
interface Running {
  child: ChildProcess;
  program: WorkerProgram;
  stderr: string;
  /** Set when a worker started from a snapshot says it loaded. */
  ready: boolean;
}

/** One child process running one task at a time; started on first use and again after it dies. */
export class Worker {
  private running?: Running;

  /** `dir`: where the worker programs are (tests point it at a folder of their own). */
  constructor(
    readonly maxMemoryMb: number,
    private readonly dir = WORKER_DIR,
    private readonly compiled = COMPILED,
    readonly maxResidentMb = residentLimitMb(maxMemoryMb),
  ) {}

  private start(): Running {
    const program = workerProgram(this.dir, this.compiled, this.maxMemoryMb);
    const child = fork(program.script, [], { execArgv: program.execArgv, env: program.env, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    // Each process keeps its own tail, so a killed one's last words never read as the next one's.
    const running: Running = { child, program, stderr: '', ready: !program.snapshot };
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (running.stderr = (running.stderr + chunk).slice(-STDERR_TAIL)));
    // Heard even before a task is sent (a prestarted worker may be ready first).
    child.on('message', (message) => {
      if (message === READY) running.ready = true;
    });
    return running;
  }

  /** Starts the process without holding this one open (prestartWorker); `run` holds it again. */
  startDetached(): void {
    const { child } = (this.running ??= this.start());
    this.hold(child, false);
  }

  private hold(child: ChildProcess, on: boolean): void {
    // The stderr pipe is a socket (stdio 'pipe'); the IPC channel and the process hold the loop too.
    for (const handle of [child, child.channel, child.stderr as Socket | null]) {
      if (on) handle?.ref();
      else handle?.unref();
    }
  }

  /**
   * The task's outcome; a worker that dies or overruns is replaced, and its task gets the reason.
   * `backstop`: the wall clock allowed, in CPU limits (tests raise it to see the CPU limit alone).
   */
  run(task: FileTask, limits: ReadLimits, graceMs: number, backstop = WALL_BACKSTOP): Promise<TaskOutcome> {
    // A worker that died while idle (killed from outside) is replaced, not handed the task.
    if (this.running && !this.running.child.connected) this.running = undefined;
    const running = (this.running ??= this.start());
    const { child } = running;
    this.hold(child, true);
    return new Promise((resolve) => {
      const answer = (message: TaskOutcome | typeof READY): void => {
        // Read once more, so a task done between two samples is held to the limit too.
        if (message !== READY) settle(clock.over() ? { error: reasons.timeout(limits.timeoutMs) } : message);
      };
      const settle = (outcome: TaskOutcome | Promise<TaskOutcome>): void => {
        clock.stop();
        unwatch();
        child.off('message', answer).off('close', died).off('error', failed);
        resolve(outcome);
      };
      const retire = (): void => {
        if (this.running === running) this.running = undefined;
        child.kill('SIGKILL');
      };
      const died = (code: number | null, signal: NodeJS.Signals | null): void => {
        retire();
        if (!running.ready) {
          // A snapshot that does not load (damaged, or another Node): the plain worker takes over.
          markSnapshotFailed(running.program);
          settle(this.run(task, limits, graceMs, backstop));
          return;
        }
        settle({ error: /out of memory/i.test(running.stderr) ? reasons.outOfMemory(this.maxMemoryMb) : `the worker crashed (${signal ?? `exit code ${code}`})` });
      };
      const failed = (error: Error): void => {
        retire();
        settle({ error: `the worker crashed (${oneLine(error)})` });
      };
      // The limit is CPU time (ingest/cpu-time.ts): a busy machine slows a task's clock, not its work.
      const overrun = (): void => {
        retire();
        settle({ error: reasons.timeout(limits.timeoutMs) });
      };
      const clock = clockTask(child.pid, limits.timeoutMs + graceMs, backstop, overrun, (ms) => {
        retire();
        settle({ error: reasons.stalled(ms) });
      });
      // Killed here, not by the worker itself: the parent's clock runs while the worker is stuck in a native inflate.
      const unwatch = watchResident(child.pid, this.maxResidentMb, () => {
        retire();
        settle({ error: reasons.residentMemory(this.maxResidentMb) });
      });
      child.on('message', answer).once('close', died).once('error', failed);
      child.send({ task, limits });
    });
  }

  stop(): void {
    this.running?.child.kill();
    this.running = undefined;
  }

  /** The worker process's id, while one runs (tests). */
  get pid(): number | undefined {
    return this.running?.child.pid;
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);
}
