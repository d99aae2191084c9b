/**
 * Fingerprints of the code and data that turn a file into a document (`modelFingerprint`, the
 * manifest's modelVersion) and into its whole per-document result (`pipelineFingerprint`: also
 * claims, findings, messages, their rules and dependencies). A cached result is reused only when
 * its file and the fingerprint are unchanged, so improving a reader or a rule rebuilds every
 * document without anyone bumping a version by hand.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: two folders up from src/kb/, one from a compiled chunk in lib/. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), process.env.SECKB_COMPILED === '1' ? '..' : '../..');
const MODEL_INPUTS = ['ingest', 'src/model', 'rules/model'];
const PIPELINE_INPUTS = ['ingest', 'src', 'rules', 'locales', 'package-lock.json'];
/**
 * Parts of src/ that only the site, the cross-document stages or the cache's bookkeeping use
 * (a result the cache cannot read back is computed again).
 */
const NOT_PER_DOCUMENT = new Set([
  ...['src/pages', 'src/components', 'src/layouts', 'src/site', 'src/cli', 'src/search', 'src/align', 'src/export'],
  ...['build-kb', 'build-findings', 'cache', 'cached-documents', 'document-results', 'fingerprint', 'out-guard', 'pairs', 'read', 'summary', 'vendor-names', 'write'].map((name) => `src/kb/${name}.ts`),
]);

/** Every input file (path relative to the root, bytes), read once per process for all three fingerprints. */
let inputFiles: Array<[string, Buffer]> | undefined;

function readInputs(): Array<[string, Buffer]> {
  if (inputFiles) return inputFiles;
  const files: Array<[string, Buffer]> = [];
  const visit = (full: string): void => {
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (rel.endsWith('.test.ts')) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(full, name));
    } else {
      files.push([rel, readFileSync(full)]);
    }
  };
  for (const input of PIPELINE_INPUTS) if (existsSync(path.join(root, input))) visit(path.join(root, input));
  return (inputFiles = files);
}

/** Inputs are folders or files; a skipped path leaves out everything under it. */
function fingerprint(inputs: string[], skip: ReadonlySet<string> = new Set()): string {
  const under = (rel: string, dir: string) => rel === dir || rel.startsWith(`${dir}/`);
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const [rel, bytes] of readInputs()) {
      if (under(rel, input) && ![...skip].some((s) => under(rel, s))) hash.update(rel).update(bytes);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export function modelFingerprint(): string {
  return fingerprint(MODEL_INPUTS);
}

export function pipelineFingerprint(): string {
  return fingerprint(PIPELINE_INPUTS, NOT_PER_DOCUMENT);
}

/** Everything the KB build runs, for cross-document results (pair diffs and alignments). */
export function kbFingerprint(): string {
  return fingerprint(PIPELINE_INPUTS);
}
