/**
 * The order vitest starts test files in (vitest.config.ts): the longest first, so two forks stay
 * busy to the end instead of one running the browser tests alone while the other has finished.
 * vitest's own order needs the durations of an earlier run (its cache, in node_modules/.vite);
 * a fresh CI machine has none, and vitest then starts the largest files first, which put the
 * 36-line browser test (about a fifth of the suite's time) among the last. The files below are the
 * slowest of a full run (seconds, one fork, 2-core machine, 2026-12-07); every other file follows
 * in vitest's own order. A file missing from the list costs only order, never a test.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import path from 'node:path';

const LONGEST = [
  'tests/site/browser.test.ts', // 173
  'tests/hostile/site.test.ts', // 30
  'tests/ingest/in-process.test.ts', // 24
  'tests/contracts/cli.test.ts', // 22
  'tests/contracts/eval.test.ts', // 19
  'tests/regex/narrowed.test.ts', // 15
  'tests/safety/special-files.test.ts', // 14
  'tests/kb/out-guard.test.ts', // 11
  'tests/kb/incremental.test.ts', // 11
  'tests/ingest/worker-snapshot.test.ts', // 10
  'tests/kb/atomic-swap.test.ts', // 10
  'tests/search/eval.test.ts', // 9
  'tests/findings/cli-check.test.ts', // 9
  'tests/ingest/pool.test.ts', // 8
  'tests/eval/quality.test.ts', // 7
  'tests/align/cli.test.ts', // 7
  'tests/hostile/markdown-scale.test.ts', // 6
  'tests/ingest/cpu-limit.test.ts', // 6
  'tests/contracts/sources.test.ts', // 6
  'tests/kb/ingest-cli.test.ts', // 6
  'tests/kb/cache.test.ts', // 5
  'tests/hostile/bombs.test.ts', // 5
  'tests/safety/messages.test.ts', // 5
  'tests/safety/large-lists.test.ts', // 5
  'tests/claims/linear-scans.test.ts', // 5
  'tests/hostile/sources.test.ts', // 4
  'tests/findings/questionnaire.test.ts', // 4
  'tests/fuzz/linear-patterns.test.ts', // 4
  'tests/fuzz/regex-time.test.ts', // 4
  'tests/ingest/large-markdown-txt.test.ts', // 4
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const rank = (f: TestSpecification): number => {
      const at = LONGEST.indexOf(path.relative(root, f.moduleId).split(path.sep).join('/'));
      return at < 0 ? LONGEST.length : at;
    };
    // Array.prototype.sort is stable: the files not listed keep vitest's order among themselves.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
