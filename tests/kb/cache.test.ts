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
    expect(readdirSync(cache).filter((n) => /^[0-9a-f]{32}\.json$/.test(n))).toHaveLength(2);
    // Beside each document's result: its summary, its KB file, its share of the search index and
    // its passages (no pairs here).
    expect(readdirSync(cache).filter((n) => /^p[0-9a-f]{32}\.json$/.test(n))).toHaveLength(2 * 4);

    // A silencing sidecar changes acme's findings: acme is processed again, beta is not.
    writeFileSync(path.join(src, 'acme.md.seckb-ignore'), 'placeholder\n');
    expect(seckb(['ingest', src, '--out', out]).stderr).toMatch(/2 documents \(1 unchanged\)/);
    expect(kinds(out, 'acme')).not.toContain('placeholder');

    // A changed file: only it; entries no run uses any more are pruned.
    writeFileSync(path.join(src, 'beta.md'), '# Beta Security\n\nBeta AB stores all data in Norway.\n');
    expect(seckb(['ingest', src, '--out', out]).stderr).toMatch(/2 documents \(1 unchanged\)/);
    expect(readFileSync(path.join(out, 'documents/beta.json'), 'utf8')).toContain('Norway');
    expect(readdirSync(cache).filter((n) => /^p?[0-9a-f]{32}\.json$/.test(n))).toHaveLength(2 * 5);

    // A damaged entry is not trusted: the file is processed again.
    for (const n of readdirSync(cache)) writeFileSync(path.join(cache, n), '{"trunc');
    expect(seckb(['ingest', src, '--out', out]).stderr).toMatch(/2 documents \(0 unchanged\)/);
    expect(existsSync(path.join(out, 'documents/acme.json'))).toBe(true);
  }, 120_000);

  it('reuses a pair\'s diff while both documents are unchanged, recomputes it when one changes', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seckb-cache-pairs-'));
    const src = path.join(work, 'src');
    mkdirSync(src);
    const out = path.join(work, 'kb');
    const put = (name: string, version: string, days: number) =>
      writeFileSync(path.join(src, name), `# Acme CMMS Security Overview\n\nVersion ${version}\n\nAcme Inc. keeps backups for ${days} days.\n`);
    put('acme-v1.md', '1.0', 30);
    put('acme-v2.md', '2.0', 60);
    seckb(['ingest', src, '--out', out]);
    const diffs = readdirSync(path.join(out, 'diffs'));
    expect(diffs).toHaveLength(1);
    const diffFile = path.join(out, 'diffs', diffs[0]);
    expect(readFileSync(diffFile, 'utf8')).toContain('P60D');
    // Mark the stored pair result: an unchanged pair is read back, not computed again.
    const cache = path.join(work, '.kb.cache');
    const pairEntries = readdirSync(cache).filter((n) => /^p[0-9a-f]{32}\.json$/.test(n));
    expect(pairEntries.length).toBeGreaterThan(0);
    for (const n of pairEntries) writeFileSync(path.join(cache, n), readFileSync(path.join(cache, n), 'utf8').replace('P60D', 'P61D'));
    seckb(['ingest', src, '--out', out]);
    expect(readFileSync(path.join(out, 'diffs', diffs[0]), 'utf8')).toContain('P61D');
    // A changed document: its pairs are computed again.
    put('acme-v2.md', '2.0', 90);
    seckb(['ingest', src, '--out', out]);
    expect(readFileSync(path.join(out, 'diffs', diffs[0]), 'utf8')).toContain('P90D');
  }, 120_000);
});
