/**
 * Bad calls get one clear line and exit 2, never a stack trace (issue 13 item 5), and search
 * queries are capped before any analysis (item 3's query part).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { loadSearch } from '../../src/search/query.ts';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, QueryTooLongError } from '../../src/search/query-limits.ts';
import { seckb } from '../helpers/cli.ts';

function expectOneLine(r: { code: number | null; stderr: string }, reason: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(reason);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('clear messages for bad calls', () => {
  let work: string;
  let kb: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'seckb-messages-'));
    mkdirSync(path.join(work, 'src'));
    writeFileSync(path.join(work, 'src', 'acme.md'), '# Acme Security\n\nAcme hosts its service in Azure West Europe. Backups are kept for 30 days.\n');
    writeFileSync(path.join(work, 'src', 'acme-2.md'), '# Acme Security\n\nAcme stores backups in two data centres and keeps them for 30 days.\n');
    kb = path.join(work, 'kb');
    expect(seckb(['ingest', path.join(work, 'src'), '--out', kb]).code).toBe(0);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('check given a folder', () => {
    expectOneLine(seckb(['check', path.join(work, 'src')]), /is a folder; name its files/);
  });

  it('--lang outside the valid values lists them', () => {
    expectOneLine(seckb(['check', path.join(work, 'src', 'acme.md'), '--lang', 'xx']), /--lang "xx": rules exist for en, pl only/);
    expectOneLine(seckb(['search', 'backups', '--kb', kb, '--lang', 'xx']), /--lang "xx": the knowledge base has passages in en/);
  });

  it('compare --vendors with an unknown vendor lists the known ones', () => {
    expectOneLine(seckb(['compare', '--kb', kb, '--vendors', 'nosuch,acme']), /unknown vendor\(s\): nosuch; the knowledge base has: acme/);
  });

  it('align of two files in the same language warns and still aligns', () => {
    const r = seckb(['align', path.join(work, 'src', 'acme.md'), path.join(work, 'src', 'acme-2.md')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/are both in en; align pairs a document with its translation/);
    expect(JSON.parse(r.stdout).pairs.length).toBeGreaterThan(0);
  });

  it('a 100 KB query is refused at once with the limit, not run out of memory', () => {
    const started = Date.now();
    const r = seckb(['search', 'backup '.repeat(17_000), '--kb', kb]);
    expectOneLine(r, new RegExp(`the limit is ${MAX_QUERY_CHARS}`));
    expect(Date.now() - started).toBeLessThan(20_000);
    expectOneLine(seckb(['search', Array.from({ length: MAX_QUERY_TERMS + 1 }, (_, i) => `w${i}`).join(' '), '--kb', kb]), new RegExp(`the limit is ${MAX_QUERY_TERMS}`));
    expect(seckb(['search', 'backups kept', '--kb', kb]).code).toBe(0);
  });

  it('the search engine itself refuses an over-long query (the site goes through it too)', async () => {
    const doc = await loadDocument(path.join(work, 'src', 'acme.md'));
    const engine = await loadSearch(buildSearchIndexes([doc]));
    expect(() => engine.search('x'.repeat(MAX_QUERY_CHARS + 1))).toThrow(QueryTooLongError);
    expect(engine.search('backups').length).toBeGreaterThan(0);
  });

  it('a damaged KB file is named, with what to do, by every command that reads it', () => {
    const damaged = path.join(work, 'damaged');
    expect(seckb(['ingest', path.join(work, 'src'), '--out', damaged]).code).toBe(0);
    writeFileSync(path.join(damaged, 'claims.json'), '[{"attribute": "hosting.regi');
    writeFileSync(path.join(damaged, 'search', 'manifest.json'), 'not json');
    const fix = /run "seckb ingest" again to rebuild the knowledge base/;
    for (const command of [['compare', '--kb', damaged], ['export', '--kb', damaged, '--format', 'meilisearch', '--out', path.join(work, 'export')]]) {
      const r = seckb(command);
      expectOneLine(r, /damaged\/claims\.json" is damaged \(not valid JSON\)/);
      expect(r.stderr).toMatch(fix);
    }
    const r = seckb(['search', 'backups', '--kb', damaged]);
    expectOneLine(r, /search\/manifest\.json is not valid JSON/);
    expect(r.stderr).toMatch(fix);
  });
});
