/**
 * A re-ingest must not parse the cached documents it does not need (issue 12: the main thread
 * held and parsed every document). Counted, not timed: after one file changes, the only full
 * results read back are that file's and those of the documents paired with it; every other
 * document comes from its small summary, and its KB file is linked from the cache unread.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command as ingest } from '../../src/cli/ingest.ts';
import { ResultCache } from '../../src/kb/cache.ts';
import { CachedDocuments } from '../../src/kb/cached-documents.ts';
import { projectRoot } from '../helpers/seeds.ts';

/** Runs `seckb ingest` in this process (threads 0) and tells which documents' full results were parsed. */
async function ingestCounting(src: string, out: string): Promise<{ parsed: number; loaded: string[] }> {
  const get = vi.spyOn(ResultCache.prototype, 'get');
  const analysis = vi.spyOn(CachedDocuments.prototype, 'analysis');
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(await ingest.run([src, '--out', out, '--threads', '0'])).toBe(0);
    return { parsed: get.mock.calls.length, loaded: [...new Set(analysis.mock.calls.map(([, id]) => id))].sort() };
  } finally {
    get.mockRestore();
    analysis.mockRestore();
    stderr.mockRestore();
  }
}

describe('re-ingest reads', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses only the changed document and its pair partners, and links the other documents unread', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seckb-reingest-reads-'));
    const src = path.join(work, 'src');
    // Text formats only (fast): a version pair and two documents of their own.
    for (const name of ['plantwise-security-2025.txt', 'plantwise-security-2026.md', 'remontex-bezpieczenstwo.txt', 'konserwo-bezpieczenstwo.md']) {
      cpSync(path.join(projectRoot, 'content/sources', name), path.join(src, name));
    }
    const out = path.join(work, 'kb');
    const manifest = () => JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { documents: Array<{ id: string; source: string }> };
    const idOf = (name: string) => manifest().documents.find((d) => d.source.endsWith(`/${name}`))!.id;
    const pairs = () => JSON.parse(readFileSync(path.join(out, 'pairs.json'), 'utf8')) as { versions: Array<{ old: string; new: string }>; translations: Array<{ source: string; target: string }> };
    const partners = (id: string) => [
      ...pairs().versions.flatMap((p) => (p.old === id ? [p.new] : p.new === id ? [p.old] : [])),
      ...pairs().translations.flatMap((p) => (p.source === id ? [p.target] : p.target === id ? [p.source] : [])),
    ];

    await ingestCounting(src, out);
    expect(manifest().documents).toHaveLength(4);

    // Nothing changed: no full result is parsed at all.
    expect(await ingestCounting(src, out)).toEqual({ parsed: 0, loaded: [] });

    // A document in a version pair: it and its partner only.
    const versioned = pairs().versions[0]!.new;
    const file = manifest().documents.find((d) => d.id === versioned)!.source;
    appendFileSync(path.join(work, file), '\nAudit logs are kept for 400 days.\n');
    const after = await ingestCounting(src, out);
    const expected = [versioned, ...partners(versioned)].sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(after.loaded).toEqual(expected);
    expect(after.parsed).toBe(expected.length);

    // The unchanged documents' files are the cache's own (hard links), not rewritten copies.
    const other = idOf('remontex-bezpieczenstwo.txt');
    expect(statSync(path.join(out, 'documents', `${other}.json`)).nlink).toBeGreaterThan(1);
  }, 120_000);

  it('rewrites an unchanged document whose vendor display name a new document changes, as a cold ingest does', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seckb-reingest-names-'));
    const src = path.join(work, 'src');
    mkdirSync(src);
    const paper = (name: string, days: number) => `# ${name} CMMS Security\n\n${name} keeps backups for ${days} days in Poland.\n`;
    writeFileSync(path.join(src, 'a.md'), paper('Plantwise', 30));
    writeFileSync(path.join(src, 'b.md'), paper('PlantWise', 60));
    const warm = path.join(work, 'warm');
    await ingestCounting(src, warm);
    const vendorOf = (kb: string, id: string) => JSON.parse(readFileSync(path.join(kb, 'documents', `${id}.json`), 'utf8')).vendor.name;
    expect([vendorOf(warm, 'a'), vendorOf(warm, 'b')]).toEqual(['PlantWise', 'PlantWise']);
    // A third paper tips the count: every document now shows "Plantwise", b's file too.
    writeFileSync(path.join(src, 'c.md'), paper('Plantwise', 90));
    await ingestCounting(src, warm);
    expect([vendorOf(warm, 'a'), vendorOf(warm, 'b'), vendorOf(warm, 'c')]).toEqual(['Plantwise', 'Plantwise', 'Plantwise']);
    const cold = path.join(work, 'cold');
    await ingestCounting(src, cold);
    const files = (kb: string): string[] => readdirSync(kb, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(kb, path.join(e.parentPath, e.name))).sort();
    expect(files(warm)).toEqual(files(cold));
    for (const name of files(cold)) expect(readFileSync(path.join(warm, name), 'utf8'), name).toBe(readFileSync(path.join(cold, name), 'utf8'));
  }, 120_000);
});
