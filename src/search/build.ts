/**
 * Build the search files of a knowledge base, per language: a MiniSearch index cut into files so
 * that a browser fetches only what a query needs (see types.ts for each file):
 *
 *   search/manifest.json      languages
 *   search/<lang>.json        corpus statistics + the first term of every term file (small)
 *   search/<lang>.t<n>.json   postings of a sorted run of terms (~TERM_SHARD_BYTES each)
 *   search/<lang>.d<n>.json   one document's passages (excerpts are fetched for shown results)
 *
 * Called by the KB builder at ingest time; output bytes are deterministic (documents and units in
 * id/text order, terms sorted).
 */
import MiniSearch from 'minisearch';
import type { SeckbDocument } from '../model/types.ts';
import {
  MANIFEST_FILE,
  SEARCH_INDEX_VERSION,
  TERM_SHARD_BYTES,
  dictionaryFile,
  documentFile,
  miniSearchOptions,
  shardLanguage,
  termFile,
  type SearchUnit,
} from './options.ts';
import type { Postings, SearchDictionary, SearchDocument, SearchManifest, TermShard } from './types.ts';
import { encodeFields } from './postings.ts';
import { documentUnits } from './units.ts';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Documents per shard language, sorted by id; languages sorted. */
export function documentsByLanguage(docs: SeckbDocument[]): Map<string, SeckbDocument[]> {
  const byLang = new Map<string, SeckbDocument[]>();
  for (const doc of [...docs].sort(byId)) {
    const lang = shardLanguage(doc.language);
    byLang.set(lang, [...(byLang.get(lang) ?? []), doc]);
  }
  return new Map([...byLang.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

function documentRecord(doc: SeckbDocument, units: SearchUnit[]): SearchDocument {
  const sections: SearchDocument['sections'] = [];
  const sectionIndex = new Map<string, number>();
  const units_: SearchDocument['units'] = units.map((u) => {
    if (!sectionIndex.has(u.sectionId)) {
      sectionIndex.set(u.sectionId, sections.length);
      sections.push([u.sectionId, u.heading, u.headingStart]);
    }
    return [sectionIndex.get(u.sectionId)!, u.start, u.text];
  });
  return { id: doc.id, source: doc.source, title: doc.title, vendor: doc.vendor.name, sections, units: units_ };
}

/** Cut sorted postings into term files of about `maxBytes` each (encoded). */
function termShards(terms: Array<[string, Postings]>, fieldCount: number, maxBytes: number): TermShard[] {
  const shards: TermShard[] = [];
  let current: TermShard | undefined;
  let bytes = 0;
  for (const [term, postings] of terms) {
    const entry: TermShard['terms'][number] = [term, ...encodeFields(postings, fieldCount)];
    const size = JSON.stringify(entry).length;
    if (!current || bytes + size > maxBytes) {
      current = { terms: [] };
      shards.push(current);
      bytes = 0;
    }
    current.terms.push(entry);
    bytes += size;
  }
  return shards;
}

/** The files of one language (keys relative to the KB directory). */
function buildLanguage(lang: string, docs: SeckbDocument[], files: Record<string, string>, shardBytes: number): { units: number } {
  const index = new MiniSearch<SearchUnit>(miniSearchOptions(lang));
  const docStarts: number[] = [];
  let units = 0;
  docs.forEach((doc, n) => {
    const docUnits = documentUnits(doc);
    docStarts.push(units);
    // Short ids are given in insertion order, so units of document n follow docStarts[n].
    index.addAll(docUnits);
    units += docUnits.length;
    files[documentFile(lang, n)] = JSON.stringify(documentRecord(doc, docUnits));
  });
  const js = index.toJSON();
  const terms = (js.index as Array<[string, Postings]>).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shards = termShards(terms, Object.keys(js.fieldIds).length, shardBytes);
  shards.forEach((shard, n) => (files[termFile(lang, n)] = JSON.stringify(shard)));
  const dictionary: SearchDictionary = {
    lang,
    documentCount: js.documentCount,
    nextId: js.nextId,
    fieldIds: js.fieldIds,
    averageFieldLength: js.averageFieldLength,
    firstTerms: shards.map((s) => s.terms[0]![0]),
    docStarts,
  };
  files[dictionaryFile(lang)] = JSON.stringify(dictionary);
  return { units };
}

/** Every search file, keyed by path relative to the KB directory. */
export function buildSearchIndexes(docs: SeckbDocument[], opts: { termShardBytes?: number } = {}): Record<string, string> {
  const files: Record<string, string> = {};
  const manifest: SearchManifest = { version: SEARCH_INDEX_VERSION, languages: [] };
  for (const [lang, langDocs] of documentsByLanguage(docs)) {
    const { units } = buildLanguage(lang, langDocs, files, opts.termShardBytes ?? TERM_SHARD_BYTES);
    manifest.languages.push({ lang, documents: langDocs.length, units });
  }
  files[MANIFEST_FILE] = JSON.stringify(manifest);
  return files;
}
