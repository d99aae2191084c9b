// Builds the pool worker's V8 start-up snapshot (ingest/worker-snapshot.ts) into a folder:
// worker-snapshot.cjs (the worker as one CommonJS bundle, which Node's snapshot builder needs),
// worker.blob (the snapshot) and worker-snapshot.json (what the pool checks before using it:
// Node version, platform, the V8 flags it was built with, the blob's size and mtime). Called by
// scripts/compile.mjs; the pool falls back to lib/worker.js whenever these do not fit.
import { build } from 'esbuild';
import { execFileSync, fork } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Packages loaded at run time, never evaluated into the snapshot (they find files of their own, or are large and per format). */
const EXTERNAL = ['pdf-parse', 'pdfjs-dist', 'exceljs', 'astro', 'esbuild', 'tsx', 'snowball-stemmers'];
// The snapshot builder's `require` loads only Node's own modules; after start-up the main
// function sets __seckbRequire (a real require at the bundle's place) and this one defers to it.
// Every regex the build runs stays interpreted: a snapshot cannot hold native regex code (V8
// aborts), and the flag must be set before the first regex runs; the entry sets it back.
const BANNER = [
  'var __builderRequire = require; var require = (id) => (globalThis.__seckbRequire ?? __builderRequire)(id);',
  'require("node:v8").setFlagsFromString("--regexp-interpret-all");',
].join('\n');

/** The flags a worker runs with; a snapshot only loads under the V8 flags it was built with. */
export function workerExecArgv(root, maxMemoryMb) {
  const flags = JSON.parse(readFileSync(path.join(root, 'ingest/worker-flags.json'), 'utf8'));
  return [`--max-old-space-size=${maxMemoryMb ?? flags.maxMemoryMb}`, `--stack-size=${flags.stackKb}`, ...flags.tiering];
}

/**
 * Builds the snapshot into `outDir`, which must be inside the package (packages left out of the
 * bundle are resolved from there). `maxMemoryMb`: the worker heap it is for (default the pool's).
 */
export async function buildWorkerSnapshot({ root, outDir, plugins = [], define = {}, maxMemoryMb }) {
  const script = path.join(outDir, 'worker-snapshot.cjs');
  const blob = path.join(outDir, 'worker.blob');
  const meta = path.join(outDir, 'worker-snapshot.json');
  rmSync(meta, { force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['ingest/worker-snapshot.ts'],
    outfile: script,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: BANNER },
    minifyWhitespace: true,
    plugins,
    define,
    logLevel: 'warning',
  });
  writeFileSync(script, asciiOnly(readFileSync(script, 'utf8')));
  const execArgv = workerExecArgv(root, maxMemoryMb);
  const seedArgs = hashSeedArgs();
  execFileSync(process.execPath, [...execArgv, ...seedArgs, '--snapshot-blob', blob, '--build-snapshot', script], {
    cwd: outDir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await startsReady(script, [...execArgv, ...seedArgs, '--snapshot-blob', blob]);
  const { size, mtimeMs } = statSync(blob);
  writeFileSync(meta, JSON.stringify({ node: process.version, platform: process.platform, arch: process.arch, execArgv, seedArgs, size, mtimeMs }));
  return { script, blob, meta, size };
}

/**
 * The bundle with every character past ASCII written as a \\u escape. V8 keeps a script's source
 * in the snapshot (functions not yet compiled compile from it), as two-byte text when a single
 * character of it is past Latin-1 (a few regex literals hold dashes and bullets): escaped, it is
 * stored a byte a character, 4 MB less for every worker to load. An escape means the character
 * itself in strings, templates, regex literals (with or without `u`) and names; a backslash before
 * such a character (an identity escape) is dropped, as `\\u` escapes it.
 */
export function asciiOnly(source) {
  const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => (slashes.length % 2 ? slashes.slice(1) : slashes) + escape(c));
}

/**
 * V8 rehashes every hash table of a snapshot when a worker starts under another hash seed than
 * the build's (a random one, by default): ~0.03 s of the ~0.12 s a worker takes to load this
 * snapshot. The snapshot's workers run under the seed it was built with instead, drawn at random
 * for each build, so the seed that keeps crafted keys from colliding stays unknown outside this
 * installation; plain workers keep Node's random seed. The seed orders no output (Map, Set and
 * object key order never depend on it).
 */
function hashSeedArgs() {
  return [`--hash-seed=${randomInt(1, 2 ** 31 - 1)}`, '--no-rehash-snapshot'];
}

/** Starts a worker from the new snapshot once: it must say it is ready (ingest/worker-serve.ts). */
function startsReady(script, execArgv) {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('message', (message) => {
      clearTimeout(timer);
      child.kill();
      if (message === 'seckb-worker-ready') resolve();
      else reject(new Error(`a worker from the snapshot answered ${JSON.stringify(message)}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`a worker from the snapshot did not start (${signal ?? `exit code ${code}`}): ${stderr.trim().split('\n')[0] ?? ''}`));
    });
  });
}
