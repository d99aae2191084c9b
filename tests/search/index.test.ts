import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { SEARCH_INDEX_VERSION, miniSearchOptions } from '../../src/search/options.ts';
import { SearchIndexError, loadSearch, loadSearchSync } from '../../src/search/query.ts';
import { makeExcerpt } from '../../src/search/excerpt.ts';
import { documentUnits } from '../../src/search/units.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { fixtureDocuments } from './fixtures.ts';

const docs = fixtureDocuments();

describe('buildSearchIndexes', () => {
  const files = buildSearchIndexes(docs);

  it('writes a manifest, a dictionary and term files per language, and one file per document', () => {
    const manifest = JSON.parse(files['search/manifest.json']);
    expect(manifest.version).toBe(SEARCH_INDEX_VERSION);
    expect(manifest.languages.map((s: { lang: string; documents: number }) => [s.lang, s.documents])).toEqual([['en', 3], ['pl', 2]]);
    const names = Object.keys(files).sort();
    expect(names.filter((f) => /\.d\d+\.json$/.test(f))).toEqual(['search/en.d0.json', 'search/en.d1.json', 'search/en.d2.json', 'search/pl.d0.json', 'search/pl.d1.json']);
    expect(names).toContain('search/en.json');
    expect(names).toContain('search/en.t0.json');
    // Term files hold sorted, disjoint runs of terms starting where the dictionary says.
    for (const lang of ['en', 'pl']) {
      const dict = JSON.parse(files[`search/${lang}.json`]) as { firstTerms: string[] };
      const runs = dict.firstTerms.map((_, n) => (JSON.parse(files[`search/${lang}.t${n}.json`]) as { terms: Array<[string]> }).terms.map(([t]) => t));
      runs.forEach((run, n) => expect(run[0]).toBe(dict.firstTerms[n]));
      const all = runs.flat();
      expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(all).size).toBe(all.length);
    }
  });

  it('is byte-identical whatever the input order', () => {
    const again = buildSearchIndexes([...docs].reverse());
    expect(again).toEqual(files);
  });

  it('round-trips through toJSON/loadJSON with the same options', () => {
    const original = new MiniSearch(miniSearchOptions('pl'));
    const units = docs.filter((d) => d.language === 'pl').flatMap(documentUnits);
    original.addAll(units);
    const loaded = MiniSearch.loadJSON(JSON.stringify(original), miniSearchOptions('pl'));
    for (const q of ['kopie zapasowe', 'szyfrowanie', 'haslo']) {
      expect(loaded.search(q).map((r) => [r.id, r.score])).toEqual(original.search(q).map((r) => [r.id, r.score]));
    }
    // The radix tree may list terms in another order after loading; contents must match.
    expect([loaded.documentCount, loaded.termCount]).toEqual([original.documentCount, original.termCount]);
  });

  it('refuses an index of another version', () => {
    const old = { ...files, 'search/manifest.json': JSON.stringify({ ...JSON.parse(files['search/manifest.json']), version: 0 }) };
    expect(() => loadSearchSync(old)).toThrow(SearchIndexError);
    expect(() => loadSearchSync(old)).toThrow(/rebuild the index/);
  });

  it('reads only what a query needs: its language, its terms\' files, its results\' documents', async () => {
    // Small term files, so the sample has several per language.
    const files = buildSearchIndexes(docs, { termShardBytes: 2000 });
    const read: string[] = [];
    const engine = await loadSearch((f) => (read.push(f), files[f]), { langs: [] });
    expect(read).toEqual(['search/manifest.json']);
    const results = await engine.searchAsync('kopie', { lang: 'pl', limit: 1 });
    expect(results.length).toBe(1);
    expect(read.some((f) => f.startsWith('search/en'))).toBe(false);
    const termFiles = read.filter((f) => /\.t\d+\.json$/.test(f));
    const allTermFiles = Object.keys(files).filter((f) => /^search\/pl\.t\d+\.json$/.test(f));
    expect(termFiles.length).toBeGreaterThan(0);
    expect(termFiles.length).toBeLessThan(allTermFiles.length);
    // One result: one document read, for its excerpt.
    expect(read.filter((f) => /\.d\d+\.json$/.test(f))).toHaveLength(1);
    expect(engine.isLoaded('en')).toBe(false);
  });

  it('ranks the same whether the files are read at once or on demand, however they are cut', async () => {
    const small = buildSearchIndexes(docs, { termShardBytes: 2000 });
    const lazy = await loadSearch((f) => files[f]!);
    const eager = loadSearchSync(files);
    for (const q of ['kopie zapasowe', 'encryption', 'Frankfurt backup', 'szyfrowanei', 'subproc']) {
      expect(await lazy.searchAsync(q, { limit: 8 })).toEqual(eager.search(q, { limit: 8 }));
      expect(loadSearchSync(small).search(q, { limit: 8 }).map((r) => [r.documentId, r.start])).toEqual(eager.search(q, { limit: 8 }).map((r) => [r.documentId, r.start]));
    }
  });
});

