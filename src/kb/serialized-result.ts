/**
 * One fresh per-document result as a pool worker hands it to \`seckb ingest\`: already serialised
 * (the cache entry, the summary, the document's KB file, search part and passages), so the
 * serialising and tokenising run in parallel in the workers and the main thread only writes
 * strings and parses the small summary (src/kb/cached-documents.ts).
 */
import { OTHER_LOCALES } from './report-locales.ts';
import type { CachedResult } from './cache.ts';
import { documentParts, type DocumentParts } from './document-results.ts';
import type { ManifestEntry } from './read.ts';
import { summarize, type DocumentSummary } from './summary.ts';

/** What the manifest entry takes from the read (beside id, source, sha256, status). */
export type ReadEntry = Pick<ManifestEntry, 'format' | 'dropped' | 'note'>;

/** A document's summary with its manifest fields, as stored. */
export interface SummaryRecord {
  entry: ReadEntry;
  summary: DocumentSummary;
}

export interface SerializedResult extends DocumentParts {
  /** JSON of the whole result (CachedResult): the cache entry. */
  result: string;
  /** JSON of its SummaryRecord. */
  summary: string;
}

export function summaryRecord(result: CachedResult): SummaryRecord {
  const { format, dropped, note, ...analysis } = result;
  return { entry: { format, ...(dropped ? { dropped } : {}), ...(note ? { note } : {}) }, summary: summarize(analysis, OTHER_LOCALES) };
}

export function serializeResult(result: CachedResult): SerializedResult {
  return { result: JSON.stringify(result), summary: JSON.stringify(summaryRecord(result)), ...documentParts(result.document) };
}
