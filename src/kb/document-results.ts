/**
 * What one document contributes to the KB on its own, stored under its cache key and vendor
 * name (src/kb/cache.ts): its documents/<id>.json, its search part and its passage file. The
 * ingest stores them as each fresh result arrives; the KB build (build-kb.ts) reads the search
 * part back and links the two files.
 */
import type { SeckbDocument } from '../model/types.ts';
import { packPart } from '../search/build.ts';
import { documentSearchPart, type DocumentSearchPart } from '../search/document-part.ts';
import { json, type KbContent } from './write.ts';

/** Where results live between runs (src/kb/cache.ts): text read back, or a file to link. */
export interface ResultStore {
  /** The stored text for `key`, else `compute()`, stored. `accept` may refuse stored text (damaged). */
  memo(key: string, compute: () => string, accept?: (stored: string) => boolean): string;
  /** As memo, for a KB file's bytes: a stored file is linked into the KB, never read. `replace`: store anew. */
  memoFile(key: string, compute: () => string, replace?: boolean): KbContent;
}

/** Keys of the stored per-document results (the ingest stores them as each result arrives). */
export const storedKeys = {
  document: (docKey: string, vendorName: string) => `document\u0000${docKey}\u0000${vendorName}`,
  searchPart: (docKey: string, vendorName: string) => `search\u0000${docKey}\u0000${vendorName}`,
  passages: (docKey: string, vendorName: string) => `passages\u0000${docKey}\u0000${vendorName}`,
};

/** A search part without its passage file, packed, as stored (the passages are a file of their own). */
export const postingsOnly = (part: DocumentSearchPart): string => JSON.stringify({ ...packPart(part), record: '' });

/** What a document contributes on its own, serialised under its own vendor name (usually the display name). */
export interface DocumentParts {
  vendorName: string;
  /** documents/<id>.json */
  document: string;
  /** The search part without passages (postingsOnly). */
  searchPart: string;
  /** Its search/<lang>.d<n>.json */
  passages: string;
}

export function documentParts(doc: SeckbDocument): DocumentParts {
  const part = documentSearchPart(doc);
  return { vendorName: doc.vendor.name, document: json(doc), searchPart: postingsOnly(part), passages: part.record };
}

/** Stores a fresh document's parts, so the build finds them without the document in memory. */
export function storeDocumentParts(parts: DocumentParts, docKey: string, store: ResultStore): void {
  // Stored anew: an entry left from before may be damaged, and this is the moment to mend it.
  store.memoFile(storedKeys.document(docKey, parts.vendorName), () => parts.document, true);
  store.memo(storedKeys.searchPart(docKey, parts.vendorName), () => parts.searchPart, () => false);
  store.memoFile(storedKeys.passages(docKey, parts.vendorName), () => parts.passages, true);
}
