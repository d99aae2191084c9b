/**
 * Build the search files of a knowledge base, per language: one MiniSearch index's content cut
 * into files so that a browser fetches only what a query needs (see types.ts for each file):
 *
 *   search/manifest.json      languages
 *   search/<lang>.json        corpus statistics + the first term of every term file (small)
 *   search/<lang>.t<n>.json   postings of a sorted run of terms (~TERM_SHARD_BYTES each)
 *   search/<lang>.d<n>.json   one document's passages (excerpts are fetched for shown results)
 *
 * Each document's share is computed alone (document-part.ts), so the KB build can reuse the
 * parts of unchanged documents; merging them here is plain integer work. Output bytes are
 * deterministic (documents in id order, units in text order, terms sorted) and do not depend on
 * which parts were reused.
 */
import type { SeckbDocument } from '../model/types.ts';
import { documentSearchPart, type DocumentSearchPart } from './document-part.ts';
import { INDEX_FIELDS, MANIFEST_FILE, SEARCH_INDEX_VERSION, TERM_SHARD_BYTES, dictionaryFile, documentFile, termFile } from './options.ts';
import type { SearchDictionary, SearchManifest, TermShard } from './types.ts';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const FIELD_IDS: Record<string, number> = Object.fromEntries(INDEX_FIELDS.map((f, i) => [f, i]));

/** A term's postings as written to a term file, grown document by document (postings.ts encoding). */
interface Growing {
  lists: number[][];
  last: number[];
}

/** Cut sorted term entries into term files of about `maxBytes` each. */
function termShards(entries: TermShard['terms'], maxBytes: number): TermShard[] {
  const shards: TermShard[] = [];
  let current: TermShard | undefined;
  let bytes = 0;
  for (const entry of entries) {
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

/**
 * A document's part as the merge reads it, packed (few objects to parse and collect when stored):
 * `postings` holds, per term in `terms` order and per field, the count of numbers that follow,
 * then [local unit, term frequency, ...]. `record` (its passage file) may be held elsewhere, e.g.
 * a stored file the KB writer links (src/kb/write.ts), so the merge never reads it.
 */
export interface PackedPart<R = string> {
  lang: string;
  record: string | R;
  units: number;
  fieldLengths: number[];
  terms: string[];
  postings: number[];
}

export function packPart<R = never>(part: DocumentSearchPart): PackedPart<R> {
  const postings: number[] = [];
  for (const [, ...fields] of part.terms) {
    for (const pairs of fields) {
      postings.push(pairs.length);
      for (const n of pairs) postings.push(n);
    }
  }
  return { lang: part.lang, record: part.record, units: part.units, fieldLengths: part.fieldLengths, terms: part.terms.map(([term]) => term), postings };
}

/** One document of the merge: its shard language, and its part, loaded when the merge reaches it. */
export interface PartSource<R = string> {
  lang: string;
  part: () => PackedPart<R>;
}

/** The files of one language from its documents' parts, in document order (keys relative to the KB directory). */
function mergeLanguage<R>(lang: string, parts: Array<PartSource<R>>, files: Record<string, string | R>, shardBytes: number): { units: number } {
  const postings = new Map<string, Growing>();
  // MiniSearch keeps a running average per field, one unit at a time; replaying it in the same
  // order gives the same floating-point values.
  const average: number[] = [];
  const docStarts: number[] = [];
  let units = 0;
  parts.forEach((source, n) => {
    const part = source.part();
    docStarts.push(units);
    for (let u = 0; u < part.units; u++) {
      for (let f = 0; f < INDEX_FIELDS.length; f++) {
        average[f] = ((average[f] || 0) * (units + u) + part.fieldLengths[u * INDEX_FIELDS.length + f]!) / (units + u + 1);
      }
    }
    const data = part.postings;
    let at = 0;
    for (const term of part.terms) {
      let grown = postings.get(term);
      if (!grown) postings.set(term, (grown = { lists: INDEX_FIELDS.map(() => []), last: INDEX_FIELDS.map(() => 0) }));
      for (let f = 0; f < INDEX_FIELDS.length; f++) {
        const list = grown.lists[f]!;
        const end = at + 1 + data[at]!;
        for (let i = at + 1; i < end; i += 2) {
          const id = units + data[i]!;
          list.push(id - grown.last[f]!);
          if (data[i + 1]! > 1) list.push(-data[i + 1]!);
          grown.last[f] = id;
        }
        at = end;
      }
    }
    units += part.units;
    files[documentFile(lang, n)] = part.record;
  });
  const entries: TermShard['terms'] = [...postings.keys()].sort().map((term) => [term, ...postings.get(term)!.lists]);
  const shards = termShards(entries, shardBytes);
  shards.forEach((shard, n) => (files[termFile(lang, n)] = JSON.stringify(shard)));
  const dictionary: SearchDictionary = {
    lang,
    documentCount: units,
    nextId: units,
    fieldIds: FIELD_IDS,
    averageFieldLength: average,
    firstTerms: shards.map((s) => s.terms[0]![0]),
    docStarts,
  };
  files[dictionaryFile(lang)] = JSON.stringify(dictionary);
  return { units };
}

export interface SearchBuildOptions {
  termShardBytes?: number;
  /** A document's part, e.g. from a cache; computed when absent. */
  partOf?: (doc: SeckbDocument) => DocumentSearchPart;
}

/** Every search file, keyed by path relative to the KB directory. */
export function buildSearchIndexes(docs: SeckbDocument[], opts: SearchBuildOptions = {}): Record<string, string> {
  const partOf = opts.partOf ?? documentSearchPart;
  return mergeSearchParts(
    [...docs].sort(byId).map((doc) => {
      const part = packPart(partOf(doc));
      return { lang: part.lang, part: () => part };
    }),
    opts.termShardBytes,
  );
}

/** The search files from every document's part, the documents in id order. */
export function mergeSearchParts<R>(sources: Array<PartSource<R>>, termShardBytes = TERM_SHARD_BYTES): Record<string, string | R> {
  const byLang = new Map<string, Array<PartSource<R>>>();
  for (const source of sources) {
    const list = byLang.get(source.lang);
    if (list) list.push(source);
    else byLang.set(source.lang, [source]);
  }
  const files: Record<string, string | R> = {};
  const manifest: SearchManifest = { version: SEARCH_INDEX_VERSION, languages: [] };
  for (const lang of [...byLang.keys()].sort()) {
    const parts = byLang.get(lang)!;
    const { units } = mergeLanguage(lang, parts, files, termShardBytes);
    manifest.languages.push({ lang, documents: parts.length, units });
  }
  files[MANIFEST_FILE] = JSON.stringify(manifest);
  return files;
}
