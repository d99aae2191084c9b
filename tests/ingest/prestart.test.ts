/** A pool worker started before its command knows its files (`seckb check` forks it first thing). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prestartWorker, runFileTasks, Worker } from '../../ingest/pool.ts';
import { resolveLimits } from '../../ingest/read.ts';

const root = path.resolve(import.meta.dirname, '../..');
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('prestarted pool workers', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seckb-prestart-'));
  const file = path.join(dir, 'draft.md');
  writeFileSync(file, '# Policy\n\nAll data is encrypted.\n');

  it('runs the first task in the process it started detached', async () => {
    const worker = new Worker(128);
    try {
      worker.startDetached();
      const pid = worker.pid;
      expect(pid).toBeGreaterThan(0);
      const outcome = await worker.run({ kind: 'read', file }, resolveLimits({}), 5000);
      expect(outcome.error).toBeUndefined();
      expect(worker.pid).toBe(pid);
    } finally {
      worker.stop();
    }
  }, 30_000);

  it('is taken by the next pool with the same heap cap, and dropped by one with another', async () => {
    const taken = prestartWorker(160);
    let runningThen: boolean | undefined;
    const [a] = await runFileTasks([{ kind: 'read', file }], { maxMemoryMb: 160, onProgress: () => (runningThen = taken.pid !== undefined && alive(taken.pid)) });
    expect(a.error).toBeUndefined();
    expect(runningThen).toBe(true);
    const dropped = prestartWorker(160);
    const pid = dropped.pid!;
    const [b] = await runFileTasks([{ kind: 'read', file }], { maxMemoryMb: 128, onProgress: () => (runningThen = dropped.pid !== undefined) });
    expect(b.error).toBeUndefined();
    expect(runningThen).toBe(false);
    expect(prestartWorker(128)).not.toBe(dropped);
    await runFileTasks([], { maxMemoryMb: 128 }); // takes the last one and ends it
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alive(pid)).toBe(false);
  }, 60_000);

  it('keeps no process alive when never taken: the command ends, and the worker with it', () => {
    const script = `import { Worker } from './ingest/pool.ts';\nconst w = new Worker(128);\nw.startDetached();\nconsole.log(w.pid);\n`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    const pid = Number(run.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    for (const until = Date.now() + 30_000; alive(pid) && Date.now() < until; ) spawnSync('sleep', ['0.05']);
    expect(alive(pid)).toBe(false);
  }, 120_000);
});
