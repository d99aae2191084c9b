/**
 * Documents -> every file of the knowledge base: documents, claims, findings (per document and
 * between documents), pairs, version diffs, alignments and the search index. Pure: the caller
 * writes the files (src/kb/write.ts), so the same builder serves the CLI and tests.
 */
import type { SeckbDocument } from '../model/types.ts';
import type { ManifestEntry } from './read.ts';
import { pairDocuments } from './pairs.ts';
import { json, type KbFiles } from './write.ts';

export interface KbBuildInput {
  entries: ManifestEntry[];
  documents: SeckbDocument[];
  /** See src/kb/fingerprint.ts. */
  modelVersion: string;
  now?: Date;
}

export function buildKbFiles(input: KbBuildInput): KbFiles {
  const files: KbFiles = new Map();
  const documents = [...input.documents].sort((a, b) => a.id.localeCompare(b.id));
  const entries = [...input.entries].sort((a, b) => a.source.localeCompare(b.source));
  files.set('manifest.json', json({ modelVersion: input.modelVersion, documents: entries }));
  for (const doc of documents) files.set(`documents/${doc.id}.json`, json(doc));
  const pairs = pairDocuments(documents);
  files.set('pairs.json', json(pairs));
  return files;
}
