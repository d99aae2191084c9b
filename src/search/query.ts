/**
 * Query side, shared by `seckb search` and the site (browser-safe: the caller supplies the
 * files or a loader such as `(f) => fetch(base + f).then((r) => r.text())`).
 *
 *   const engine = await loadSearch(files);                   // files: { 'search/manifest.json': ..., ... }
 *   await engine.searchAsync('kopie zapasowe', { limit: 5 }); // -> SearchResult[], best first
 *   engine.search(q, opts)                                    // the same, from a synchronous source
 *
 * A query fetches, per language: the dictionary, the term files holding its terms (plan.ts says
 * which, from the query alone, so the CLI and the site rank the same), and then only the
 * documents of the results it returns (for their excerpts). Ranking: passages covering more of
 * the typed words first (a glossary expansion covers the words it translates), then by score.
 */
import MiniSearch, { type AsPlainObject, type SearchResult as MiniResult } from 'minisearch';
import { highlightRanges, makeExcerpt } from './excerpt.ts';
import { queryLanguage } from './glossary.ts';
import { assertQueryWithinLimits } from './query-limits.ts';
import {
  CROSS_LANGUAGE_FACTOR,
  DEFAULT_LIMIT,
  MANIFEST_FILE,
  dictionaryFile,
  documentFile,
  miniSearchOptions,
  termFile,
} from './options.ts';
import { decodeFields } from './postings.ts';
import { parseSearchFile } from './site-passages.ts';
import { SearchIndexError, floorIndex, parseManifest, termShardsFor, toLoader, type SearchLoader, type SearchSource } from './index-files.ts';

export { SearchIndexError, parseManifest, termShardsFor, type SearchLoader, type SearchSource };
import { buildPlan, coveredWords, type QueryPlan } from './plan.ts';
import type { SearchDictionary, SearchDocument, SearchManifest, SearchQueryOptions, SearchResult, TermShard } from './types.ts';

interface Ranked {
  lang: string;
  /** Unit short id within the language. */
  unit: number;
  score: number;
  /** 1 when the passage covers every typed word that matches anywhere. */
  covered: number;
  /** Index terms the passage matched (for highlighting). */
  matched: string[];
}

/** Files a search step must have read (each step is pure given them). */
type Need = string[];

/**
 * A document's text by id, for passage files that hold offsets instead of text (the site's:
 * src/search/site-passages.ts; the text comes from the document's page).
 */
export type TextSource = (documentId: string) => string | Promise<string>;

export class SearchEngine {
  readonly manifest: SearchManifest;
  private readonly read: SearchLoader;
  private readonly textOf: TextSource | undefined;
  private readonly files = new Map<string, unknown>();
  private readonly texts = new Map<string, string>();

  constructor(manifest: SearchManifest, read: SearchLoader, textOf?: TextSource) {
    this.manifest = manifest;
    this.read = read;
    this.textOf = textOf;
  }

  /** Languages with an index, e.g. ['en', 'pl']. */
  get languages(): string[] {
    return this.manifest.languages.map((l) => l.lang);
  }

  /** Whether a language's dictionary has been read. */
  isLoaded(lang: string): boolean {
    return this.files.has(dictionaryFile(lang));
  }

  private got<T>(file: string): T {
    return this.files.get(file) as T;
  }

  private missing(files: Need): Need {
    return [...new Set(files)].filter((f) => !this.files.has(f));
  }

  private parse(file: string, json: string): void {
    try {
      this.files.set(file, parseSearchFile(json));
    } catch {
      throw new SearchIndexError(`${file} is not valid JSON: rebuild the index`);
    }
  }

  /** Read files from a synchronous source. */
  loadSync(files: Need): void {
    for (const file of this.missing(files)) {
      const json = this.read(file);
      if (typeof json !== 'string') throw new SearchIndexError('a synchronous search needs a synchronous source');
      this.parse(file, json);
    }
  }

  /** Read files (in parallel). */
  async load(files: Need): Promise<void> {
    const todo = this.missing(files);
    const texts = await Promise.all(todo.map((f) => this.read(f)));
    todo.forEach((f, i) => this.parse(f, texts[i]!));
  }

  private langsFor(opts: SearchQueryOptions): string[] {
    return this.languages.filter((l) => !opts.lang || l === opts.lang);
  }

