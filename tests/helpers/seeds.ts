/**
 * The real-world corpus lives beside the project in ../shared/seeds (never copied in).
 * Tests over it run when it exists and must run under CI=true: there a missing folder fails.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe } from 'vitest';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.resolve(projectRoot, '../shared/seeds');

export function seedFiles(): string[] {
  return readdirSync(seedsDir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => path.join(seedsDir, f));
}

/** `describe` over the seeds: skipped with a reason when absent, failing when CI=true. */
export function describeSeeds(name: string, fn: () => void): void {
  if (existsSync(seedsDir)) {
    describe(name, fn);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`seeds missing: ${seedsDir} must exist when CI=true`);
    });
  } else {
    describe.skip(`${name} (skipped: ${seedsDir} not found)`, fn);
  }
}
