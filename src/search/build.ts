/**
 * Build the search files of a knowledge base: one MiniSearch index per language plus a
 * manifest. Called by the KB builder at ingest time; output bytes are deterministic (documents
 * and units are added in id/text order, JSON written with sorted manifest keys).
 *
 * buildSearchIndexes(docs) -> { 'search/manifest.json': ..., 'search/en.json': ..., 'search/pl.json': ... }
 */
import MiniSearch from 'minisearch';
import type { SeckbDocument } from '../model/types.ts';
import { MANIFEST_FILE, SEARCH_INDEX_VERSION, miniSearchOptions, shardFile, shardLanguage, type SearchUnit } from './options.ts';
import type { SearchManifest } from './types.ts';
import { documentUnits } from './units.ts';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Units per shard language, documents sorted by id. */
export function unitsByLanguage(docs: SeckbDocument[]): Map<string, { docs: SeckbDocument[]; units: SearchUnit[] }> {
  const shards = new Map<string, { docs: SeckbDocument[]; units: SearchUnit[] }>();
  for (const doc of [...docs].sort(byId)) {
    const lang = shardLanguage(doc.language);
    const shard = shards.get(lang) ?? { docs: [], units: [] };
    shard.docs.push(doc);
    shard.units.push(...documentUnits(doc));
    shards.set(lang, shard);
  }
  return new Map([...shards.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** One serialized MiniSearch index over the given units (analyzed as `lang`). */
export function buildShard(units: SearchUnit[], lang: string): string {
  const index = new MiniSearch<SearchUnit>(miniSearchOptions(lang));
  index.addAll(units);
  return JSON.stringify(index);
}

/** Every search file, keyed by path relative to the KB directory. */
export function buildSearchIndexes(docs: SeckbDocument[]): Record<string, string> {
  const files: Record<string, string> = {};
  const manifest: SearchManifest = { version: SEARCH_INDEX_VERSION, shards: [], documents: {} };
  for (const [lang, shard] of unitsByLanguage(docs)) {
    const file = shardFile(lang);
    files[file] = buildShard(shard.units, lang);
    manifest.shards.push({ lang, file, units: shard.units.length, documents: shard.docs.length });
    for (const doc of shard.docs) {
      manifest.documents[doc.id] = { source: doc.source, title: doc.title, vendor: doc.vendor.name, lang };
    }
  }
  files[MANIFEST_FILE] = JSON.stringify(manifest);
  return files;
}
