/**
 * The pool worker's V8 start-up snapshot (scripts/snapshot.mjs, ingest/worker-snapshot.ts,
 * ingest/worker-program.ts): a worker started from it gives the outcome a plain worker gives, under
 * the same time and memory limits, and the pool falls back to the plain worker whenever the
 * snapshot is missing, does not fit (another heap size, another Node, a changed file) or does not
 * load. The snapshot is built here into a folder of its own, for a small heap, as compile.mjs
 * builds lib/worker.blob.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../ingest/pool.ts';
import { resolveLimits } from '../../ingest/read.ts';
import { runTask, type FileTask } from '../../ingest/tasks.ts';
import { snapshotArgs, workerExecArgv, workerProgram } from '../../ingest/worker-program.ts';
import { makeDocx } from './fixtures/make-docx.ts';
import flags from '../../ingest/worker-flags.json' with { type: 'json' };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HEAP_MB = 160;

describe('worker snapshot', () => {
  let dir = '';
  let md = '';
  let docx = '';
  const limits = resolveLimits({});
  const check = (file: string): FileTask => ({ kind: 'check', file, settings: { locale: 'pl', extraRules: [], now: Date.UTC(2026, 0, 1) } });

  beforeAll(async () => {
    // Inside the package, so the worker resolves mammoth and the other packages left out of the bundle.
    mkdirSync(path.join(root, 'tests/output'), { recursive: true });
    dir = mkdtempSync(path.join(root, 'tests/output/snapshot-'));
    const { buildWorkerSnapshot } = (await import('../../scripts/snapshot.mjs')) as {
      buildWorkerSnapshot(o: { root: string; outDir: string; maxMemoryMb: number }): Promise<unknown>;
    };
    await buildWorkerSnapshot({ root, outDir: dir, maxMemoryMb: HEAP_MB });
    md = path.join(dir, 'draft.md');
    writeFileSync(md, '# Bezpieczeństwo\n\nKopie zapasowe przechowujemy przez 30 dni.\nDane są szyfrowane (AES-256).\nTODO: uzupełnić\n');
    docx = path.join(dir, 'paper.docx');
    writeFileSync(docx, await makeDocx());
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is used only when it fits the worker: flags, Node, and the blob the compile wrote', () => {
    expect(workerProgram(dir, true, HEAP_MB)).toMatchObject({ snapshot: true, script: path.join(dir, 'worker-snapshot.cjs') });
    // Under the hash seed it was built with, so V8 need not rehash its tables at every start.
    const { seedArgs } = JSON.parse(readFileSync(path.join(dir, 'worker-snapshot.json'), 'utf8')) as { seedArgs: string[] };
    expect(seedArgs).toEqual([expect.stringMatching(/^--hash-seed=[1-9]\d*$/), '--no-rehash-snapshot']);
    expect(workerProgram(dir, true, HEAP_MB).execArgv).toEqual([...workerExecArgv(HEAP_MB), ...seedArgs, '--snapshot-blob', path.join(dir, 'worker.blob')]);
    // Another heap size: V8 refuses a snapshot built under other flags.
    expect(workerProgram(dir, true, 512)).toMatchObject({ snapshot: false, script: path.join(dir, 'worker.js') });
    // From the sources there is no snapshot.
    expect(workerProgram(dir, false, HEAP_MB)).toMatchObject({ snapshot: false, script: path.join(dir, 'worker.mjs') });
    const meta = path.join(dir, 'worker-snapshot.json');
    const saved = readFileSync(meta, 'utf8');
    // Every worker runs with the tiering flags, and the snapshot was built under them.
    for (const compiled of [true, false]) expect(workerProgram(dir, compiled, 512).execArgv).toEqual(expect.arrayContaining(flags.tiering));
    // A plain worker keeps Node's random hash seed.
    expect(workerProgram(dir, true, 512).execArgv.join(' ')).not.toMatch(/hash-seed/);
    expect(JSON.parse(saved).execArgv).toEqual(workerExecArgv(HEAP_MB));
    try {
      writeFileSync(meta, JSON.stringify({ ...JSON.parse(saved), node: 'v0.0.1' }));
      expect(snapshotArgs(dir, workerExecArgv(HEAP_MB))).toBeUndefined();
      writeFileSync(meta, JSON.stringify({ ...JSON.parse(saved), size: 1 }));
      expect(snapshotArgs(dir, workerExecArgv(HEAP_MB))).toBeUndefined();
      rmSync(meta);
      expect(snapshotArgs(dir, workerExecArgv(HEAP_MB))).toBeUndefined();
    } finally {
      writeFileSync(meta, saved);
    }
    expect(snapshotArgs(dir, workerExecArgv(HEAP_MB))).toBeDefined();
  });

  it('holds the modules and rule data only: every worker reads and copies the whole blob at its start', () => {
    // 30.9 MB with a warm-up over the sample corpus (regex bytecode, caches), 17.5 MB without (round 12).
    expect(statSync(path.join(dir, 'worker.blob')).size).toBeLessThan(22 * 1024 * 1024);
  });

  it('gives the outcome a worker that loads its modules gives, for text and for packages loaded at run time', async () => {
    const worker = new Worker(HEAP_MB, dir, true);
    try {
      for (const file of [md, docx]) {
        const fromSnapshot = await worker.run(check(file), limits, 5000);
        expect(fromSnapshot.error).toBeUndefined();
        expect(fromSnapshot).toEqual(await runTask(check(file), limits));
      }
      const findings = (await worker.run(check(md), limits, 5000)).result as { findings: Array<{ rule: string }> };
      expect(findings.findings.map((f) => f.rule)).toContain('todo-marker');
    } finally {
      worker.stop();
    }
  }, 60_000);

  it('keeps the time and memory limits', async () => {
    const worker = new Worker(HEAP_MB, dir, true);
    try {
      const slow = await worker.run(check(docx), resolveLimits({ timeoutMs: 1 }), 0);
      expect(slow.error).toBe('processing took over 1 ms (--timeout-s); split the file, or raise --timeout-s if it is genuine');
      const row = '<tr><td>cell a</td><td>cell b</td><td>cell c</td></tr>'.repeat(40_000);
      const huge = path.join(dir, 'huge.html');
      writeFileSync(huge, `<html><body>${`<table>${row}</table>`.repeat(8)}</body></html>`);
      const big = await worker.run(check(huge), limits, 5000);
      expect(big.error).toBe(`processing needed more than ${HEAP_MB} MB of memory (--max-memory-mb); the file may be damaged or too complex`);
      // The next file gets a fresh worker, from the snapshot again.
      expect((await worker.run(check(md), limits, 5000)).error).toBeUndefined();
    } finally {
      worker.stop();
    }
  }, 120_000);

  it('falls back to the plain worker when the snapshot does not load', async () => {
    // A blob damaged in place (same size and mtime, so its metadata still fits).
    const copy = mkdtempSync(path.join(root, 'tests/output/snapshot-bad-'));
    try {
      for (const f of ['worker-snapshot.cjs', 'worker-snapshot.json', 'worker.blob']) copyFileSync(path.join(dir, f), path.join(copy, f));
      const blob = path.join(copy, 'worker.blob');
      const bytes = readFileSync(blob);
      bytes.fill(7, 0, 64);
      writeFileSync(blob, bytes);
      const meta = path.join(copy, 'worker-snapshot.json');
      writeFileSync(meta, JSON.stringify({ ...JSON.parse(readFileSync(meta, 'utf8')), mtimeMs: statSync(blob).mtimeMs }));
      expect(snapshotArgs(copy, workerExecArgv(HEAP_MB))).toBeDefined();
      // The plain worker of that folder: the one compile.mjs writes beside the snapshot.
      writeFileSync(path.join(copy, 'worker.js'), `import '${path.join(root, 'ingest/worker.mjs')}';\n`);
      const worker = new Worker(HEAP_MB, copy, true);
      try {
        const outcome = await worker.run(check(md), limits, 5000);
        expect(outcome).toEqual(await runTask(check(md), limits));
        expect(workerProgram(copy, true, HEAP_MB).snapshot).toBe(false);
      } finally {
        worker.stop();
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
