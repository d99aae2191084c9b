/** `seckb ingest` reuses each unchanged file's cached per-document result, and only that. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seckb } from '../helpers/cli.ts';

const kinds = (out: string, id: string): string[] =>
  JSON.parse(readFileSync(path.join(out, 'findings.json'), 'utf8'))
    .filter((f: { documentId: string }) => f.documentId === id)
    .map((f: { kind: string }) => f.kind);

describe('ingest result cache', () => {
  it('reprocesses a file when it or one of its sidecars changes, and reuses the others', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seckb-cache-'));
    const src = path.join(work, 'src');
    mkdirSync(src);
    const out = path.join(work, 'kb');
    writeFileSync(path.join(src, 'acme.md'), '# Acme CMMS Security\n\nBackups are kept for 30 days. Lorem ipsum dolor sit amet.\n');
    writeFileSync(path.join(src, 'beta.md'), '# Beta Security\n\nBeta AB stores all data in Sweden.\n');
    expect(seckb(['ingest', src, '--out', out]).stderr).toMatch(/2 documents \(0 unchanged\)/);
    expect(kinds(out, 'acme')).toContain('placeholder');
    const cache = path.join(work, '.kb.cache');
    expect(readdirSync(cache).filter((n) => n.endsWith('.json'))).toHaveLength(2);

    // A silencing sidecar changes acme's findings: acme is processed again, beta is not.
    writeFileSync(path.join(src, 'acme.md.seckb-ignore'), 'placeholder\n');
    expect(seckb(['ingest', src, '--out', out]).stderr).toMatch(/2 documents \(1 unchanged\)/);
    expect(kinds(out, 'acme')).not.toContain('placeholder');

    // A changed file: only it; entries no run uses any more are pruned.
    writeFileSync(path.join(src, 'beta.md'), '# Beta Security\n\nBeta AB stores all data in Norway.\n');
    expect(seckb(['ingest', src, '--out', out]).stderr).toMatch(/2 documents \(1 unchanged\)/);
    expect(readFileSync(path.join(out, 'documents/beta.json'), 'utf8')).toContain('Norway');
    expect(readdirSync(cache).filter((n) => n.endsWith('.json'))).toHaveLength(2);

    // A damaged entry is not trusted: the file is processed again.
    for (const n of readdirSync(cache)) writeFileSync(path.join(cache, n), '{"trunc');
    expect(seckb(['ingest', src, '--out', out]).stderr).toMatch(/2 documents \(0 unchanged\)/);
    expect(existsSync(path.join(out, 'documents/acme.json'))).toBe(true);
  }, 120_000);
});
