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
/** Parts of src/ that only the site or the cross-document stages use. */
const NOT_PER_DOCUMENT = new Set(['src/pages', 'src/components', 'src/layouts', 'src/site', 'src/cli', 'src/search', 'src/align', 'src/export']);

function fingerprint(inputs: string[], skip: ReadonlySet<string> = new Set()): string {
  const hash = createHash('sha256');
  const visit = (full: string): void => {
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (skip.has(rel) || rel.endsWith('.test.ts')) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(full, name));
    } else {
      hash.update(rel).update(readFileSync(full));
    }
  };
  for (const input of inputs) if (existsSync(path.join(root, input))) visit(path.join(root, input));
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
