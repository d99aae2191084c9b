/**
 * `seckb check` of one small text file may run in the command's own process instead of a pool
 * worker. It does when no worker snapshot fits (the sources through tsx, a snapshot not built or
 * built by another Node): a plain worker loads the same pipeline in a second process. With a
 * snapshot the worker is cheaper, so it stays the default (bench/README.md, round 13: a tiny .md
 * in process took 2.6 G instructions against 1.6 G for the CLI and its snapshot worker, and
 * 1.05-1.2x the CPU time on this virtual machine, where the blob's page faults are dear).
 * SECKB_CHECK_IN_PROCESS=1 runs such a file here anyway, =0 never.
 *
 * Only what the limits of the pool (ingest/pool.ts) already bound by its size qualifies:
 *
 * - one FILE, a regular file (not a link) of at most IN_PROCESS_MAX_BYTES, of a text format
 *   (IN_PROCESS_EXTENSIONS) whose reading is linear in its bytes (markdown-limits.ts sends
 *   remark's pathologies to plain prose); no --rules (user regexes), no limit flags (the pool
 *   applies them exactly);
 * - the task's answer stands only when it is a result within the default limits (CPU time,
 *   heap, resident memory) and the reader added no note. Anything else (an error, a note, a limit
 *   passed) runs again in a pool worker, which gives the reason, so both paths print the same:
 *   a note can come from remark running out of stack, and this process's stack (Node's default)
 *   is smaller than a worker's (worker-flags.json).
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deserialize, getHeapStatistics, serialize, setFlagsFromString } from 'node:v8';
import flags from './worker-flags.json' with { type: 'json' };
import type { ReadLimits } from './limits.ts';
import { residentLimitMb } from './resident.ts';
import { snapshotArgs, workerExecArgv } from './worker-program.ts';
import type { FileTask, TaskOutcome } from './tasks.ts';

/** Largest file checked in process: ~1 s of CPU at the pipeline's ~3-4 s per MB (bench/README.md). */
export const IN_PROCESS_MAX_BYTES = 200 * 1024;
/** Formats read by the text readers alone (no zip, pdf.js or HTML parser). */
export const IN_PROCESS_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.csv'];

/** `check`'s options that take a value (src/cli/check.ts), so their values are not taken for files. */
const VALUE_OPTIONS = ['format', 'lang', 'locale', 'rules', 'max-age-years', 'today', 'max-file-mb', 'timeout-s', 'max-memory-mb'];
/** Flags that change the limits or add rules: the pool applies them. */
const POOL_FLAGS = ['rules', 'max-file-mb', 'timeout-s', 'max-memory-mb', 'help'];

/**
 * The one file `check` runs in this process, given its arguments (without `check`), or undefined
 * when the pool should run it. bin/seckb.js asks before it prestarts a worker, check.ts before it runs.
 */
export function inProcessFile(args: readonly string[], env: NodeJS.ProcessEnv = process.env, snapshot = workerSnapshotFits): string | undefined {
  if (env.SECKB_CHECK_IN_PROCESS === '0' || (env.SECKB_CHECK_IN_PROCESS !== '1' && snapshot())) return undefined;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const options = Object.fromEntries([...VALUE_OPTIONS.map((o) => [o, { type: 'string' as const, multiple: true }]), ['help', { type: 'boolean' as const, short: 'h' }]]);
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch {
    return undefined; // a usage error: check.ts reports it
  }
  if (parsed.positionals.length !== 1 || POOL_FLAGS.some((f) => parsed.values[f] !== undefined)) return undefined;
  const file = parsed.positionals[0]!;
  if (!IN_PROCESS_EXTENSIONS.includes(path.extname(file).toLowerCase())) return undefined;
  try {
    const s = lstatSync(file);
    return s.isFile() && s.size > 0 && s.size <= IN_PROCESS_MAX_BYTES ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * This process's code tiers as a worker's do (worker-flags.json `tiering`, ingest/worker-program.ts):
 * a check's run is short and touches much code once, and optimising it cost more than it saved
 * (tiny .md in process: ~0.85x of the CPU with it). Set before the pipeline loads; V8 reads the
 * budget as functions are made. Tiers differ in speed only, never in results.
 */
export function tierAsWorkers(): void {
  setFlagsFromString(flags.tiering.join(' '));
}

/** Whether a pool worker with the default heap would start from the snapshot (compiled, lib/ beside this module). */
export function workerSnapshotFits(): boolean {
  if (process.env.SECKB_COMPILED !== '1') return false;
  return snapshotArgs(path.dirname(fileURLToPath(import.meta.url)), workerExecArgv(flags.maxMemoryMb)) !== undefined;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * The check task's outcome run here, or undefined when the pool must run it (see the header).
 * The result goes through the same serialisation as a worker's answer (`serialization: 'advanced'`).
 */
export async function checkInProcess(task: Extract<FileTask, { kind: 'check' }>, limits: ReadLimits): Promise<TaskOutcome<'check'> | undefined> {
  const started = cpuMs();
  const { runCheck } = await import('./tasks.ts');
  let answer: Awaited<ReturnType<typeof runCheck>>;
  try {
    answer = await runCheck(task, limits);
  } catch {
    return undefined;
  }
  if (answer.note !== undefined) return undefined;
  // The worker's limits, measured afterwards: the size cap keeps a task far below them.
  if (cpuMs() - started > limits.timeoutMs) return undefined;
  if (getHeapStatistics().used_heap_size > flags.maxMemoryMb * 1024 * 1024) return undefined;
  if (process.memoryUsage.rss() > residentLimitMb(flags.maxMemoryMb) * 1024 * 1024) return undefined;
  return { result: deserialize(serialize(answer.result)) };
}
