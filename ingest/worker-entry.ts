/** The pool worker's task function (ingest/pool.ts), compiled to lib/worker.js by scripts/compile.mjs. */
import type { ReadLimits } from './read.ts';
import { runTask, type FileTask, type TaskOutcome } from './tasks.ts';

export default function fileTask({ task, limits }: { task: FileTask; limits: ReadLimits }): Promise<TaskOutcome> {
  return runTask(task, limits);
}
