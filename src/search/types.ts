/** Shapes shared by the index builder, the query side and the CLI. */

/** search/manifest.json */
export interface SearchManifest {
  version: number;
  /** One MiniSearch index per language; the site loads only the shards a query needs. */
  shards: Array<{ lang: string; file: string; units: number; documents: number }>;
  /** Per document: what a result shows besides the passage. */
  documents: Record<string, { source: string; title: string; vendor: string; lang: string }>;
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
