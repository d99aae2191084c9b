// Compiles the CLI and the pool worker to plain JavaScript in lib/ (esbuild, one bundle per entry
// with shared chunks; dependencies stay in node_modules), so `seckb` starts without tsx.
// Run by npm's `prepare` step, so `npm ci` stays the only set-up. bin/seckb.js uses lib/ only
// while it is fresh (lib/inputs.json lists every source file and its mtime) and falls back to
// the TypeScript sources through tsx otherwise, so an edited source is never shadowed.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkerSnapshot } from './snapshot.mjs';
import { lazyFranc } from './lazy-franc.mjs';

const EXTERNAL = ['pdf-parse', 'pdfjs-dist', 'exceljs', 'mammoth', 'astro', 'esbuild', 'tsx', '@nlpjs/*', 'snowball-stemmers', 'iconv-lite', 'chardet'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'lib');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Pure-JavaScript dependencies are bundled: resolving each one's package.json exports at every
  // start cost ~0.1 s. Those that find files of their own at run time stay external.
  external: EXTERNAL,
  logLevel: 'warning',
};

/**
 * The literal analyses of every rule term (src/regex/precompute.ts), made once here instead of at
 * every start (src/regex/term-analysis.ts). A term's analysis depends on its source alone, so a
 * missing or failed table only costs time: the CLI then analyses terms as the sources do.
 */
async function termAnalyses() {
  // Inside the package, so the bundle finds the external dependencies in node_modules.
  const tmp = mkdtempSync(path.join(root, 'lib', '.terms-'));
  try {
    await build({ ...common, entryPoints: { terms: 'scripts/term-analysis-entry.mjs' }, outdir: tmp });
    const json = execFileSync(process.execPath, [path.join(tmp, 'terms.js')], { cwd: root, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
    return JSON.parse(json);
  } catch (error) {
    console.warn(`seckb: rule terms not analysed ahead (${String(error?.message ?? error).split('\n')[0]}); they are analysed at run time`);
    return [];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
const analyses = await termAnalyses();
const precomputed = {
  name: 'precomputed-term-analyses',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]regex[\\/]precomputed\.ts$/ }, () => ({
      contents: `export const PRECOMPUTED = new Map(JSON.parse(${JSON.stringify(JSON.stringify(analyses))}));`,
      loader: 'js',
    }));
  },
};

const result = await build({
  ...common,
  // pool: bin/seckb.js loads it first to fork a check's worker before the rest of the CLI loads.
  entryPoints: { seckb: 'src/cli/seckb.ts', worker: 'ingest/worker-entry.ts', pool: 'ingest/pool.ts' },
  outdir: out,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  metafile: true,
  plugins: [precomputed, lazyFranc],
  // Lets a bundled module tell it runs from lib/ (ingest/pool.ts picks the worker file by it).
  define: { 'process.env.SECKB_COMPILED': '"1"' },
});
const inputs = Object.keys(result.metafile.inputs)
  .filter((f) => !f.includes('node_modules/'))
  .sort()
  .map((f) => [f, statSync(path.join(root, f)).mtimeMs]);
writeFileSync(path.join(out, 'inputs.json'), JSON.stringify(inputs));

// The worker's start-up snapshot; without it (a failed build) the pool starts lib/worker.js.
let snapshot = 'no worker snapshot';
try {
  const { size } = await buildWorkerSnapshot({ root, outDir: out, plugins: [precomputed, lazyFranc], define: { 'process.env.SECKB_COMPILED': '"1"' } });
  snapshot = `worker snapshot ${(size / 1024 / 1024).toFixed(1)} MB`;
} catch (error) {
  console.warn(`seckb: worker snapshot not built (${String(error?.message ?? error).split('\n')[0]}); workers load their modules at start`);
}
console.log(`seckb: compiled ${inputs.length} source files to lib/ (${analyses.length} rule terms analysed ahead, ${snapshot})`);
