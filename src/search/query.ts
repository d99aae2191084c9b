/**
 * Query side, shared by `seckb search` and the site (browser-safe: the caller supplies the
 * files or a loader such as `(f) => fetch(base + f).then((r) => r.text())`).
 *
 *   const engine = await loadSearch(files);                 // files: { 'search/manifest.json': ..., ... }
 *   engine.search('kopie zapasowe', { lang: 'pl', limit: 5 }); // -> SearchResult[], best first
 *
 * Lazy (site): `await loadSearch(loader, { langs: [] })`, then `await engine.searchAsync(q, opts)`
 * loads only the shards the query needs (its `lang`, or all when none is given).
 */
import MiniSearch, { type Query, type SearchResult as MiniResult } from 'minisearch';
import { analyzeTerm, termKey, tokenize } from './analyzer.ts';
import { makeExcerpt, highlightRanges } from './excerpt.ts';
import { expandQuery, queryLanguage } from './glossary.ts';
import {
  CROSS_LANGUAGE_FACTOR,
  DEFAULT_LIMIT,
  EXPANSION_BOOST,
  MANIFEST_FILE,
  PREFIX_MIN_CHARS,
  SEARCH_INDEX_VERSION,
  fuzzyDistance,
  miniSearchOptions,
  type SearchUnit,
} from './options.ts';
import type { SearchManifest, SearchQueryOptions, SearchResult } from './types.ts';

export type SearchLoader = (file: string) => string | Promise<string>;
export type SearchSource = Record<string, string> | SearchLoader;

export class SearchIndexError extends Error {}

function toLoader(source: SearchSource): SearchLoader {
  if (typeof source === 'function') return source;
  return (file) => {
    const content = source[file];
    if (content === undefined) throw new SearchIndexError(`search index file missing: ${file}`);
    return content;
  };
}

export function parseManifest(json: string): SearchManifest {
  let manifest: SearchManifest;
  try {
    manifest = JSON.parse(json) as SearchManifest;
  } catch {
    throw new SearchIndexError(`${MANIFEST_FILE} is not valid JSON`);
  }
  if (manifest.version !== SEARCH_INDEX_VERSION) {
    throw new SearchIndexError(
      `${MANIFEST_FILE} has index version ${String(manifest.version)}, this seckb reads version ${SEARCH_INDEX_VERSION}: rebuild the index`,
    );
  }
  return manifest;
}

function keysOf(text: string, lang: string): string {
  return tokenize(text)
    .map((t) => termKey(t, lang))
    .filter((k) => k !== undefined)
    .join(' ');
}

/**
 * The MiniSearch query tree: each typed word (fuzzy by length, the last one also a prefix),
 * OR-ed with the glossary expansions (each phrase AND-ed, boosted below the typed words).
 */
export function buildQuery(query: string, lang: string): Query | undefined {
  const words = tokenize(query).filter((w) => analyzeTerm(w, lang).length);
  if (!words.length) return undefined;
  const last = words.length - 1;
  const queries: Query[] = words.map((word, i) => ({
    queries: [word],
    fuzzy: (term: string) => fuzzyDistance(term),
    prefix: i === last && word.length >= PREFIX_MIN_CHARS,
  }));
  // An expansion that analyzes like the typed words, or like an earlier expansion, in this
  // shard's language would count the same term twice ("encrypted", "encryption" -> encrypt).
  const seen = new Set([keysOf(query, lang)]);
  for (const phrase of expandQuery(query)) {
    const keys = keysOf(phrase, lang);
    if (seen.has(keys) || [...seen].some((s) => s.split(' ').includes(keys))) continue;
    seen.add(keys);
    // Every word of the phrase must match, each in any of its forms (surface or stem).
    const phraseWords = tokenize(phrase)
      .filter((w) => analyzeTerm(w, lang).length)
      .map((w): Query => ({ queries: [w], combineWith: 'OR' }));
    queries.push({ queries: phraseWords, combineWith: 'AND', fuzzy: false, prefix: false, boostTerm: () => EXPANSION_BOOST });
  }
  return { combineWith: 'OR', queries };
}

type Hit = MiniResult & SearchUnit;

export class SearchEngine {
  readonly manifest: SearchManifest;
  private readonly read: SearchLoader;
  private readonly shards = new Map<string, MiniSearch<SearchUnit>>();

  constructor(manifest: SearchManifest, read: SearchLoader) {
    this.manifest = manifest;
    this.read = read;
  }

