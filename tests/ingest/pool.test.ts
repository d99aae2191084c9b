import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFiles, Worker } from '../../ingest/pool.ts';
import { resolveLimits } from '../../ingest/read.ts';
import { makeDocx } from './fixtures/make-docx.ts';
import { makePdf } from './fixtures/make-pdf.ts';

describe('readFiles', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seckb-pool-'));
  const put = (name: string, content: string | Uint8Array): string => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const pdf = await makePdf();
  const files = [
    put('good.md', '# Policy\n\nAll data is encrypted.\n'),
    put('locked.pdf', await makePdf({ userPassword: 'pw' })),
    put('good.pdf', pdf),
    put('binary.txt', Buffer.from([0, 159, 146, 150, 0, 1, 2])),
    put('good.docx', await makeDocx()),
    put('notes.rtf', '{\\rtf1}'),
    put('empty.html', ''),
  ];
  const expected = [
    undefined,
    'the PDF is encrypted; export an unprotected copy',
    undefined,
    'looks like a binary file, not text; save it as UTF-8 text or in a supported format',
    undefined,
    'unsupported extension ".rtf"; convert to .md, .txt, .docx, .pdf, .html, .xlsx or .csv',
    'empty file',
  ];

  it('isolates bad files on worker threads; results in input order', async () => {
    const progress: Array<[number, number, string]> = [];
    const out = await readFiles(files, { threads: 2, onProgress: (d, t, f) => progress.push([d, t, f]) });
    expect(out.map((o) => o.file)).toEqual(files);
    expect(out.map((o) => o.error)).toEqual(expected);
    expect(out[0].result?.format).toBe('md');
    expect(out[2].result?.blocks.some((b) => b.page === 2)).toBe(true);
    expect(out[4].result?.format).toBe('docx');
    expect(progress.map((p) => p[0])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(progress.every((p) => p[1] === 7)).toBe(true);
    expect([...progress.map((p) => p[2])].sort()).toEqual([...files].sort());
    // Same outcome read in this process.
    const local = await readFiles(files, { threads: 0 });
    expect(local).toEqual(out);
  }, 30_000);

  it('fails a file that runs past the time limit, alone', async () => {
    const out = await readFiles([files[2], files[0]], { threads: 1, limits: { timeoutMs: 5 }, graceMs: 0 });
    expect(out[0].error).toBe('processing took over 5 ms (--timeout-s); split the file, or raise --timeout-s if it is genuine');
    expect(out[1].result?.format ?? out[1].error).toMatch(/^(md|processing took over 5 ms \(--timeout-s\); split the file, or raise --timeout-s if it is genuine)$/);
  }, 30_000);

  it('fails a file that runs out of memory, alone', async () => {
    const row = '<tr><td>cell a</td><td>cell b</td><td>cell c</td></tr>'.repeat(20_000);
    const huge = put('huge.html', `<html><body>${`<table>${row}</table>`.repeat(6)}</body></html>`);
    const out = await readFiles([files[0], huge, files[4]], { threads: 2, maxMemoryMb: 64 });
    expect(out.map((o) => o.error)).toEqual([
      undefined,
      'processing needed more than 64 MB of memory (--max-memory-mb); the file may be damaged or too complex',
      undefined,
    ]);
    expect(out[2].result?.format).toBe('docx');
  }, 60_000);

  it('replaces a worker process that died while idle instead of failing the next file', async () => {
    const worker = new Worker(128);
    const limits = resolveLimits({});
    try {
      expect((await worker.run({ kind: 'read', file: files[0] }, limits, 5000)).error).toBeUndefined();
      const pid = worker.pid!;
      process.kill(pid, 'SIGKILL');
      await new Promise<void>((resolve) => {
        const gone = setInterval(() => {
          try {
            process.kill(pid, 0);
          } catch {
            clearInterval(gone);
            resolve();
          }
        }, 20);
      });
      await new Promise((resolve) => setTimeout(resolve, 100)); // the parent sees the channel close
      const next = await worker.run({ kind: 'read', file: files[0] }, limits, 5000);
      expect(next.error).toBeUndefined();
      expect((next.result as { format?: string } | undefined)?.format).toBe('md');
      expect(worker.pid).not.toBe(pid);
    } finally {
      worker.stop();
    }
  }, 30_000);
});

