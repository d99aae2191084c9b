/**
 * Every file's whole per-document pipeline (read -> model -> claims -> findings) runs under the
 * pool's time and memory limits, in `ingest` and in `check`: a file past them fails alone with a
 * one-line reason and the rest lands.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seckb } from '../helpers/cli.ts';

describe('bounded per-file work', () => {
  let work: string;
  let src: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-bounded-'));
    src = path.join(work, 'src');
    mkdirSync(src);
    writeFileSync(path.join(src, 'acme.md'), '# Acme CMMS Security\n\nAcme Inc. hosts Acme CMMS in Azure West Europe. Backups are kept for 30 days.\n');
    // Small on disk, costly to analyze: 10,000 levels of nested quotes.
    writeFileSync(path.join(src, 'deep.md'), `# Deep\n\n${'>'.repeat(10_000)} quoted text\n`);
  });

  it('ingest: a file over the memory limit fails with a reason, the others land', () => {
    const out = path.join(work, 'kb');
    const r = seckb(['ingest', src, '--out', out, '--max-memory-mb', '48']);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const byName = Object.fromEntries(manifest.documents.map((d: { source: string }) => [path.basename(d.source), d]));
    expect(byName['acme.md'].status).toBe('ok');
    const deep = byName['deep.md'];
    // A later fallback may read it as text instead; either way no stack trace and one line.
    if (deep.status === 'failed') {
      expect(r.code).toBe(1);
      expect(deep.error).toMatch(/memory|nested too deeply|took over/);
      expect(deep.error).not.toMatch(/\n|    at /);
    }
    expect(r.stderr).not.toMatch(/    at /);
  }, 120_000);

  it('check: the same file fails alone with one line, the other file is still checked', () => {
    const r = seckb(['check', path.join(src, 'deep.md'), path.join(src, 'acme.md'), '--max-memory-mb', '48', '--format', 'json']);
    expect(r.stderr).not.toMatch(/    at /);
    const reports = JSON.parse(r.stdout) as Array<{ file: string }>;
    expect(reports.map((x) => path.basename(x.file))).toContain('acme.md');
    expect(r.stderr.split('\n').filter((l) => l.includes('deep.md')).length).toBeLessThanOrEqual(1);
  }, 120_000);

  it('rejects a bad limit flag with exit 2', () => {
    expect(seckb(['check', path.join(src, 'acme.md'), '--timeout-s', 'soon']).code).toBe(2);
    expect(seckb(['ingest', src, '--out', path.join(work, 'kb2'), '--max-memory-mb', 'lots']).code).toBe(2);
  }, 60_000);
});