  /** Languages with a shard, e.g. ['en', 'pl']. */
  get languages(): string[] {
    return this.manifest.shards.map((s) => s.lang);
  }

  isLoaded(lang: string): boolean {
    return this.shards.has(lang);
  }

  /** Load shards (default: all) with the options they were built with. */
  async load(langs: string[] = this.languages): Promise<void> {
    for (const shard of this.manifest.shards) {
      if (!langs.includes(shard.lang) || this.shards.has(shard.lang)) continue;
      const json = await this.read(shard.file);
      this.shards.set(shard.lang, MiniSearch.loadJSON(json, miniSearchOptions(shard.lang)));
    }
  }

  /** Load shards from a synchronous source (files in memory). */
  loadSync(langs: string[] = this.languages): void {
    for (const shard of this.manifest.shards) {
      if (!langs.includes(shard.lang) || this.shards.has(shard.lang)) continue;
      const json = this.read(shard.file);
      if (typeof json !== 'string') throw new SearchIndexError('loadSync needs a synchronous source');
      this.shards.set(shard.lang, MiniSearch.loadJSON(json, miniSearchOptions(shard.lang)));
    }
  }

  /** Search the loaded shards (only `opts.lang` when given), best first. */
  search(query: string, opts: SearchQueryOptions = {}): SearchResult[] {
    const limit = opts.limit ?? DEFAULT_LIMIT;
    if (limit <= 0) return [];
    const hits: Array<{ lang: string; hit: Hit }> = [];
    const queryLang = queryLanguage(query);
    for (const [lang, index] of this.shards) {
      if (opts.lang && lang !== opts.lang) continue;
      const tree = buildQuery(query, lang);
      if (!tree) continue;
      const factor = queryLang && queryLang !== lang ? CROSS_LANGUAGE_FACTOR : 1;
      for (const hit of index.search(tree) as Hit[]) hits.push({ lang, hit: { ...hit, score: hit.score * factor } });
    }
    hits.sort((a, b) => b.hit.score - a.hit.score || (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0));
    return hits.slice(0, limit).map(({ lang, hit }) => this.toResult(lang, hit));
  }

  /** Load what the query needs, then search (the site's entry point). */
  async searchAsync(query: string, opts: SearchQueryOptions = {}): Promise<SearchResult[]> {
    await this.load(opts.lang ? [opts.lang] : this.languages);
    return this.search(query, opts);
  }

  private toResult(lang: string, hit: Hit): SearchResult {
    const doc = this.manifest.documents[hit.documentId] ?? { source: '', title: '', vendor: '', lang };
    const matched = new Set(hit.terms);
    let excerpt: string;
    let start: number;
    let highlights: Array<[number, number]>;
    if (hit.text) {
      const ex = makeExcerpt(hit.text, matched, lang);
      excerpt = hit.text.slice(ex.start, ex.end);
      start = hit.start + ex.start;
      highlights = ex.highlights;
    } else {
      // A heading without body text: the heading is the excerpt.
      excerpt = hit.heading;
      start = hit.headingStart;
      highlights = highlightRanges(hit.heading, matched, lang);
    }
    return {
      documentId: hit.documentId,
      source: doc.source,
      sectionId: hit.sectionId,
      heading: hit.heading,
      excerpt,
      start,
      end: start + excerpt.length,
      score: Math.round(hit.score * 1000) / 1000,
      highlights,
      lang,
      vendor: doc.vendor,
      title: doc.title,
    };
  }
}

/**
 * Read the manifest and (by default) every shard. `{ langs: [] }` defers shards for lazy
 * loading; `searchAsync` then fetches what a query needs.
 */
export async function loadSearch(source: SearchSource, opts: { langs?: string[] } = {}): Promise<SearchEngine> {
  const read = toLoader(source);
  const engine = new SearchEngine(parseManifest(await read(MANIFEST_FILE)), read);
  await engine.load(opts.langs ?? engine.languages);
  return engine;
}

/** Synchronous variant over files in memory (tests, the CLI); `langs` defaults to all shards. */
export function loadSearchSync(files: Record<string, string> | ((file: string) => string), langs?: string[]): SearchEngine {
  const read = toLoader(files) as (file: string) => string;
  const engine = new SearchEngine(parseManifest(read(MANIFEST_FILE)), read);
  engine.loadSync(langs);
  return engine;
}
