/**
 * Files that are not ordinary documents: a named pipe given on the command line (reading it would
 * block for ever), a file over 2 GiB (Node cannot read it into one buffer, and should not try), a
 * text that exhausts a worker's heap. Each fails alone with a one-line reason; the other documents
 * are still ingested.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seckb } from '../helpers/cli.ts';

type Entry = { source: string; status: string; error?: string; sha256: string };

describe('special and oversized files', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-special-'));
    mkdirSync(path.join(work, 'docs'));
    writeFileSync(path.join(work, 'docs', 'acme.md'), '# Acme Security\n\nAcme hosts its service in Azure West Europe.\n');
    // Sparse: just over 2 GiB (Node's limit for one buffer) on paper, no disk blocks.
    writeFileSync(path.join(work, 'docs', 'huge.txt'), '');
    truncateSync(path.join(work, 'docs', 'huge.txt'), 2 * 1024 ** 3 + 1024 ** 2);
    execFileSync('mkfifo', [path.join(work, 'docs', 'pipe.md')]);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ingest records each as failed with its reason and still writes the good document', () => {
    const r = seckb(['ingest', 'docs', 'docs/pipe.md', '--out', 'kb'], work);
    expect(r.code).toBe(1);
    const manifest = JSON.parse(readFileSync(path.join(work, 'kb', 'manifest.json'), 'utf8')) as { documents: Entry[] };
    const bySource = new Map(manifest.documents.map((d) => [d.source, d]));
    expect(bySource.get('docs/acme.md')?.status).toBe('ok');
    expect(bySource.get('docs/huge.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^file is 2049 MB, over the 50 MB limit/) });
    // The hash is of the file's bytes (2 GiB of zeros), read in chunks.
    expect(bySource.get('docs/huge.txt')?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(bySource.get('docs/pipe.md')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^not a regular file/) });
    expect(r.stderr).toMatch(/pipe\.md: not a regular file \(a pipe, socket or device\)/);
    expect(r.stderr.split('\n').filter((l) => /huge\.txt|pipe\.md/.test(l))).toHaveLength(2);
  });

  it('check reports the same reasons without reading the files', () => {
    const r = seckb(['check', 'huge.txt', 'pipe.md', 'acme.md'], path.join(work, 'docs'));
    expect(r.stderr).toMatch(/huge\.txt.*file is 2049 MB, over the 50 MB limit/);
    expect(r.stderr).toMatch(/pipe\.md.*not a regular file/);
    expect(r.stderr).toMatch(/files checked: 1/);
  });

  it('a file whose analysis runs out of heap fails alone, the run goes on', () => {
    // One 4 MB "word": analysis grows large tables over it. In a worker thread the failing
    // allocation aborted the whole process (nodejs/node#47224); a worker process dies alone.
    const dir = path.join(work, 'heavy');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'heavy.md'), 'x'.repeat(4_000_000));
    writeFileSync(path.join(dir, 'light.md'), '# Light\n\nLight keeps backups for 30 days.\n');
    const r = seckb(['ingest', 'heavy', '--out', 'heavy-kb', '--max-memory-mb', '128', '--threads', '1'], work);
    expect(r.stderr).not.toMatch(/FATAL ERROR|seckb died/);
    expect(r.code).toBe(1);
    const manifest = JSON.parse(readFileSync(path.join(work, 'heavy-kb', 'manifest.json'), 'utf8')) as { documents: Entry[] };
    const bySource = new Map(manifest.documents.map((d) => [d.source, d]));
    expect(bySource.get('heavy/heavy.md')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^processing needed more than 128 MB of memory/) });
    expect(bySource.get('heavy/light.md')?.status).toBe('ok');
  });

  it('a file whose name is not UTF-8 (a Windows zip unpacked here) fails alone, saying what to do', () => {
    const dir = path.join(work, 'legacy');
    mkdirSync(dir);
    // "Bezpieczeństwo.md" with "ń" in Windows-1250 (0xF1): no JavaScript string names this file.
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/Bezpiecze`), Buffer.from([0xf1]), Buffer.from('stwo.md')]), '# B\n\nBackups are kept for 30 days.\n');
    writeFileSync(path.join(dir, 'plain.md'), '# Plain\n\nPlain keeps backups for 30 days.\n');
    const r = seckb(['ingest', 'legacy', '--out', 'legacy-kb'], work);
    expect(r.code).toBe(1);
    const manifest = JSON.parse(readFileSync(path.join(work, 'legacy-kb', 'manifest.json'), 'utf8')) as { documents: Entry[] };
    const bySource = new Map(manifest.documents.map((d) => [d.source, d]));
    expect(bySource.get('legacy/plain.md')?.status).toBe('ok');
    expect(bySource.get('legacy/Bezpiecze\uFFFDstwo.md')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^the name is not UTF-8 .*rename it/) });
    const checked = seckb(['check', 'Bezpiecze\uFFFDstwo.md', 'plain.md'], dir);
    expect(checked.stderr).toMatch(/Bezpiecze\uFFFDstwo\.md.*the name is not UTF-8/);
    expect(checked.stderr).toMatch(/files checked: 1/);
  });
});