  /** The term files a language's plan reads (its dictionary must be loaded). */
  private termFilesOf(lang: string, plan: QueryPlan): Need {
    const dict = this.got<SearchDictionary>(dictionaryFile(lang));
    return [...new Set(plan.lookups.flatMap((l) => termShardsFor(dict.firstTerms, l).map((n) => termFile(lang, n))))].sort();
  }

  /** Step 1: dictionaries. Step 2: term files of the query's terms, in every language searched. */
  private termNeeds(plans: Map<string, QueryPlan>): Need {
    return [...plans].flatMap(([lang, plan]) => this.termFilesOf(lang, plan));
  }

  private plans(query: string, opts: SearchQueryOptions): Map<string, QueryPlan> {
    const plans = new Map<string, QueryPlan>();
    for (const lang of this.langsFor(opts)) {
      const plan = buildPlan(query, lang);
      if (plan) plans.set(lang, plan);
    }
    return plans;
  }

  /** A MiniSearch index holding only the given term files (all a query can match). */
  private partialIndex(lang: string, files: string[]): MiniSearch {
    const dict = this.got<SearchDictionary>(dictionaryFile(lang));
    const js: AsPlainObject = {
      documentCount: dict.documentCount,
      nextId: dict.nextId,
      documentIds: {},
      fieldIds: dict.fieldIds,
      fieldLength: {},
      averageFieldLength: dict.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    };
    for (const file of files) {
      for (const [term, ...fields] of this.got<TermShard>(file).terms) {
        const postings = decodeFields(fields);
        for (const units of Object.values(postings)) {
          for (const id of Object.keys(units)) {
            js.documentIds[id] = Number(id);
            js.fieldLength[id] = dict.averageFieldLength;
          }
        }
        js.index.push([term, postings]);
      }
    }
    return MiniSearch.loadJS(js, miniSearchOptions(lang));
  }

