/**
 * `seckb export` as a user runs it: --help, one-line refusals (no KB, wrong format, an --out that is
 * not its own), replacing its own earlier export atomically with the same bytes.
 */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seckb } from '../helpers/cli.ts';
import { writeFixtureKb } from './kb-fixture.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'seckb-export-cli-'));
const kb = writeFixtureKb(work);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function expectRefused(r: { code: number | null; stderr: string }, reason: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(reason);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
}

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

describe('seckb export', () => {
  it('--help explains the command', () => {
    const r = seckb(['export', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--format meilisearch\|opensearch/);
    expect(r.stdout).toMatch(/--out DIR/);
  });

  it('refuses in one line: no KB, wrong or missing format, missing --out', () => {
    expectRefused(seckb(['export', '--format', 'opensearch', '--kb', path.join(work, 'nokb'), '--out', path.join(work, 'o1')]), /no knowledge base in .*nokb/);
    expectRefused(seckb(['export', '--format', 'solr', '--kb', kb, '--out', path.join(work, 'o2')]), /--format must be meilisearch or opensearch \(got "solr"\)/);
    expectRefused(seckb(['export', '--kb', kb, '--out', path.join(work, 'o3')]), /--format must be/);
    expectRefused(seckb(['export', '--format', 'meilisearch', '--kb', kb]), /--out DIR is required/);
    for (const name of ['o1', 'o2', 'o3']) expect(() => lstatSync(path.join(work, name))).toThrow();
  });

  it('never writes over a folder that is not its own export, the KB, or inside the KB', () => {
    const mine = path.join(work, 'mine');
    mkdirSync(mine);
    writeFileSync(path.join(mine, 'notes.txt'), 'mine');
    expectRefused(seckb(['export', '--format', 'meilisearch', '--kb', kb, '--out', mine]), /holds files that are not a seckb export/);
    expect(filesOf(mine)).toEqual({ 'notes.txt': 'mine' });
    expectRefused(seckb(['export', '--format', 'meilisearch', '--kb', kb, '--out', kb]), /is the source .* or inside it/);
    expectRefused(seckb(['export', '--format', 'meilisearch', '--kb', kb, '--out', path.join(kb, 'export')]), /is the source .* or inside it/);
    expect(readdirSync(kb).sort()).toEqual(['claims.json', 'documents', 'manifest.json']);
  });

  it('replaces its own export with the same bytes, and refuses it once someone adds a file', () => {
    const out = path.join(work, 'engine');
    const first = seckb(['export', '--format', 'opensearch', '--kb', kb, '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    const before = filesOf(out);
    expect(Object.keys(before)).toContain('seckb-passages.bulk.ndjson');
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    const again = seckb(['export', '--format', 'meilisearch', '--kb', kb, '--out', out]);
    expect(again.code, again.stderr).toBe(0);
    expect(Object.keys(filesOf(out))).toContain('seckb-passages.settings.json');
    expect(seckb(['export', '--format', 'opensearch', '--kb', kb, '--out', out]).code).toBe(0);
    expect(filesOf(out)).toEqual(before);
    // Only one version folder is left beside the link.
    expect(readdirSync(work).filter((n) => n.startsWith('.engine.'))).toHaveLength(1);
    writeFileSync(path.join(out, 'load.sh'), 'curl ...');
    expectRefused(seckb(['export', '--format', 'opensearch', '--kb', kb, '--out', out]), /holds files that are not a seckb export/);
    expect(readFileSync(path.join(out, 'load.sh'), 'utf8')).toBe('curl ...');
  });
});
