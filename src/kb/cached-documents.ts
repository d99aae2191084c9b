/**
 * The documents of one `seckb ingest` run as the KB build sees them (Node): each one's small
 * summary (src/kb/summary.ts) in memory, everything else in the result cache. A fresh result is
 * stored as it arrives (whole, its summary, its KB file, search part and passages), so the main
 * thread never holds every document; an unchanged document costs one small read. The full
 * analysis is parsed back only where a result must be computed again (a pair with a changed
 * document), a few at a time.
 */
import type { DocumentAnalysis } from './analyze.ts';
import { OTHER_LOCALES } from './report-locales.ts';
import { storeDocumentResults, type ResultStore } from './document-results.ts';
import type { CachedResult, ResultCache } from './cache.ts';
import type { ManifestEntry } from './read.ts';
import { summarize, type DocumentSummary } from './summary.ts';

/** What the manifest entry takes from the read (beside id, source, sha256, status). */
export type ReadEntry = Pick<ManifestEntry, 'format' | 'dropped' | 'note'>;

/** A stored summary, with the byte size of the whole result it was made from (a check that it is still there). */
interface StoredSummary {
  size: number;
  entry: ReadEntry;
  summary: DocumentSummary;
}

/** Parsed full analyses kept for reuse: a document is usually in a few pairs computed close together. */
const RECENT = 8;

export class CachedDocuments {
  /** Stored results under the KB code's fingerprint (summaries and KB files change with it). */
  readonly store: ResultStore;
  /** Results the cache could not store (a read-only or full disk): kept in memory instead. */
  private readonly unstored = new Map<string, CachedResult>();
  private readonly recent = new Map<string, DocumentAnalysis>();
  /** How many full results were parsed back from the cache (tests count them). */
  parsed = 0;

  constructor(
    private readonly cache: ResultCache,
    kbCode: string,
  ) {
    this.store = {
      memo: (key, compute, accept) => cache.memo(`${kbCode}\u0000${key}`, compute, accept),
      memoFile: (key, compute, replace) => cache.memoFile(`${kbCode}\u0000${key}`, compute, replace),
    };
  }

  /** A fresh result: stored, and only its summary kept. */
  add(key: string, result: CachedResult): { entry: ReadEntry; summary: DocumentSummary } {
    const size = this.cache.put(key, result);
    if (size === undefined) this.unstored.set(key, result);
    const record = summaryOf(result, size ?? -1);
    this.store.memo(`summary\u0000${key}`, () => JSON.stringify(record), () => false);
    storeDocumentResults(result.document, key, this.store);
    return record;
  }

  /** An unchanged file's summary; undefined when its entry is missing or damaged (the file is then processed again). */
  summary(key: string): { entry: ReadEntry; summary: DocumentSummary } | undefined {
    let record: StoredSummary | undefined;
    const size = this.cache.size(key);
    if (size === undefined) return undefined;
    const parse = (stored: string): boolean => {
      try {
        record = JSON.parse(stored) as StoredSummary;
        return record.size === size;
      } catch {
        return false;
      }
    };
    this.store.memo(`summary\u0000${key}`, () => {
      const full = this.load(key);
      record = full ? summaryOf(full, size) : undefined;
      return record ? JSON.stringify(record) : '';
    }, parse);
    return record;
  }

  /** The full analysis of a stored result (its document with its own vendor name). */
  analysis(key: string, id: string): DocumentAnalysis {
    const known = this.recent.get(key);
    if (known) return known;
    const full = this.load(key);
    if (!full) throw new Error(`the cached result of "${id}" is damaged; delete ${this.cache.dir} and run again`);
    this.recent.set(key, full);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return full;
  }

  private load(key: string): CachedResult | undefined {
    const kept = this.unstored.get(key);
    if (kept) return kept;
    this.parsed++;
    return this.cache.get(key);
  }
}

function summaryOf(result: CachedResult, size: number): StoredSummary {
  const { format, dropped, note, ...analysis } = result;
  return { size, entry: { format, ...(dropped ? { dropped } : {}), ...(note ? { note } : {}) }, summary: summarize(analysis, OTHER_LOCALES) };
}
