/** Real-corpus check over ../shared/seeds (read at run time, never copied). */
import { beforeAll, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { loadSearchSync, type SearchEngine } from '../../src/search/query.ts';
import { describeSeeds, seedFiles } from '../helpers/seeds.ts';

describeSeeds('search over the seed corpus', () => {
  let engine: SearchEngine;
  let files: Record<string, string>;
  beforeAll(async () => {
    const docs = await Promise.all(seedFiles().map((f) => loadDocument(f)));
    files = buildSearchIndexes(docs);
    engine = loadSearchSync(files);
  }, 60_000);

  it('builds one index per language (four English papers, one Polish)', () => {
    const manifest = JSON.parse(files['search/manifest.json']!) as { languages: Array<{ lang: string; documents: number }> };
    expect(manifest.languages.map((l) => [l.lang, l.documents])).toEqual([['en', 4], ['pl', 1]]);
  });

  it('a Polish query for backups finds the Polish paper\'s backup section first', () => {
    const [top] = engine.search('kopie zapasowe', { limit: 5 });
    expect(top.source).toMatch(/003_/);
    expect(top.heading).toMatch(/Kopie zapasowe/);
    expect(top.highlights.length).toBeGreaterThan(0);
  });

  it('"backup" restricted to Polish finds the same section (cross-lingual)', () => {
    const results = engine.search('backup', { lang: 'pl', limit: 3 });
    expect(results.map((r) => r.heading)).toContain('4.5.1 Kopie zapasowe (backupy)');
  });

  it('"Frankfurt" finds the hosting location in the cloud paper\'s production environment section', () => {
    const results = engine.search('Frankfurt', { limit: 5 });
    const hit = results.find((r) => r.source.includes('002_') && /Production environment/.test(r.heading));
    expect(hit, results.map((r) => `${r.source} § ${r.heading}`).join('\n')).toBeDefined();
    expect(hit!.excerpt).toMatch(/Frankfurt/);
    const [s, e] = hit!.highlights[0];
    expect(hit!.excerpt.slice(s, e)).toBe('Frankfurt');
  });

  it('"szyfrowanie" in English passages finds encryption sections', () => {
    const results = engine.search('szyfrowanie', { lang: 'en', limit: 5 });
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r) => /Encryption/i.test(r.heading))).toBe(true);
  });

  it('every excerpt is the document text at its offsets', async () => {
    const docs = new Map((await Promise.all(seedFiles().map((f) => loadDocument(f)))).map((d) => [d.id, d]));
    for (const q of ['backup', 'encryption', 'bezpieczeństwo', 'Azure']) {
      for (const r of engine.search(q, { limit: 10 })) {
        expect(docs.get(r.documentId)!.text.slice(r.start, r.end)).toBe(r.excerpt);
      }
    }
  });
});
