/**
 * The pool worker as a V8 start-up snapshot. scripts/snapshot.mjs bundles this file to one
 * CommonJS script and runs it with `node --build-snapshot`; the heap at the end is written to
 * lib/worker.blob, and a worker started from it (ingest/worker-program.ts) skips loading and
 * evaluating what is below:
 *
 * - the modules a worker needs for text formats, the model, claims, findings and the KB's
 *   per-document output (the html reader stays out: linkedom holds a native handle a snapshot
 *   cannot keep; it and the packages left out of the bundle load on first use);
 * - the rule data, made as a worker makes it on first use (src/regex/precompute.ts);
 * - one short English text through the model, claims and findings, so the functions of that path
 *   are in the blob as bytecode (a tiny check's task: 0.6x of its CPU, for 0.8 MB of blob).
 *
 * Nothing else: a worker reads and copies the whole blob at every start, and on a machine where
 * touching memory is dear (a virtual machine's page faults) each MB of it cost ~20 ms of CPU. A
 * warm-up over the sample corpus used to run here (bytecode of the functions it ran, 10 MB of
 * regex bytecode, caches): a 30 MB blob instead of 16 MB, and it cost a tiny check more than it
 * saved (bench/README.md, rounds 12 and 14).
 *
 * Packages the bundle leaves out (mammoth, pdf.js, exceljs, ...) are required at run time through
 * the banner's `require`, which the snapshot builder limits to Node's own modules: the main
 * function below points it at the bundle's real place.
 */
import path from 'node:path';
import v8 from 'node:v8';
import './tasks.ts';
import './sidecars.ts';
import './load.ts';
import './readers/markdown.ts';
import './readers/docx.ts';
import '../src/model/build.ts';
import '../src/findings/document-findings.ts';
import '../src/kb/analyze.ts';
import '../src/kb/serialized-result.ts';
import { makeRuleData } from '../src/regex/precompute.ts';
import { forgetRegisteredTerms } from '../src/regex/term-analysis.ts';
import { dropIntlCaches } from '../src/i18n/index.ts';
import { serveTasks } from './worker-serve.ts';
import { documentFromText } from '../src/model/from-text.ts';
import { documentFindings } from '../src/findings/document-findings.ts';
import { scopeText } from '../src/regex/registry.ts';

declare global {
  // Set by the main function; read by the bundle's banner (scripts/snapshot.mjs).
  var __seckbRequire: NodeJS.Require | undefined;
}

let warmed = false;

function warmUp(): void {
  makeRuleData();
  // A few sentences, not a corpus: the scope is cleared after, and a pattern it grew compiles
  // more terms with the same matches (src/regex/narrowed.ts).
  const doc = documentFromText('# Service notes\n\nWe copy the records every night and keep each copy for two weeks.\nTODO: add the region.\n');
  documentFindings(doc, { locale: 'en', now: new Date(0) });
  scopeText(undefined);
  forgetRegisteredTerms();
  // Intl objects hold ICU data outside the heap, which a snapshot cannot keep.
  dropIntlCaches();
  // The banner interprets every regex (native regex code cannot go into a snapshot); back to the
  // worker's flags (the flag and what it implied), which the snapshot must be built with.
  v8.setFlagsFromString('--no-regexp-interpret-all');
  v8.setFlagsFromString('--regexp-tier-up');
  warmed = true;
}

// The snapshot is taken once the event loop is empty.
warmUp();

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // A snapshot taken mid-way would hold half-made state: such a worker never says it is ready.
  if (!warmed) throw new Error('the worker snapshot was taken before its warm-up ended');
  const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
  // argv[1] is the bundle as the pool named it: packages resolve from there.
  globalThis.__seckbRequire = createRequire(path.resolve(process.argv[1]));
  serveTasks({ announce: true });
});
