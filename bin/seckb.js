#!/usr/bin/env node
// Runs the compiled CLI (lib/, made by `npm ci` through scripts/compile.mjs) when it is fresh, else
// the TypeScript sources through tsx, so `npx seckb` works after `npm ci` and an edited source
// is never shadowed by an older build. SECKB_FROM_SOURCE=1 forces the sources.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** lib/ is fresh when every source file it was compiled from still has the mtime it had then. */
function compiledIsFresh() {
  if (process.env.SECKB_FROM_SOURCE === '1') return false;
  try {
    const inputs = JSON.parse(readFileSync(path.join(root, 'lib/inputs.json'), 'utf8'));
    // Joined by hand: path.join normalises each of the ~300 paths, which doubled this check's CPU
    // (~10 ms on the way to a check's worker fork). The paths are esbuild's, relative with '/'.
    return inputs.every(([file, mtimeMs]) => statSync(`${root}/${file}`).mtimeMs === mtimeMs);
  } catch {
    return false;
  }
}

let main;
if (compiledIsFresh()) {
  // A check forks its worker before the CLI loads (ingest/pool.ts prestartFor): the worker's start is most of a small check's time.
  if (process.argv[2] === 'check') (await import('../lib/pool.js')).prestartFor(process.argv.slice(2));
  ({ main } = await import('../lib/seckb.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  // tsx turns source maps on; Node then parses every module's map up front (pdf.js ships 7.5 MB
  // of them, ~170 MB of heap). SECKB_DEBUG=1 keeps them for TypeScript line numbers in traces.
  if (!process.env.SECKB_DEBUG) process.setSourceMapsEnabled(false);
  ({ main } = await import('../src/cli/seckb.ts'));
}
process.exitCode = await main(process.argv.slice(2));
