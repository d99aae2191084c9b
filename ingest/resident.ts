/**
 * The pool's watchdog on a worker's RESIDENT memory (ingest/pool.ts). `--max-old-space-size` caps
 * only the V8 heap: a reader's ArrayBuffers and Buffers (pdf.js decoding a stream, zlib, a zip
 * entry), native allocations and code lie outside it, so a compression bomb once took a worker to
 * 1.47 GB with its heap well under the cap. A worker is a child process, so the parent reads its
 * resident set from /proc (Linux) while a task runs and kills it past the limit: the sampling
 * costs the worker nothing, and works while the worker is stuck in synchronous code (a thread
 * cannot watch itself then, and a thread's `rss` would be the whole process's).
 * Where /proc is missing (macOS, Windows) the watchdog is off; the readers' own caps on
 * decompressed sizes (ingest/zip.ts, ingest/readers/pdf-streams.ts) still hold.
 */
import { readFileSync } from 'node:fs';

/** Resident memory a worker may take beyond its heap cap: code, the snapshot, buffers of a large file. */
export const OFF_HEAP_ALLOWANCE_MB = 256;

/** How often a running task's worker is measured: a bomb inflating at ~1 GB/s overshoots by ~50 MB at most. */
export const SAMPLE_MS = 50;

/** The resident limit that goes with a heap cap of `maxMemoryMb`. */
export const residentLimitMb = (maxMemoryMb: number): number => maxMemoryMb + OFF_HEAP_ALLOWANCE_MB;

/** The resident set of process `pid` in bytes (VmRSS), or undefined where it cannot be read (no /proc, process gone). */
export function residentBytes(pid: number): number | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    return undefined;
  }
  const kb = /^VmRSS:\s*(\d+)\s*kB/m.exec(status);
  return kb ? Number(kb[1]) * 1024 : undefined;
}

/**
 * Calls `over` once when process `pid`'s resident memory passes `limitMb`, checking every
 * SAMPLE_MS; returns the function that stops watching. Does nothing where /proc cannot be read.
 */
export function watchResident(pid: number | undefined, limitMb: number, over: (residentMb: number) => void): () => void {
  if (pid === undefined || residentBytes(pid) === undefined) return () => {};
  const limit = limitMb * 1024 * 1024;
  const timer = setInterval(() => {
    const bytes = residentBytes(pid);
    if (bytes === undefined || bytes <= limit) return;
    clearInterval(timer);
    over(Math.round(bytes / (1024 * 1024)));
  }, SAMPLE_MS);
  timer.unref();
  return () => clearInterval(timer);
}
