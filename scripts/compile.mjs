// Compiles the CLI and the pool worker to plain JavaScript in lib/ (esbuild, one bundle per entry
// with shared chunks; dependencies stay in node_modules), so `seckb` starts without tsx.
// Run by npm's `prepare` step, so `npm ci` stays the only set-up. bin/seckb.js uses lib/ only
// while it is fresh (lib/inputs.json lists every source file and its mtime) and falls back to
// the TypeScript sources through tsx otherwise, so an edited source is never shadowed.
import { build } from 'esbuild';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTERNAL = ['pdf-parse', 'pdfjs-dist', 'exceljs', 'mammoth', 'astro', 'esbuild', 'tsx', '@nlpjs/*', 'snowball-stemmers', 'iconv-lite', 'chardet'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'lib');
rmSync(out, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { seckb: 'src/cli/seckb.ts', worker: 'ingest/worker-entry.ts' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Pure-JavaScript dependencies are bundled: resolving each one's package.json exports at every
  // start cost ~0.1 s. Those that find files of their own at run time stay external.
  external: EXTERNAL,
  chunkNames: 'chunk-[hash]',
  metafile: true,
  logLevel: 'warning',
  // Lets a bundled module tell it runs from lib/ (ingest/pool.ts picks the worker file by it).
  define: { 'process.env.SECKB_COMPILED': '"1"' },
});
const inputs = Object.keys(result.metafile.inputs)
  .filter((f) => !f.includes('node_modules/'))
  .sort()
  .map((f) => [f, statSync(path.join(root, f)).mtimeMs]);
writeFileSync(path.join(out, 'inputs.json'), JSON.stringify(inputs));
console.log(`seckb: compiled ${inputs.length} source files to lib/`);
