/**
 * The message loop of a pool worker process (ingest/pool.ts): one task per message, answered with
 * its outcome; the process ends with its parent. Shared by the plain worker (worker-entry.ts) and
 * the one started from a V8 start-up snapshot (worker-snapshot.ts).
 */
import type { ReadLimits } from './limits.ts';
import { runTask, type FileTask } from './tasks.ts';
import { READY } from './worker-program.ts';

export function serveTasks(options: { announce?: boolean } = {}): void {
  process.on('message', (message: { task: FileTask; limits: ReadLimits }) => {
    void runTask(message.task, message.limits).then((outcome) => process.send?.(outcome));
  });
  process.on('disconnect', () => process.exit(0));
  // With a callback, a parent already gone is no error.
  if (options.announce) process.send?.(READY, undefined, undefined, () => {});
}
