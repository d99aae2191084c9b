#!/usr/bin/env node
// Adds the lock entries npm 11's `npm ci` demands for other platforms' optional binaries
// (esbuild, rollup, pagefind, ...), which `npm install` here leaves out (npm/cli#4828).
// Each entry is what npm itself writes: version, integrity, os/cpu/libc, optional.
// Usage: node scripts/complete-lock.mjs   (run after any dependency change, then commit the lock)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const lockFile = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
const packages = lock.packages;
let added = 0;
const cache = new Map();

function view(spec) {
  if (!cache.has(spec)) {
    try {
      const out = JSON.parse(execFileSync('npm', ['view', spec, 'version', 'dist.integrity', 'os', 'cpu', 'libc', 'license', 'engines', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      cache.set(spec, Array.isArray(out) ? out[out.length - 1] : out);
    } catch {
      cache.set(spec, undefined);
    }
  }
  return cache.get(spec);
}

for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm resolves a dependency next to its parent first, then up the tree.
    const parentDir = location === '' ? '' : `${location}/`;
    const candidates = [`${parentDir}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => packages[c])) continue;
    // The registry mirror may lack that exact version of a foreign-platform binary; its
    // os/cpu fields (all npm ci needs to skip it here) are then taken from the newest one.
    const info = view(`${name}@${range}`) ?? view(name);
    if (!info) throw new Error(`complete-lock: ${name} is not in the registry`);
    const record = { version: info.version === undefined || view(`${name}@${range}`) === undefined ? range : info.version };
    if (view(`${name}@${range}`)) record.integrity = info['dist.integrity'];
    for (const key of ['cpu', 'libc', 'license', 'engines', 'os']) if (info[key] !== undefined) record[key] = info[key];
    record.optional = true;
    packages[`node_modules/${name}`] = record;
    added++;
    process.stderr.write(`+ ${name}@${info.version}\n`);
  }
}

const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(lockFile, JSON.stringify(lock, null, 2) + '\n');
process.stderr.write(`complete-lock: ${added} entries added\n`);
