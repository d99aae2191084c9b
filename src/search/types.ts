/** Shapes shared by the index builder, the query side and the CLI. */

/** search/manifest.json: which languages have an index (everything else is fetched per query). */
export interface SearchManifest {
  version: number;
  languages: Array<{ lang: string; documents: number; units: number }>;
}

/** MiniSearch's serialized postings of one term: field id -> unit (short id) -> term frequency. */
export type Postings = Record<string, Record<string, number>>;

/** search/<lang>.json: what every query in that language needs first (small). */
export interface SearchDictionary {
  lang: string;
  /** MiniSearch corpus statistics (BM25 needs them whole; postings come per term file). */
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** The first term of each term file, sorted: term file n holds terms in [firstTerms[n], firstTerms[n+1]). */
  firstTerms: string[];
  /** Short id of each document's first unit: units of document n are docStarts[n] .. docStarts[n+1]-1. */
  docStarts: number[];
}

/**
 * search/<lang>.t<n>.json: postings of a sorted run of terms. Per term, one list per field (in
 * field-id order): unit short ids as gaps from the previous one, each followed by -tf when the
 * term occurs more than once (small numbers, which gzip well). Field lengths are not shipped:
 * passages are of bounded size, so BM25 scores them all at the average length.
 */
export interface TermShard {
  /** The site's files hold each list packed into a string (postings.ts packField). */
  terms: Array<[string, ...Array<number[] | string>]>;
}

/** search/<lang>.d<n>.json: one document's passages, fetched for the excerpts of its results. */
export interface SearchDocument {
  id: string;
  source: string;
  title: string;
  vendor: string;
  /** [section id, heading, heading offset] */
  sections: Array<[string, string, number]>;
  /**
   * Per unit, in short-id order: [index into sections, offset in document.text, passage text], or
   * in the site's files [section, start, end] (the text is taken from the document's page), packed
   * into a string there (site-passages.ts packUnits; query.ts unpacks them on reading).
   */
  units: Array<[number, number, string | number]>;
}

/** One hit, best first (spec: cli.md `search`; the last four fields are extras for the site). */
export interface SearchResult {
  documentId: string;
  source: string;
  sectionId: string;
  heading: string;
  /** Exactly `document.text.slice(start, end)`: plain text, never HTML. */
  excerpt: string;
  start: number;
  end: number;
  score: number;
  /** Matched words as [start, end) offsets into `excerpt`. */
  highlights: Array<[number, number]>;
  lang: string;
  vendor: string;
  title: string;
}

export interface SearchQueryOptions {
  /** Keep passages in this language only (the query may still be in another). */
  lang?: string;
  limit?: number;
}
