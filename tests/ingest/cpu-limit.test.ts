/**
 * The per-file limit counts the worker's CPU time, not the wall clock (ingest/cpu-time.ts): a
 * worker that gets no core for a while (a busy machine, simulated by stopping it with SIGSTOP)
 * still finishes a small file, a document that keeps a core busy is still stopped, and a worker
 * that never runs is ended by the wall-clock backstop.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clockTask, cpuTimeMs } from '../../ingest/cpu-time.ts';
import { reasons } from '../../ingest/errors.ts';
import { Worker } from '../../ingest/pool.ts';
import { resolveLimits } from '../../ingest/read.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'seckb-cpu-limit-'));
const small = path.join(dir, 'small.md');
writeFileSync(small, '# Access\n\nStaff sign in with two factors. Backups are kept for 30 days.\n');
const read = (file: string) => ({ kind: 'read', file }) as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A worker that has read one file already, so its modules are loaded. */
async function warmWorker(): Promise<Worker> {
  const worker = new Worker(256);
  expect((await worker.run(read(small), resolveLimits({}), 5000)).error).toBeUndefined();
  return worker;
}

describe.skipIf(cpuTimeMs(process.pid) === undefined)('the CPU-time limit of a task', () => {
  it('reads this process its own CPU time', () => {
    const before = cpuTimeMs(process.pid)!;
    const end = process.cpuUsage().user + 200_000;
    while (process.cpuUsage().user < end);
    expect(cpuTimeMs(process.pid)! - before).toBeGreaterThanOrEqual(150);
  });

  it('does not fail a small file whose worker waited for a core longer than the limit', async () => {
    const worker = await warmWorker();
    try {
      const pid = worker.pid!;
      process.kill(pid, 'SIGSTOP');
      const outcome = worker.run(read(small), resolveLimits({ timeoutMs: 300 }), 0);
      await sleep(1200); // four times the limit on the wall clock, no CPU
      process.kill(pid, 'SIGCONT');
      const { error, result } = await outcome;
      expect(error).toBeUndefined();
      expect((result as { format?: string } | undefined)?.format).toBe('md');
    } finally {
      worker.stop();
    }
  }, 30_000);

  it('stops a document that keeps the worker busy past the limit, by its CPU time', async () => {
    const worker = await warmWorker();
    const big = path.join(dir, 'big.md');
    const paragraph = (i: number) => `Paragraph ${i}: the service keeps record ${i * 7919} in region ${i % 13} for ${i % 90} days.`;
    writeFileSync(big, Array.from({ length: 10_000 }, (_, i) => paragraph(i)).join('\n\n'));
    try {
      // A backstop this wide leaves the CPU limit alone to end the task, however busy the machine.
      const { error } = await worker.run({ kind: 'check', file: big, settings: { locale: 'en', extraRules: [], now: Date.UTC(2026, 0, 1) } }, resolveLimits({ timeoutMs: 400 }), 0, 1000);
      expect(error).toBe(reasons.timeout(400));
      expect(worker.pid).toBeUndefined(); // killed, to be replaced
    } finally {
      worker.stop();
    }
  }, 120_000);

  it('ends a worker that gets no CPU at all by the wall-clock backstop', async () => {
    const worker = await warmWorker();
    try {
      process.kill(worker.pid!, 'SIGSTOP');
      const started = Date.now();
      const { error } = await worker.run(read(small), resolveLimits({ timeoutMs: 250 }), 0);
      expect(error).toBe(reasons.stalled(2500));
      expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
    } finally {
      worker.stop();
    }
  }, 30_000);

  it('holds a task that ends between two samples to the limit', async () => {
    let fired = 0;
    const clock = clockTask(process.pid, 20, 1000, () => fired++, () => fired++);
    const end = process.cpuUsage().user + 100_000;
    while (process.cpuUsage().user < end);
    expect(clock.over()).toBe(true);
    clock.stop();
    await sleep(120);
    expect(fired).toBe(0);
  });
});
