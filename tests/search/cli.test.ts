/** `seckb search` per cli.md, over a KB directory holding only the search files. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { command } from '../../src/cli/search.ts';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { fixtureDocuments } from './fixtures.ts';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await command.run(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('seckb search', () => {
  let kb: string;
  let empty: string;
  beforeAll(() => {
    kb = mkdtempSync(path.join(tmpdir(), 'seckb-search-'));
    empty = mkdtempSync(path.join(tmpdir(), 'seckb-empty-'));
    for (const [file, content] of Object.entries(buildSearchIndexes(fixtureDocuments()))) {
      mkdirSync(path.dirname(path.join(kb, file)), { recursive: true });
      writeFileSync(path.join(kb, file), content);
    }
  });
  afterAll(() => {
    rmSync(kb, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  it('prints the cli.md JSON shape, best first', async () => {
    const { code, stdout } = await run(['kopie zapasowe', '--kb', kb, '--format', 'json', '--limit', '3']);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results).toHaveLength(3);
    expect(Object.keys(results[0])).toEqual(['documentId', 'source', 'sectionId', 'heading', 'excerpt', 'start', 'end', 'score']);
    expect(results[0].heading).toBe('Kopie zapasowe');
    expect(results[0].score).toBeGreaterThanOrEqual(results[1].score);
  });

  it('--lang keeps one language', async () => {
    const { stdout } = await run(['backup', '--kb', kb, '--format', 'json', '--lang', 'pl']);
    const results = JSON.parse(stdout);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r: { source: string }) => r.source.endsWith('-pl.md'))).toBe(true);
  });

  it('exits 0 with [] when nothing matches', async () => {
    const { code, stdout } = await run(['qwxzvbnm', '--kb', kb, '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('text format marks matches', async () => {
    const { code, stdout } = await run(['Frankfurt', '--kb', kb]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. tests\/search\/fixtures\/elmira-overview-en\.md § Hosting/);
    expect(stdout).toContain('»Frankfurt«');
  });

  it('exits 2 when the KB has no index', async () => {
    const { code, stderr } = await run(['backup', '--kb', empty]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/run seckb ingest first/);
  });

  it('rejects a bad --limit as a usage error', async () => {
    await expect(run(['backup', '--kb', kb, '--limit', 'zero'])).rejects.toThrow(/--limit/);
    await expect(run(['--kb', kb])).rejects.toThrow(/query/);
  });
});
