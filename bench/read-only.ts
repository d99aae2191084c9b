/**
 * For bench/scale.ts, the "bare extraction" baseline: every file of a folder through seckb's
 * readers alone (pool `read` tasks, no model, claims or findings). Compiled like the CLI.
 *
 *   node bench/output/compiled/read-only.js DIR THREADS
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readFiles } from '../ingest/pool.ts';

const [dir, threads] = process.argv.slice(2);
const files = readdirSync(dir).sort().map((f) => path.join(dir, f));
const outcomes = await readFiles(files, { threads: Number(threads) });
const failed = outcomes.filter((o) => !o.result);
if (failed.length > 0) {
  process.stderr.write(`read-only: ${failed.length} files failed, e.g. ${failed[0].file}: ${failed[0].error}\n`);
  process.exitCode = 1;
}
