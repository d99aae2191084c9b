/**
 * The pool's clock on a worker's CPU time (ingest/pool.ts). `--timeout-s` bounds the CPU a file's
 * task uses, not the wall clock: on a busy machine a worker gets a slice of a core, and a small
 * file once failed with "processing took over 30 s" at load 36 after a fraction of a second of
 * work. The parent reads the worker's user + system time (every thread: the collector's too) from
 * /proc while the task runs, as it reads its resident set (ingest/resident.ts), so a worker stuck
 * in synchronous code is stopped all the same. A wall-clock backstop, WALL_BACKSTOP times the CPU
 * limit, still ends a worker that uses no CPU at all (blocked, or stopped). Where /proc is missing
 * (macOS, Windows) the limit is the wall clock, as before.
 */
import { readFileSync } from 'node:fs';

/** How often a running task's worker is measured (the ticks behind it are 10 ms). */
export const CPU_SAMPLE_MS = 50;

/** The wall clock a task may take, in CPU limits: a worker on a core shared by ten still ends. */
export const WALL_BACKSTOP = 10;

/** The backstop's least wall-clock time: a tiny CPU limit still gets samples before it. */
export const MIN_BACKSTOP_MS = 2000;

/** Linux reports CPU time in USER_HZ ticks, 100 a second on every architecture (its ABI: sysconf(_SC_CLK_TCK)). */
const MS_PER_TICK = 10;

/** CPU time (user + system, all threads) process `pid` has used, in ms; undefined where /proc cannot be read. */
export function cpuTimeMs(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return undefined;
  }
  // Fields after the command name, which is in parentheses and may hold spaces or ")": state is
  // field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks * MS_PER_TICK : undefined;
}

export interface TaskClock {
  /** Whether the task has used more than its CPU limit (never, where /proc cannot be read). */
  over(): boolean;
  stop(): void;
}

/**
 * The clock of one task of process `pid`: `cpu` is called once the process has used more than
 * `limitMs` of CPU since now (checked every CPU_SAMPLE_MS), `wall` if `limitMs * backstop` of
 * wall-clock time (MIN_BACKSTOP_MS at least) passes first. Where /proc cannot be read, `cpu` is
 * called after `limitMs` of wall-clock time.
 */
export function clockTask(pid: number | undefined, limitMs: number, backstop: number, cpu: () => void, wall: (ms: number) => void): TaskClock {
  const start = pid === undefined ? undefined : cpuTimeMs(pid);
  if (pid === undefined || start === undefined) {
    const timer = setTimeout(cpu, limitMs);
    return { over: () => false, stop: () => clearTimeout(timer) };
  }
  const over = (): boolean => (cpuTimeMs(pid) ?? start) - start > limitMs;
  const sampler = setInterval(() => {
    if (!over()) return;
    stop();
    cpu();
  }, CPU_SAMPLE_MS);
  const backstopMs = Math.max(limitMs * backstop, MIN_BACKSTOP_MS);
  const timer = setTimeout(() => {
    stop();
    wall(backstopMs);
  }, backstopMs);
  const stop = (): void => {
    clearInterval(sampler);
    clearTimeout(timer);
  };
  return { over, stop };
}
