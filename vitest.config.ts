import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/helpers/sequencer.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts', 'ingest/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // vitest runs cores - 1 forks: ONE on a 2-core CI machine, so the suite ran file after file
    // while most files wait on a child process (the CLI, pool workers, astro, Chromium) and leave
    // a core idle. Two forks there; the default (cores - 1) on larger machines.
    poolOptions: { forks: { maxForks: Math.max(2, availableParallelism() - 1) } },
    // The longest files first (tests/helpers/sequencer.ts), so both forks finish together.
    sequence: { sequencer: LongestFirst },
  },
});
