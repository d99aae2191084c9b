/**
 * What else may sit in a source folder (hostile input): sidecars that are pipes, folders, links or
 * huge files, pipes and sockets among the documents, folders and files the user may not read,
 * and names with control characters. Each fails alone with one line saying what to do; the
 * other documents are still ingested, and nothing hangs (a sidecar pipe used to block ingest for ever).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from '../../ingest/read.ts';
import { manifestBySource, seckbWithin } from './run.ts';

const GOOD = '# Acme Security\n\nAcme hosts its service in Azure West Europe. Backups are kept for 30 days.\n';
const LIMIT_MS = 90_000;

describe('hostile things in a source folder', () => {
  let work: string;
  let server: Server;
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-hostile-src-'));
    const docs = path.join(work, 'docs');
    mkdirSync(docs);
    for (const name of ['good', 'meta-pipe', 'ignore-pipe', 'meta-folder', 'meta-link', 'meta-secret', 'meta-huge']) writeFileSync(path.join(docs, `${name}.md`), GOOD);
    execFileSync('mkfifo', [path.join(docs, 'meta-pipe.md.meta.json')]);
    execFileSync('mkfifo', [path.join(docs, 'ignore-pipe.md.seckb-ignore')]);
    mkdirSync(path.join(docs, 'meta-folder.md.meta.json'));
    symlinkSync('/dev/zero', path.join(docs, 'meta-link.md.meta.json'));
    writeFileSync(path.join(work, 'secret.txt'), 'QUOKKA-4471 private');
    symlinkSync(path.join(work, 'secret.txt'), path.join(docs, 'meta-secret.md.meta.json'));
    writeFileSync(path.join(docs, 'meta-huge.md.meta.json'), '');
    truncateSync(path.join(docs, 'meta-huge.md.meta.json'), 3 * 1024 ** 3);
    execFileSync('mkfifo', [path.join(docs, 'pipe.md')]);
    server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(docs, 'socket.md'), resolve));
  });
  afterAll(() => {
    server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('ingest: each fails alone with a one-line reason, quickly; the good document lands', () => {
    const r = seckbWithin(LIMIT_MS, ['ingest', 'docs', '--out', 'kb'], work);
    expect(r.stderr).not.toMatch(/killed after/);
    expect(r.code, r.stderr).toBe(1);
    const bySource = manifestBySource(readFileSync(path.join(work, 'kb', 'manifest.json'), 'utf8'));
    expect(bySource.get('docs/good.md')?.status).toBe('ok');
    const failed = (source: string) => expect(bySource.get(source)?.status, source).toBe('failed');
    for (const source of ['docs/meta-pipe.md', 'docs/ignore-pipe.md', 'docs/meta-folder.md', 'docs/meta-link.md', 'docs/meta-secret.md', 'docs/meta-huge.md', 'docs/pipe.md', 'docs/socket.md']) failed(source);
    expect(bySource.get('docs/meta-pipe.md')?.error).toBe('meta-pipe.md.meta.json is not a regular file (a folder, pipe, socket or device); delete it or put a file there');
    expect(bySource.get('docs/ignore-pipe.md')?.error).toMatch(/^ignore-pipe\.md\.seckb-ignore is not a regular file/);
    expect(bySource.get('docs/meta-folder.md')?.error).toMatch(/^meta-folder\.md\.meta\.json is not a regular file/);
    expect(bySource.get('docs/meta-link.md')?.error).toMatch(/^meta-link\.md\.meta\.json is a symbolic link; seckb does not follow links/);
    expect(bySource.get('docs/meta-huge.md')?.error).toBe('meta-huge.md.meta.json is 3072 MB, over the 1 MB a sidecar may have; fix or delete it');
    expect(bySource.get('docs/pipe.md')?.error).toMatch(/^not a regular file \(a pipe, socket or device\)/);
    expect(bySource.get('docs/socket.md')?.error).toMatch(/^not a regular file \(a pipe, socket or device\)/);
    // A sidecar link is never read, so nothing of the file it points at reaches the KB.
    expect(readFileSync(path.join(work, 'kb', 'manifest.json'), 'utf8')).not.toContain('QUOKKA');
    for (const line of r.stderr.trim().split('\n')) expect(line).toMatch(/^seckb ingest: /);
  });

  it('check: the same reasons, and the run ends', () => {
    const r = seckbWithin(LIMIT_MS, ['check', 'meta-pipe.md', 'ignore-pipe.md', 'pipe.md', 'good.md'], path.join(work, 'docs'));
    expect(r.stderr).not.toMatch(/killed after/);
    expect(r.stderr).toMatch(/meta-pipe\.md”: meta-pipe\.md\.meta\.json is not a regular file/);
    expect(r.stderr).toMatch(/ignore-pipe\.md”: ignore-pipe\.md\.seckb-ignore is not a regular file/);
    expect(r.stderr).toMatch(/pipe\.md”: not a regular file/);
    expect(r.stderr).toMatch(/files checked: 1/);
  });
});

describe('names with control characters', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-hostile-names-'));
    mkdirSync(path.join(work, 'docs'));
    writeFileSync(path.join(work, 'docs', 'good.md'), GOOD);
    writeFileSync(path.join(work, 'docs', 'forged\nseckb ingest: 0 failed.docx'), 'not a zip');
    writeFileSync(path.join(work, 'docs', 'screen\u001b[2J\u001b[31m.docx'), 'not a zip');
    writeFileSync(path.join(work, 'docs', 'bidi\u202etxt.docx'), 'not a zip');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ingest and check print one line per file, with controls as escapes', () => {
    const ingest = seckbWithin(LIMIT_MS, ['ingest', 'docs', '--out', 'kb'], work);
    expect(ingest.code).toBe(1);
    const lines = ingest.stderr.trim().split('\n');
    expect(lines).toHaveLength(4); // three failures and the summary
    expect(lines).toContain('seckb ingest: docs/forged\\nseckb ingest: 0 failed.docx: not a Word document (.docx is not a zip archive); re-save it as .docx');
    expect(ingest.stderr).toContain('docs/screen\\u001b[2J\\u001b[31m.docx');
    expect(ingest.stderr).toContain('docs/bidi\\u202etxt.docx');
    const check = seckbWithin(LIMIT_MS, ['check', ...['forged\nseckb ingest: 0 failed.docx', 'screen\u001b[2J\u001b[31m.docx', 'good.md']], path.join(work, 'docs'));
    for (const out of [ingest.stderr, check.stderr, check.stdout]) expect(out).not.toMatch(/[\u001b\u202e\r]/);
    expect(check.stderr.trim().split('\n')).toHaveLength(3);
  });
});

const root = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
// As root every file is readable: the run then drops to the "nobody" user, where setpriv exists.
const asUser = root ? (setpriv ? [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups'] : undefined) : [];

(asUser ? describe : describe.skip)(asUser ? 'files and folders the user may not read' : 'files and folders the user may not read (skipped: root without setpriv)', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-hostile-perm-'));
    const docs = path.join(work, 'docs');
    mkdirSync(path.join(docs, 'locked'), { recursive: true });
    mkdirSync(path.join(docs, 'open'));
    writeFileSync(path.join(docs, 'open', 'good.md'), GOOD);
    writeFileSync(path.join(docs, 'locked', 'inside.md'), GOOD);
    writeFileSync(path.join(docs, 'closed.md'), GOOD);
    if (root) for (const p of [work, docs, path.join(docs, 'locked'), path.join(docs, 'open'), path.join(docs, 'open', 'good.md'), path.join(docs, 'closed.md')]) chownSync(p, 65534, 65534);
    chmodSync(path.join(docs, 'locked'), 0o000);
    chmodSync(path.join(docs, 'closed.md'), 0o000);
  });
  afterAll(() => {
    chmodSync(path.join(work, 'docs', 'locked'), 0o700);
    rmSync(work, { recursive: true, force: true });
  });

  it('ingest records each as failed and still writes the KB (an unreadable folder used to end the run)', () => {
    const r = seckbWithin(LIMIT_MS, ['ingest', 'docs', '--out', 'kb'], work, asUser);
    expect(r.code, r.stderr).toBe(1);
    const bySource = manifestBySource(readFileSync(path.join(work, 'kb', 'manifest.json'), 'utf8'));
    expect(bySource.get('docs/open/good.md')?.status).toBe('ok');
    expect(bySource.get('docs/locked')).toMatchObject({ status: 'failed', error: 'cannot list the folder (EACCES); check that you may read it' });
    expect(bySource.get('docs/closed.md')).toMatchObject({ status: 'failed', error: 'cannot open the file (EACCES); check that it exists and you may read it' });
  });

  it('check says it cannot open the file, not an unexpected error', () => {
    const r = seckbWithin(LIMIT_MS, ['check', 'closed.md', 'open/good.md'], path.join(work, 'docs'), asUser);
    expect(r.stderr).toMatch(/cannot read “closed\.md”: cannot open the file \(EACCES\); check that it exists and you may read it/);
    expect(r.stderr).toMatch(/files checked: 1/);
  });
});

describe('a file that changes while it is read', () => {
  it('is refused when its bytes are not those ingest hashed (so no stale result is cached under the old hash)', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seckb-hostile-changed-'));
    try {
      const file = path.join(work, 'doc.md');
      writeFileSync(file, GOOD);
      await expect(readFile(file, {}, { sha256: '0'.repeat(64) })).rejects.toThrow('the file changed while seckb read it; run again once it is saved');
      const { sha256 } = await import('../../ingest/load.ts');
      await expect(readFile(file, {}, { sha256: sha256(Buffer.from(GOOD)) })).resolves.toMatchObject({ format: 'md' });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
