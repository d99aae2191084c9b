/**
 * Documents -> every file of the knowledge base: documents, claims, findings (per document and
 * between documents), pairs, version diffs, alignments and the search index. Pure: the caller
 * writes the files (src/kb/write.ts), so the same builder serves the CLI and tests.
 */
import { alignDocuments } from '../align/align.ts';
import { extractClaims } from '../claims/extract.ts';
import type { Claim } from '../claims/types.ts';
import { crossDocumentFindings } from '../findings/cross.ts';
import { diffClaims } from '../findings/diff.ts';
import { documentFindings } from '../findings/document-findings.ts';
import type { Finding } from '../findings/types.ts';
import type { Locale } from '../i18n/index.ts';
import type { SeckbDocument } from '../model/types.ts';
import { buildSearchIndexes } from '../search/build.ts';
import type { ManifestEntry } from './read.ts';
import { pairDocuments } from './pairs.ts';
import { json, type KbFiles } from './write.ts';

export interface KbBuildInput {
  entries: ManifestEntry[];
  documents: SeckbDocument[];
  /** See src/kb/fingerprint.ts. */
  modelVersion: string;
  /** Decoded source text of line-based files (md, txt, html), for source-scope rules and inline silences. */
  sources?: Map<string, string>;
  /** Finding or rule ids silenced per document (`<file>.seckb-ignore`). */
  silenced?: Map<string, string[]>;
  /** "Now" for date rules. */
  now?: Date;
  /** Told how long each stage took (bench/ingest.ts); stages run the same either way. */
  onStage?: (stage: KbStage, ms: number) => void;
}

export type KbStage = 'claims' | 'pairs' | 'findings' | 'diffs' | 'alignments' | 'search' | 'json';

const byPosition = (a: { documentId: string; start: number; id: string }, b: { documentId: string; start: number; id: string }) =>
  a.documentId.localeCompare(b.documentId) || a.start - b.start || a.id.localeCompare(b.id);

export function buildKbFiles(input: KbBuildInput): KbFiles {
  const stage = <T>(name: KbStage, run: () => T): T => {
    const started = performance.now();
    const value = run();
    input.onStage?.(name, performance.now() - started);
    return value;
  };
  const files: KbFiles = new Map();
  const documents = [...input.documents].sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const entries = [...input.entries].sort((a, b) => a.source.localeCompare(b.source));
  stage('json', () => {
    files.set('manifest.json', json({ modelVersion: input.modelVersion, documents: entries }));
    for (const doc of documents) files.set(`documents/${doc.id}.json`, json(doc));
  });

  const claimsOf = stage('claims', () => new Map<string, Claim[]>(documents.map((d) => [d.id, extractClaims(d)])));
  const claims = documents.flatMap((d) => claimsOf.get(d.id)!);
  files.set('claims.json', json(claims));

  const pairs = stage('pairs', () => pairDocuments(documents));
  files.set('pairs.json', json(pairs));

  // findings.json speaks English (the report language of the CLI); the site's Polish pages read
  // the same findings' messages from messages/pl.json, keyed by finding id.
  const findingsIn = (locale: Locale): Finding[] => {
    const found = documents.flatMap((doc) =>
      documentFindings(doc, {
        claims: claimsOf.get(doc.id),
        locale,
        now: input.now,
        source: input.sources?.get(doc.id),
        silenced: input.silenced?.get(doc.id),
      }),
    );
    found.push(...crossDocumentFindings(documents, claims, pairs, locale));
    return [...new Map(found.map((f) => [f.id, f])).values()].sort(byPosition);
  };
  stage('findings', () => {
    files.set('findings.json', json(findingsIn('en')));
    files.set('messages/pl.json', json(Object.fromEntries(findingsIn('pl').map((f) => [f.id, f.message]))));
  });

  stage('diffs', () => {
    for (const { old, new: next } of pairs.versions) {
      files.set(`diffs/${old}--${next}.json`, json(diffClaims(claimsOf.get(old)!, claimsOf.get(next)!)));
    }
  });
  stage('alignments', () => {
    for (const { source, target } of pairs.translations) {
      files.set(`alignments/${source}--${target}.json`, json(alignDocuments(byId.get(source)!, byId.get(target)!)));
    }
  });
  stage('search', () => {
    for (const [name, content] of Object.entries(buildSearchIndexes(documents))) files.set(name, content);
  });
  return files;
}