describe('units and excerpts', () => {
  it('splits long sections into passages with exact offsets', () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} talks about backups and restores.`).join(' ');
    const doc = documentFromText(`# Title\n\n## Backups\n\n${sentences}\n`, { id: 'long' });
    const units = documentUnits(doc).filter((u) => u.heading === 'Backups');
    expect(units.length).toBeGreaterThan(2);
    for (const u of units) expect(doc.text.slice(u.start, u.start + u.text.length)).toBe(u.text);
  });

  it('keeps a table\'s rows apart from the prose around them in passages', () => {
    const md = '# Title\n\n## Retention\n\nHow long copies stay depends on the plan.\n\n| Copy | Small | Large |\n| --- | --- | --- |\n| Daily | 7 days | 30 days |\n\nRestores are tested monthly.\n';
    const doc = documentFromText(md, { id: 'rows' });
    const texts = documentUnits(doc).filter((u) => u.heading === 'Retention').map((u) => u.text);
    expect(texts.length).toBe(3);
    expect(texts[0]).toBe('How long copies stay depends on the plan.');
    expect(texts[1]).toMatch(/^Copy \| Small \| Large[\s\S]*Daily \| 7 days \| 30 days$/);
    expect(texts[2]).toBe('Restores are tested monthly.');
  });

  it('excerpts stay within the limit and highlight the matched words', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(12)}Our nightly backup runs at midnight. ${'More filler text here. '.repeat(8)}`;
    const ex = makeExcerpt(text, new Set(['backup']), 'en');
    expect(ex.end - ex.start).toBeLessThanOrEqual(240);
    const excerpt = text.slice(ex.start, ex.end);
    expect(ex.highlights.map(([s, e]) => excerpt.slice(s, e))).toEqual(['backup']);
  });

  it('returns no HTML: markup in a document comes back as the same text', () => {
    const doc = documentFromText('# Notes\n\nBackups <script>alert(1)</script> run nightly.\n', { id: 'xss' });
    const engine = loadSearchSync(buildSearchIndexes([doc]));
    const [hit] = engine.search('backups');
    expect(doc.text.slice(hit.start, hit.end)).toBe(hit.excerpt);
    expect(hit.excerpt).not.toMatch(/<mark>/);
  });

  it('gives nothing for a query of stop words or unknown words', () => {
    const engine = loadSearchSync(buildSearchIndexes(docs));
    expect(engine.search('the and of')).toEqual([]);
    expect(engine.search('qwxzvbnm')).toEqual([]);
  });
});

describe('query caps (src/search/query-limits.ts)', () => {
  it('refuses an over-long query with a one-line reason, in both the sync and the on-demand search', async () => {
    const files = buildSearchIndexes(docs);
    const long = 'backup '.repeat(100);
    expect(() => loadSearchSync(files).search(long)).toThrow(/limit is/);
    await expect((await loadSearch(files)).searchAsync(long)).rejects.toThrow(/limit is/);
  });
});
