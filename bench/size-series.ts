/**
 * For bench/scale.ts: each file through the per-document pipeline in this process (a warm-up
 * first), CPU ms per stage, one JSON line per file.
 */
import { statSync } from 'node:fs';
import { readFile } from '../ingest/read.ts';
import { readSourceText } from '../ingest/sidecars.ts';
import { extractClaims } from '../src/claims/extract.ts';
import { documentFindingsIn } from '../src/findings/document-findings.ts';
import { buildDocument } from '../src/model/build.ts';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function stages(file: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  let at = cpu();
  const lap = (name: string) => {
    const now = cpu();
    out[name] = Math.round(now - at);
    at = now;
  };
  const read = await readFile(file, { timeoutMs: 3_600_000, maxFileBytes: 1 << 30 });
  lap('read');
  const doc = buildDocument(read, { id: 'bench', source: file, sha256: '' });
  lap('model');
  const claims = extractClaims(doc);
  lap('claims');
  documentFindingsIn(doc, { claims, source: readSourceText(file) }, ['pl']);
  lap('findings');
  return out;
}

const files = process.argv.slice(2);
await stages(files[0]); // warm-up: rules compiled, code optimised
for (const file of files) process.stdout.write(`${JSON.stringify({ file, bytes: statSync(file).size, stages: await stages(file) })}\n`);
