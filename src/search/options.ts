/**
 * THE place where search is configured: index fields, stored fields, analyzer, boosts, fuzzy and
 * prefix policy, passage and excerpt sizes. `seckb search` and the site both build and load the
 * index through `miniSearchOptions(lang)`, so an index is always read with the options it was
 * written with (MiniSearch's loadJSON requires that); the manifest carries SEARCH_INDEX_VERSION
 * and a reader refuses any other.
 */
import type { Options, SearchOptions } from 'minisearch';
import { analyzeTerm, tokenize, words } from './analyzer.ts';

/** Bump when the analyzer, fields or unit layout change: old indexes must be rebuilt. */
export const SEARCH_INDEX_VERSION = 2;

/** Languages with their own stemmer; any other language gets a fold-only shard. */
export const STEMMED_LANGUAGES = ['en', 'pl'] as const;

/** One indexed unit: a passage of a section (or a heading alone when the section has no body). */
export interface SearchUnit {
  id: string;
  documentId: string;
  sectionId: string;
  heading: string;
  /** Passage text exactly as in the document; `start` is its offset in `document.text`. */
  text: string;
  start: number;
  /** Offset of the heading in `document.text` (for heading-only units). */
  headingStart: number;
  /** The document's vendor and title: indexed with every unit, so "<vendor> <topic>" finds the passage. */
  doc: string;
}

export const INDEX_FIELDS = ['heading', 'text', 'doc'] as const;

/**
 * A heading word says what the whole section is about; a passage word may be in passing; the
 * vendor or title says only which document (every passage of it shares that match).
 */
export const FIELD_BOOST = { heading: 2.5, text: 1, doc: 0.5 } as const;

/** Glossary expansions rank below what the user typed (a translation is a weaker signal). */
export const EXPANSION_BOOST = 0.6;

/**
 * Hits in a language other than the query's are scaled down so the query's own language comes
 * first unless the other match is much stronger (shards score apart; small ones score high).
 */
export const CROSS_LANGUAGE_FACTOR = 0.35;

/** Passages: a few sentences, so an excerpt points at the place, not the whole section. */
export const PASSAGE = { maxSentences: 3, maxChars: 480 } as const;

/** Excerpt window around the first match; whole passage when it is shorter. */
export const EXCERPT = { maxChars: 240, before: 60 } as const;

export const DEFAULT_LIMIT = 10;

/**
 * Typos: edit distance grows with the word ("kopje" 1, "szyfrowanei" 2); short words stay exact
 * because one edit turns them into other words ("dane" vs "dana").
 */
export function fuzzyDistance(term: string): number {
  if (term.length < 5) return 0;
  return term.length < 9 ? 1 : 2;
}

/** As-you-type: the last query word is a prefix once it has 3 letters. */
export const PREFIX_MIN_CHARS = 3;

/** MiniSearch options for one language shard (build and load must use the same). */
export function miniSearchOptions(lang: string): Options<SearchUnit> {
  return {
    idField: 'id',
    fields: [...INDEX_FIELDS],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => analyzeTerm(term, lang),
    searchOptions: {
      // A query word stays whole: its glued parts are searched explicitly (plan.ts).
      tokenize: (text) => words(text).map((w) => w.text),
      boost: { ...FIELD_BOOST },
      combineWith: 'OR',
    } satisfies SearchOptions,
  };
}

/**
 * Sharding: a language's terms are cut, in sorted order, into files of about this many bytes
 * (JSON); a query fetches only the files holding its terms. Smaller files fetch less per term
 * but need more requests; Pagefind's chunks are of the same order.
 */
export const TERM_SHARD_BYTES = 24_000;

/** A prefix or fuzzy term reads at most this many neighbouring term files. */
export const MAX_EXPANSION_SHARDS = 3;

/** Shard name for a document language: `en`, `pl`, another ISO code, or `und`. */
export function shardLanguage(lang: string | undefined): string {
  const code = (lang ?? '').toLowerCase();
  return /^[a-z]{2,3}$/.test(code) ? code : 'und';
}

/** The search files, relative to the KB directory (flat, so the site serves them as they are). */
export const MANIFEST_FILE = 'search/manifest.json';
/** A language's term dictionary: corpus statistics and the first term of every term file. */
export const dictionaryFile = (lang: string) => `search/${lang}.json`;
/** A language's n-th term file: postings of a sorted run of terms. */
export const termFile = (lang: string, n: number) => `search/${lang}.t${n}.json`;
/** A language's n-th document: passage text for excerpts, title, vendor. */
export const documentFile = (lang: string, n: number) => `search/${lang}.d${n}.json`;
