/**
 * The documents of one `seckb ingest` run as the KB build sees them (Node): each one's small
 * summary (src/kb/summary.ts) in memory, everything else in the result cache. A fresh result is
 * stored as it arrives (whole, its summary, its KB file, search part and passages), so the main
 * thread never holds every document; an unchanged document costs one small read. The full
 * analysis is parsed back only where a result must be computed again (a pair with a changed
 * document), a few at a time.
 */
import type { DocumentAnalysis } from './analyze.ts';
import type { CachedResult, ResultCache } from './cache.ts';
import { storeDocumentParts, type ResultStore } from './document-results.ts';
import { summaryRecord, type SerializedResult, type SummaryRecord } from './serialized-result.ts';

/** A stored summary, with the byte size of the whole result it was made from (a check that it is still there). */
type StoredSummary = SummaryRecord & { size: number };

/** Parsed full analyses kept for reuse: a document is usually in a few pairs computed close together. */
const RECENT = 8;

export class CachedDocuments {
  /** Stored results under the KB code's fingerprint (summaries and KB files change with it). */
  readonly store: ResultStore;
  /** Results the cache could not store (a read-only or full disk): kept in memory instead. */
  private readonly unstored = new Map<string, string>();
  private readonly recent = new Map<string, DocumentAnalysis>();

  constructor(
    private readonly cache: ResultCache,
    kbCode: string,
  ) {
    this.store = {
      memo: (key, compute, accept) => cache.memo(`${kbCode}\u0000${key}`, compute, accept),
      memoFile: (key, compute, replace) => cache.memoFile(`${kbCode}\u0000${key}`, compute, replace),
    };
  }

  /** A fresh result (serialised by the worker): stored, and only its summary kept. */
  add(key: string, fresh: SerializedResult): SummaryRecord {
    const size = this.cache.put(key, fresh.result);
    if (size === undefined) this.unstored.set(key, fresh.result);
    // The record as stored is the worker's JSON with the size in front: not serialised again.
    this.store.memo(`summary\u0000${key}`, () => `{"size":${size ?? -1},${fresh.summary.slice(1)}`, () => false);
    storeDocumentParts(fresh, key, this.store);
    return JSON.parse(fresh.summary) as SummaryRecord;
  }

  /** An unchanged file's summary; undefined when its entry is missing or damaged (the file is then processed again). */
  summary(key: string): SummaryRecord | undefined {
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
      record = full ? { size, ...summaryRecord(full) } : undefined;
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
    if (kept) return JSON.parse(kept) as CachedResult;
    return this.cache.get(key);
  }
}
