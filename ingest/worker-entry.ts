/**
 * The pool's child process (ingest/pool.ts), compiled to lib/worker.js by scripts/compile.mjs;
 * lib/worker.blob, when present, starts the same loop from a snapshot (worker-snapshot.ts).
 */
import { serveTasks } from './worker-serve.ts';

serveTasks();
