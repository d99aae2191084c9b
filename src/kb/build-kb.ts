/**
 * Per-document results -> every file of the knowledge base. The per-document work (document,
 * claims, findings with their messages in every UI language) arrives done (src/kb/analyze.ts,
 * run per file in the pool); this adds what needs several documents: pairs, cross-document
 * findings, version diffs, alignments and the search index. Pure: the caller writes the files
 * (src/kb/write.ts), so the same builder serves the CLI and tests.
 *
 * It works from each document's summary (src/kb/summary.ts: metadata, claims and findings as
 * serialised text). With a result store (the ingest cache) every result that depends on a few
 * documents (a document's file, its search part and passages, a pair's diff, alignment and
 * findings) is keyed by those documents' keys and vendor names and read back or linked while
 * they are unchanged; only the rest loads a document's full analysis (`analysis`).
 */
import { alignDocuments } from '../align/align.ts';
import type { Alignment } from '../align/types.ts';
import type { Claim } from '../claims/types.ts';
import { diffClaims } from '../findings/diff.ts';
import { isSupportedLanguage } from '../model/language-support.ts';
import type { SeckbDocument } from '../model/types.ts';
import { mergeSearchParts, packPart, type PackedPart } from '../search/build.ts';
import { documentSearchPart, type DocumentSearchPart } from '../search/document-part.ts';
import { shardLanguage } from '../search/options.ts';
import type { DocumentAnalysis } from './analyze.ts';
import { postingsOnly, storedKeys, type ResultStore } from './document-results.ts';
import { OTHER_LOCALES } from './report-locales.ts';
import { crossFindingGroups, findingsFiles } from './build-findings.ts';
import { pairDocuments } from './pairs.ts';
import type { ManifestEntry } from './read.ts';
import { joinJsonItems, summarize, type DocumentMeta, type DocumentSummary } from './summary.ts';
import { vendorDisplayNames } from './vendor-names.ts';
import { contentText, json, KB_MARKER, type KbContent, type KbFiles, type LinkedFile } from './write.ts';

export interface KbSources {
  entries: ManifestEntry[];
  summaries: DocumentSummary[];
  /** A document's full analysis (with its own vendor name), for results not stored. */
  analysis: (id: string) => DocumentAnalysis;
  /** See src/kb/fingerprint.ts. */
  modelVersion: string;
  /** Each document's cache key (src/kb/cache.ts); with `store`, results of unchanged documents are reused. */
  docKeys?: ReadonlyMap<string, string>;
  store?: ResultStore;
  /** Told how long each stage took (bench/ingest.ts); stages run the same either way. */
  onStage?: (stage: KbStage, ms: number) => void;
}

export interface KbBuildInput {
  entries: ManifestEntry[];
  /** One per document read (src/kb/analyze.ts). */
  analyses: DocumentAnalysis[];
  modelVersion: string;
  onStage?: (stage: KbStage, ms: number) => void;
}

export type KbStage = 'pairs' | 'findings' | 'diffs' | 'alignments' | 'search' | 'json';

/** cli.md: a document in a language without rules gets `"supported": false` in its manifest entry. */
function withLanguageSupport(entry: ManifestEntry, meta: DocumentMeta | undefined): ManifestEntry {
  const { supported: _ignored, ...rest } = entry;
  return meta && !isSupportedLanguage(meta.language) ? { ...rest, supported: false } : rest;
}

/** The KB from analyses held in memory (tests, benches): nothing stored, everything computed. */
export function buildKbFiles(input: KbBuildInput): KbFiles {
  const byId = new Map(input.analyses.map((a) => [a.document.id, a]));
  return buildKb({
    entries: input.entries,
    summaries: input.analyses.map((a) => summarize(a, OTHER_LOCALES)),
    analysis: (id) => byId.get(id)!,
    modelVersion: input.modelVersion,
    onStage: input.onStage,
  });
}

