/**
 * The pool's child process (ingest/pool.ts), compiled to lib/worker.js by scripts/compile.mjs:
 * one task per message, answered with its outcome. It ends with its parent.
 */
import type { ReadLimits } from './read.ts';
import { runTask, type FileTask } from './tasks.ts';

process.on('message', (message: { task: FileTask; limits: ReadLimits }) => {
  void runTask(message.task, message.limits).then((outcome) => process.send?.(outcome));
});
process.on('disconnect', () => process.exit(0));
