/**
 * The pool worker as a V8 start-up snapshot. scripts/snapshot.mjs bundles this file to one
 * CommonJS script and runs it with `node --build-snapshot`; the heap at the end is written to
 * lib/worker.blob, and a worker started from it (ingest/worker-program.ts) skips loading,
 * evaluating and compiling what is below:
 *
 * - the modules a worker needs for text formats, the model, claims, findings and the KB's
 *   per-document output (the html reader stays out: linkedom holds a native handle a snapshot
 *   cannot keep; it and the packages left out of the bundle load on first use);
 * - the rule data, made as a worker makes it on first use (src/regex/precompute.ts);
 * - the bytecode of the code those run: the sample corpus' text files (content/sources) are
 *   checked and analysed once, as a worker that has seen them would have done (a worker's
 *   results never depend on the documents it saw before: ingest hands files to workers in any
 *   order and its KB is the same).
 *
 * Packages the bundle leaves out (mammoth, pdf.js, exceljs, ...) are required at run time through
 * the banner's `require`, which the snapshot builder limits to Node's own modules: the main
 * function below points it at the bundle's real place.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import './tasks.ts';
import './sidecars.ts';
import './load.ts';
import { readMarkdown, readPlainText } from './readers/markdown.ts';
import { readDocx } from './readers/docx.ts';
import type { ReadResult } from '../src/model/types.ts';
import { buildDocument } from '../src/model/build.ts';
import { documentFindings } from '../src/findings/document-findings.ts';
import { analyzeDocument } from '../src/kb/analyze.ts';
import { serializeResult } from '../src/kb/serialized-result.ts';
import { makeRuleData } from '../src/regex/precompute.ts';
import { dropIntlCaches } from '../src/i18n/index.ts';
import { serveTasks } from './worker-serve.ts';

declare global {
  // Set by the main function; read by the bundle's banner (scripts/snapshot.mjs).
  var __seckbRequire: NodeJS.Require | undefined;
}

/**
 * Runs what a check and an ingest run over the sample corpus' text files, as tasks.ts does, but
 * reading synchronously: a file handle of fs/promises is a native handle a snapshot cannot keep.
 */
let warmed = false;

async function warmUp(): Promise<void> {
  makeRuleData();
  // Named by scripts/snapshot.mjs; read at build time only.
  const samples = process.env.SECKB_SNAPSHOT_SAMPLES ?? '';
  const names = existsSync(samples) ? readdirSync(samples).filter((f) => /\.(md|txt|docx)$/.test(f)).sort() : [];
  for (const name of names) {
    const bytes = readFileSync(path.join(samples, name));
    const text = name.endsWith('.docx') ? undefined : bytes.toString('utf8');
    const read: ReadResult = text === undefined ? await readDocx(bytes) : name.endsWith('.txt') ? readPlainText(text) : readMarkdown(text);
    const doc = buildDocument(read, { id: 'sample', source: name, sha256: '' });
    documentFindings(doc, { locale: 'en', now: new Date(0), source: text });
    serializeResult({ ...analyzeDocument(doc, { now: new Date(0), source: text, silenced: [] }), format: read.format });
  }
  // Intl objects hold ICU data outside the heap, which a snapshot cannot keep.
  dropIntlCaches();
  // The banner interprets every regex (native regex code cannot go into a snapshot); back to the
  // worker's flags (the flag and what it implied), which the snapshot must be built with.
  v8.setFlagsFromString('--no-regexp-interpret-all');
  v8.setFlagsFromString('--regexp-tier-up');
  warmed = true;
}

// The snapshot is taken once the event loop is empty, after the warm-up's last step.
void warmUp();

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // A snapshot taken mid-way would hold half-made state: such a worker never says it is ready.
  if (!warmed) throw new Error('the worker snapshot was taken before its warm-up ended');
  const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
  // argv[1] is the bundle as the pool named it: packages resolve from there.
  globalThis.__seckbRequire = createRequire(path.resolve(process.argv[1]));
  serveTasks({ announce: true });
});
