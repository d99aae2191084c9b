/**
 * The search index is merged from per-document parts (src/search/document-part.ts) so a re-ingest
 * analyses only changed documents. These tests hold the merge to what one MiniSearch index over
 * all units gives (the way the files were built before), byte for byte, and check that parts read
 * back from a cache (JSON) merge to the same files.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { documentSearchPart } from '../../src/search/document-part.ts';
import { dictionaryFile, miniSearchOptions, shardLanguage, termFile } from '../../src/search/options.ts';
import { encodeFields } from '../../src/search/postings.ts';
import type { Postings } from '../../src/search/types.ts';
import { documentUnits } from '../../src/search/units.ts';
import { projectRoot } from '../helpers/seeds.ts';
import { fixtureDocuments } from './fixtures.ts';

/** What MiniSearch itself holds for one language's documents, in the form of the term files. */
function miniSearchReference(docs: SeckbDocument[], lang: string) {
  const index = new MiniSearch(miniSearchOptions(lang));
  for (const doc of docs) index.addAll(documentUnits(doc));
  const js = index.toJSON();
  const terms = (js.index as Array<[string, Postings]>).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const fields = Object.keys(js.fieldIds).length;
  return {
    documentCount: js.documentCount,
    fieldIds: js.fieldIds,
    averageFieldLength: js.averageFieldLength,
    terms: terms.map(([term, postings]) => [term, ...encodeFields(postings, fields)]),
  };
}

function mergedFiles(files: Record<string, string>, lang: string) {
  const dict = JSON.parse(files[dictionaryFile(lang)]!);
  const terms = dict.firstTerms.flatMap((_: string, n: number) => JSON.parse(files[termFile(lang, n)]!).terms);
  return { documentCount: dict.documentCount, fieldIds: dict.fieldIds, averageFieldLength: dict.averageFieldLength, terms };
}

describe('search index merged from per-document parts', () => {
  let corpus: SeckbDocument[];
  beforeAll(async () => {
    const dir = path.join(projectRoot, 'content/sources');
    const names = readdirSync(dir).filter((f) => !f.startsWith('.') && !f.endsWith('.meta.json')).sort();
    const docs = await Promise.all(names.map((f) => loadDocument(path.join(dir, f)).catch(() => undefined)));
    corpus = [...fixtureDocuments(), ...docs.filter((d): d is SeckbDocument => d !== undefined)].sort((a, b) => (a.id < b.id ? -1 : 1));
  }, 60_000);

  it('holds exactly the postings, counts and average field lengths of one MiniSearch index', () => {
    const files = buildSearchIndexes(corpus);
    const langs = [...new Set(corpus.map((d) => shardLanguage(d.language)))];
    expect(langs.length).toBeGreaterThanOrEqual(2);
    for (const lang of langs) {
      const expected = miniSearchReference(corpus.filter((d) => shardLanguage(d.language) === lang), lang);
      expect(expected.terms.length).toBeGreaterThan(100);
      // toStrictEqual on numbers: the running averages must match to the last bit.
      expect(mergedFiles(files, lang)).toStrictEqual(expected);
    }
  });

  it('gives the same bytes from parts read back from JSON (a cache) as from fresh ones', () => {
    const cached = new Map(corpus.map((d) => [d.id, JSON.stringify(documentSearchPart(d))]));
    const fromCache = buildSearchIndexes(corpus, { partOf: (d) => JSON.parse(cached.get(d.id)!) });
    expect(fromCache).toStrictEqual(buildSearchIndexes(corpus));
  });

  it('keeps a document with no passages from shifting the others', () => {
    const empty = { ...corpus[0]!, id: 'aaa-empty', text: '', sections: [], sentences: [], blocks: [] } as SeckbDocument;
    const lang = shardLanguage(empty.language);
    const withEmpty = [empty, ...corpus];
    expect(documentSearchPart(empty).units).toBe(0);
    expect(mergedFiles(buildSearchIndexes(withEmpty), lang)).toStrictEqual(miniSearchReference(withEmpty.filter((d) => shardLanguage(d.language) === lang), lang));
  });
});