export function buildKb(input: KbSources): KbFiles {
  const stage = <T>(name: KbStage, run: () => T): T => {
    const started = performance.now();
    const value = run();
    input.onStage?.(name, performance.now() - started);
    return value;
  };
  const files: KbFiles = new Map();
  // One vendor display name per vendor id, chosen once over all documents (vendor-names.ts).
  const displayNames = vendorDisplayNames(input.summaries.map((s) => s.meta));
  const summaries = [...input.summaries].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const byId = new Map(summaries.map((s) => [s.meta.id, s]));
  const nameOf = (id: string) => displayNames.get(byId.get(id)!.meta.vendor.id)!;
  const metas = summaries.map((s) => (nameOf(s.meta.id) === s.meta.vendor.name ? s.meta : { ...s.meta, vendor: { ...s.meta.vendor, name: nameOf(s.meta.id) } }));
  /** The full document with its vendor's display name, as documents/<id>.json holds it. */
  const documentOf = (id: string): SeckbDocument => {
    const doc = input.analysis(id).document;
    return doc.vendor.name === nameOf(id) ? doc : { ...doc, vendor: { ...doc.vendor, name: nameOf(id) } };
  };
  const claimsOf = (id: string): Claim[] => JSON.parse(`[${byId.get(id)!.claims}]`) as Claim[];
  // A result of some documents is stored under their keys and display names: reused while they are unchanged.
  const keyOf = (kind: string, ids: string[]): string | undefined => {
    const keys = ids.map((id) => input.docKeys?.get(id));
    return input.store && keys.every(Boolean) ? [kind, ...ids.flatMap((id, i) => [keys[i], nameOf(id)])].join('\u0000') : undefined;
  };
  const text = (kind: string, ids: string[], compute: () => string): string => {
    const key = keyOf(kind, ids);
    return key ? input.store!.memo(key, compute) : compute();
  };
  const file = (kind: string, ids: string[], compute: () => string): KbContent => {
    const key = keyOf(kind, ids);
    return key ? input.store!.memoFile(key, compute) : compute();
  };
  const entries = [...input.entries].sort((a, b) => a.source.localeCompare(b.source)).map((e) => withLanguageSupport(e, byId.get(e.id)?.meta));

  stage('json', () => {
    files.set('manifest.json', json({ seckb: KB_MARKER, modelVersion: input.modelVersion, documents: entries }));
    for (const { id } of metas) {
      const key = input.docKeys?.get(id);
      const compute = () => json(documentOf(id));
      files.set(`documents/${id}.json`, key && input.store ? input.store.memoFile(storedKeys.document(key, nameOf(id)), compute) : compute());
    }
    files.set('claims.json', joinJsonItems('[', summaries.map((s) => s.claims)));
  });

  const pairs = stage('pairs', () => pairDocuments(metas));
  files.set('pairs.json', json(pairs));

  // Alignments come before the findings: a translation's changed numbers and names are findings.
  const alignments = new Map<string, KbContent>();
  stage('alignments', () => {
    for (const { source, target } of pairs.translations) {
      const content = file('alignment', [source, target], () => json(alignDocuments(documentOf(source), documentOf(target))));
      files.set(`alignments/${source}--${target}.json`, content);
      alignments.set(`${source}--${target}`, content);
    }
  });
  const alignmentOf = (pair: string): Alignment | undefined => {
    const content = alignments.get(pair);
    return content === undefined ? undefined : (JSON.parse(contentText(content)) as Alignment);
  };

  stage('findings', () => {
    const cross = crossFindingGroups(metas, pairs, text, { documentOf, claimsOf, alignmentOf });
    for (const [name, content] of findingsFiles(summaries, cross)) files.set(name, content);
  });

  stage('diffs', () => {
    for (const { old, new: next } of pairs.versions) {
      files.set(`diffs/${old}--${next}.json`, file('diff', [old, next], () => json(diffClaims(claimsOf(old), claimsOf(next)))));
    }
  });
  // A document's share of the search index depends on it alone (with its vendor's display
  // name): reused while it is unchanged, so a re-ingest tokenises only changed documents.
  const partOf = (meta: DocumentMeta) => (): PackedPart<LinkedFile> => {
    const key = input.docKeys?.get(meta.id);
    let computed: DocumentSearchPart | undefined;
    const fresh = () => (computed ??= documentSearchPart(documentOf(meta.id)));
    if (!input.store || !key) return packPart(fresh());
    let part: PackedPart<LinkedFile> | undefined;
    const parse = (stored: string): boolean => {
      try {
        part = JSON.parse(stored) as PackedPart<LinkedFile>;
        return true;
      } catch {
        return false; // a damaged entry: computed again
      }
    };
    input.store.memo(storedKeys.searchPart(key, meta.vendor.name), () => postingsOnly(fresh()), parse);
    part ??= packPart(fresh());
    part.record = input.store.memoFile(storedKeys.passages(key, meta.vendor.name), () => fresh().record) as string | LinkedFile;
    return part;
  };
  stage('search', () => {
    const sources = metas.map((meta) => ({ lang: shardLanguage(meta.language), part: partOf(meta) }));
    for (const [name, content] of Object.entries(mergeSearchParts(sources))) files.set(name, content);
  });
  return files;
}
