/**
 * Per-document results -> every file of the knowledge base. The per-document work (document,
 * claims, findings with their messages in every UI language) arrives done (src/kb/analyze.ts,
 * run per file in the pool); this adds what needs several documents: pairs, cross-document
 * findings, version diffs, alignments and the search index. Pure: the caller writes the files
 * (src/kb/write.ts), so the same builder serves the CLI and tests.
 */
import { alignDocuments } from '../align/align.ts';
import type { Alignment } from '../align/types.ts';
import { crossDocumentFindingsIn } from '../findings/cross.ts';
import { diffClaims } from '../findings/diff.ts';
import type { Finding } from '../findings/types.ts';
import { isSupportedLanguage } from '../model/language-support.ts';
import type { SeckbDocument } from '../model/types.ts';
import { buildSearchIndexes } from '../search/build.ts';
import { documentSearchPart, type DocumentSearchPart } from '../search/document-part.ts';
import { OTHER_LOCALES, REPORT_LOCALE, type DocumentAnalysis } from './analyze.ts';
import type { ManifestEntry } from './read.ts';
import { pairDocuments } from './pairs.ts';
import { withVendorDisplayNames } from './vendor-names.ts';
import { json, KB_MARKER, type KbFiles } from './write.ts';

export interface KbBuildInput {
  entries: ManifestEntry[];
  /** One per document read (src/kb/analyze.ts). */
  analyses: DocumentAnalysis[];
  /** See src/kb/fingerprint.ts. */
  modelVersion: string;
  /** Told how long each stage took (bench/ingest.ts); stages run the same either way. */
  onStage?: (stage: KbStage, ms: number) => void;
  /**
   * Reuse of pair results (diffs, alignments) across runs: `docKeys` names each document's
   * inputs (src/kb/cache.ts), and `memo(key, compute)` returns the stored content for `key` or
   * computes and stores it. Without them every pair is computed.
   */
  docKeys?: ReadonlyMap<string, string>;
  memo?: (key: string, compute: () => string, accept?: (stored: string) => boolean) => string;
}

export type KbStage = 'pairs' | 'findings' | 'diffs' | 'alignments' | 'search' | 'json';

const byPosition = (a: { documentId: string; start: number; id: string }, b: { documentId: string; start: number; id: string }) =>
  a.documentId.localeCompare(b.documentId) || a.start - b.start || a.id.localeCompare(b.id);

/** cli.md: a document in a language without rules gets `"supported": false` in its manifest entry. */
function withLanguageSupport(entry: ManifestEntry, doc: SeckbDocument | undefined): ManifestEntry {
  const { supported: _ignored, ...rest } = entry;
  return doc && !isSupportedLanguage(doc.language) ? { ...rest, supported: false } : rest;
}

export function buildKbFiles(input: KbBuildInput): KbFiles {
  const stage = <T>(name: KbStage, run: () => T): T => {
    const started = performance.now();
    const value = run();
    input.onStage?.(name, performance.now() - started);
    return value;
  };
  const files: KbFiles = new Map();
  // One vendor display name per vendor id, chosen once over all documents (vendor-names.ts).
  const named = withVendorDisplayNames(input.analyses.map((a) => a.document));
  const analyses = input.analyses.map((a, i) => ({ ...a, document: named[i]! })).sort((a, b) => a.document.id.localeCompare(b.document.id));
  const documents = analyses.map((a) => a.document);
  const byId = new Map(analyses.map((a) => [a.document.id, a]));
  const entries = [...input.entries].sort((a, b) => a.source.localeCompare(b.source)).map((e) => withLanguageSupport(e, byId.get(e.id)?.document));
  const claims = analyses.flatMap((a) => a.claims);
  stage('json', () => {
    files.set('manifest.json', json({ seckb: KB_MARKER, modelVersion: input.modelVersion, documents: entries }));
    for (const doc of documents) files.set(`documents/${doc.id}.json`, json(doc));
    files.set('claims.json', json(claims));
  });

  const pairs = stage('pairs', () => pairDocuments(documents));
  files.set('pairs.json', json(pairs));

  // A pair's result depends on its two documents only: reused while both are unchanged.
  const pairResult = (kind: string, a: string, b: string, compute: () => string): string => {
    const keyA = input.docKeys?.get(a);
    const keyB = input.docKeys?.get(b);
    return input.memo && keyA && keyB ? input.memo(`${kind}\u0000${keyA}\u0000${keyB}`, compute) : compute();
  };
  // Alignments come before the findings: a translation's changed numbers and names are findings.
  const alignments = new Map<string, Alignment>();
  stage('alignments', () => {
    for (const { source, target } of pairs.translations) {
      const content = pairResult('alignment', source, target, () => json(alignDocuments(byId.get(source)!.document, byId.get(target)!.document)));
      files.set(`alignments/${source}--${target}.json`, content);
      alignments.set(`${source}--${target}`, JSON.parse(content) as Alignment);
    }
  });

  // findings.json speaks English (the report language of the CLI); the site's other-language
  // pages read the same findings' messages from messages/<lang>.json, keyed by finding id.
  stage('findings', () => {
    const cross = crossDocumentFindingsIn(documents, claims, pairs, REPORT_LOCALE, OTHER_LOCALES, alignments);
    const found: Finding[] = [...analyses.flatMap((a) => a.findings), ...cross.findings];
    const findings = [...new Map(found.map((f) => [f.id, f])).values()].sort(byPosition);
    files.set('findings.json', json(findings));
    for (const locale of OTHER_LOCALES) {
      const messages = new Map<string, string>();
      for (const a of analyses) for (const [id, message] of Object.entries(a.messages[locale] ?? {})) messages.set(id, message);
      for (const [id, message] of Object.entries(cross.messages[locale] ?? {})) messages.set(id, message);
      files.set(`messages/${locale}.json`, json(Object.fromEntries(findings.map((f) => [f.id, messages.get(f.id)]))));
    }
  });

  stage('diffs', () => {
    for (const { old, new: next } of pairs.versions) {
      files.set(`diffs/${old}--${next}.json`, pairResult('diff', old, next, () => json(diffClaims(byId.get(old)!.claims, byId.get(next)!.claims))));
    }
  });
  // A document's share of the search index depends on it alone (with its vendor's display
  // name): reused while it is unchanged, so a re-ingest tokenises only changed documents.
  const searchPart = (doc: SeckbDocument): DocumentSearchPart => {
    const key = input.docKeys?.get(doc.id);
    if (!input.memo || !key) return documentSearchPart(doc);
    let part: DocumentSearchPart | undefined;
    const parse = (stored: string): boolean => {
      try {
        part = JSON.parse(stored) as DocumentSearchPart;
        return true;
      } catch {
        return false; // a damaged entry: computed again
      }
    };
    input.memo(`search\u0000${key}\u0000${doc.vendor.name}`, () => JSON.stringify((part = documentSearchPart(doc))), parse);
    return part!;
  };
  stage('search', () => {
    for (const [name, content] of Object.entries(buildSearchIndexes(documents, { partOf: searchPart }))) files.set(name, content);
  });
  return files;
}