  /**
   * Step 3: rank passages across languages. Passages covering every typed word come first (AND,
   * then OR fill); within each group, BM25 score times the squared share of the query's weight
   * covered, a word weighing its rarity (so missing "danych" costs little, missing "Gearloft" a lot).
   */
  private rank(query: string, plans: Map<string, QueryPlan>): Ranked[] {
    const queryLang = queryLanguage(query);
    const hits: Array<Ranked & { words: Set<number> }> = [];
    const weight = new Map<number, number>();
    for (const [lang, plan] of plans) {
      const dict = this.got<SearchDictionary>(dictionaryFile(lang));
      const index = this.partialIndex(lang, this.termFilesOf(lang, plan));
      const factor = queryLang && queryLang !== lang ? CROSS_LANGUAGE_FACTOR : 1;
      const df = new Map<number, number>();
      for (const hit of index.search(plan.tree) as MiniResult[]) {
        const words = coveredWords(plan, hit.terms);
        for (const i of words) df.set(i, (df.get(i) ?? 0) + 1);
        hits.push({ lang, unit: hit.id as number, score: hit.score * factor, covered: 0, matched: Object.keys(hit.match), words });
      }
      for (const [i, n] of df) weight.set(i, Math.max(weight.get(i) ?? 0, Math.log(1 + dict.documentCount / n)));
    }
    const total = [...weight.values()].reduce((a, b) => a + b, 0);
    for (const hit of hits) {
      const share = total ? [...hit.words].reduce((a, i) => a + (weight.get(i) ?? 0), 0) / total : 1;
      hit.covered = hit.words.size === weight.size ? 1 : 0;
      hit.score *= share * share;
    }
    return hits.sort((a, b) => b.covered - a.covered || b.score - a.score || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : a.unit - b.unit));
  }

  private documentOf(hit: Ranked): { file: string; local: number } {
    const dict = this.got<SearchDictionary>(dictionaryFile(hit.lang));
    const n = floorIndex(dict.docStarts, hit.unit);
    return { file: documentFile(hit.lang, n), local: hit.unit - dict.docStarts[n]! };
  }

  /** Search from a synchronous source (files in memory, the CLI), best first. */
  search(query: string, opts: SearchQueryOptions = {}): SearchResult[] {
    assertQueryWithinLimits(query);
    const limit = opts.limit ?? DEFAULT_LIMIT;
    if (limit <= 0) return [];
    this.loadSync(this.langsFor(opts).map(dictionaryFile));
    const plans = this.plans(query, opts);
    this.loadSync(this.termNeeds(plans));
    const top = this.rank(query, plans).slice(0, limit);
    this.loadSync(top.map((h) => this.documentOf(h).file));
    for (const id of this.textsNeeded(top)) {
      const text = this.textOf!(id);
      if (typeof text !== 'string') throw new SearchIndexError('a synchronous search needs a synchronous text source');
      this.texts.set(id, text);
    }
    return top.map((h) => this.toResult(h));
  }

  /** The same, fetching only what the query needs (the site's entry point). */
  async searchAsync(query: string, opts: SearchQueryOptions = {}): Promise<SearchResult[]> {
    assertQueryWithinLimits(query);
    const limit = opts.limit ?? DEFAULT_LIMIT;
    if (limit <= 0) return [];
    await this.load(this.langsFor(opts).map(dictionaryFile));
    const plans = this.plans(query, opts);
    await this.load(this.termNeeds(plans));
    const top = this.rank(query, plans).slice(0, limit);
    await this.load(top.map((h) => this.documentOf(h).file));
    const ids = this.textsNeeded(top);
    const texts = await Promise.all(ids.map((id) => this.textOf!(id)));
    ids.forEach((id, i) => this.texts.set(id, texts[i]!));
    return top.map((h) => this.toResult(h));
  }

  /** Documents of these hits whose passages are offsets and whose text is not read yet. */
  private textsNeeded(hits: Ranked[]): string[] {
    const ids = new Set<string>();
    for (const h of hits) {
      const { file, local } = this.documentOf(h);
      const doc = this.got<SearchDocument>(file);
      if (typeof doc.units[local]![2] === 'number' && !this.texts.has(doc.id)) ids.add(doc.id);
    }
    if (ids.size && !this.textOf) throw new SearchIndexError('these passage files hold offsets: the search needs the documents\' texts');
    return [...ids];
  }

  private toResult(hit: Ranked): SearchResult {
    const { file, local } = this.documentOf(hit);
    const doc = this.got<SearchDocument>(file);
    const [sectionIndex, unitStart, textOrEnd] = doc.units[local]!;
    const text = typeof textOrEnd === 'number' ? this.texts.get(doc.id)!.slice(unitStart, textOrEnd) : textOrEnd;
    const [sectionId, heading, headingStart] = doc.sections[sectionIndex]!;
    const matched = new Set(hit.matched);
    let excerpt: string;
    let start: number;
    let highlights: Array<[number, number]>;
    if (text) {
      const ex = makeExcerpt(text, matched, hit.lang);
      excerpt = text.slice(ex.start, ex.end);
      start = unitStart + ex.start;
      highlights = ex.highlights;
    } else {
      // A heading without body text: the heading is the excerpt.
      excerpt = heading;
      start = headingStart;
      highlights = highlightRanges(heading, matched, hit.lang);
    }
    return {
      documentId: doc.id,
      source: doc.source,
      sectionId,
      heading,
      excerpt,
      start,
      end: start + excerpt.length,
      score: Math.round(hit.score * 1000) / 1000,
      highlights,
      lang: hit.lang,
      vendor: doc.vendor,
      title: doc.title,
    };
  }
}

/** Read the manifest; `langs` (default none) preloads those languages' dictionaries. */
export async function loadSearch(source: SearchSource, opts: { langs?: string[]; texts?: TextSource } = {}): Promise<SearchEngine> {
  const read = toLoader(source);
  const engine = new SearchEngine(parseManifest(await read(MANIFEST_FILE)), read, opts.texts);
  await engine.load((opts.langs ?? []).filter((l) => engine.languages.includes(l)).map(dictionaryFile));
  return engine;
}

/** Synchronous variant over files in memory or on disk (tests, the CLI). */
export function loadSearchSync(files: Record<string, string> | ((file: string) => string), langs: string[] = [], texts?: (documentId: string) => string): SearchEngine {
  const read = toLoader(files) as (file: string) => string;
  const json = read(MANIFEST_FILE);
  if (typeof json !== 'string') throw new SearchIndexError('loadSearchSync needs a synchronous source');
  const engine = new SearchEngine(parseManifest(json), read, texts);
  engine.loadSync(langs.filter((l) => engine.languages.includes(l)).map(dictionaryFile));
  return engine;
}
