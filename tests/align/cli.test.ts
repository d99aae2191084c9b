import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { english } from './fixture.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args: string[]) => spawnSync('node', ['bin/seckb.js', 'align', ...args], { cwd: root, encoding: 'utf8' });

describe('seckb align', () => {
  it('aligns two files to JSON per cli.md', () => {
    const r = run('tests/align/fixtures/lumenfield-pl.md', 'tests/align/fixtures/lumenfield-en.md');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source).toMatchObject({ file: 'tests/align/fixtures/lumenfield-pl.md', lang: 'pl' });
    expect(out.target).toMatchObject({ file: 'tests/align/fixtures/lumenfield-en.md', lang: 'en' });
    expect(out.pairs.length).toBeGreaterThan(50);
    for (const p of out.pairs) {
      expect(Object.keys(p.source).sort()).toEqual(['end', 'start', 'text']);
      expect(typeof p.score).toBe('number');
      expect(Array.isArray(p.flags)).toBe(true);
    }
    expect(r.stderr).toMatch(/pairs/);
  }, 30_000);

  it('reports document-level drift in the JSON (additive field) and one line each on stderr', () => {
    const r = run('tests/align/fixtures/drift/tuned/harborline-en.md', 'tests/align/fixtures/drift/tuned/harborline-pl.md', '--locale', 'pl');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.drift.map((d: { kind: string }) => d.kind)).toEqual(['version-drift', 'section-added', 'section-added']);
    for (const d of out.drift) expect(Object.keys(d)).toEqual(expect.arrayContaining(['id', 'kind', 'detail', 'source', 'target']));
    expect(out.pairs.filter((p: { drift?: string }) => p.drift === out.drift[2].id)).toHaveLength(4);
    expect(r.stderr).toContain('Tłumaczenie starszej wersji: tłumaczenie odpowiada: wersja 1.4, 2025-03-10; oryginał: wersja 2.1, 2026-01-15');
    expect(r.stderr).toContain('Sekcja dodana do oryginału po przetłumaczeniu: „4. Artificial Intelligence Features” · 4 fragmenty');
  }, 30_000);

  it('writes TMX and XLIFF, reads KB document ids, and exits 2 on bad calls', () => {
    expect(run('tests/align/fixtures/lumenfield-pl.md', 'tests/align/fixtures/lumenfield-en.md', '--format', 'tmx').stdout).toContain('<tmx version="1.4">');
    expect(run('tests/align/fixtures/lumenfield-pl.md', 'tests/align/fixtures/lumenfield-en.md', '--format', 'xliff').stdout).toContain('urn:oasis:names:tc:xliff:document:2.0');
    const kb = mkdtempSync(path.join(tmpdir(), 'seckb-align-'));
    mkdirSync(path.join(kb, 'documents'));
    const { blocks: _blocks, ...doc } = english();
    writeFileSync(path.join(kb, 'documents', 'lumenfield-en.json'), JSON.stringify(doc));
    const byId = run('tests/align/fixtures/lumenfield-pl.md', 'lumenfield-en', '--kb', kb);
    expect(byId.status).toBe(0);
    expect(JSON.parse(byId.stdout).target.documentId).toBe('lumenfield-en');
    expect(run('only-one.md').status).toBe(2);
    expect(run('a.md', 'b.md', '--format', 'csv').status).toBe(2);
    const missing = run('tests/align/fixtures/lumenfield-pl.md', 'no-such-doc', '--kb', kb);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-doc');
    expect(execFileSync('node', ['bin/seckb.js', 'align', '--help'], { cwd: root, encoding: 'utf8' })).toContain('usage: seckb align');
  }, 60_000);
});
