/**
 * findings.json and messages/<lang>.json of the KB build: every document's own findings (from its
 * summary, already serialised) and the findings between documents, computed per group of
 * documents they depend on (a translation pair, a version pair, a questionnaire with its vendor's
 * papers) so a group whose documents are unchanged is read back instead of computed.
 */
import type { Alignment } from '../align/types.ts';
import type { Claim } from '../claims/types.ts';
import { crossDocumentFindingsIn } from '../findings/cross.ts';
import { SHEET_FORMATS, type SeckbDocument } from '../model/types.ts';
import { OTHER_LOCALES, REPORT_LOCALE } from './report-locales.ts';
import type { DocumentPairs } from './pairs.ts';
import { findingItem, joinJsonItems, type DocumentMeta, type DocumentSummary, type FindingItem } from './summary.ts';

/** A group's result stored under its documents (build-kb.ts), or `compute()`d. */
export type StoredText = (kind: string, ids: string[], compute: () => string) => string;

/** What a group's findings are computed from, when they are not stored. */
export interface GroupInputs {
  documentOf: (id: string) => SeckbDocument;
  claimsOf: (id: string) => Claim[];
  /** A translation pair's alignment by `${source}--${target}`. */
  alignmentOf: (pair: string) => Alignment | undefined;
}

/**
 * The cross-document findings as items, in the order crossDocumentFindingsIn makes them
 * (translations, versions, questionnaires), a repeated id kept once.
 */
export function crossFindingGroups(metas: DocumentMeta[], pairs: DocumentPairs, stored: StoredText, inputs: GroupInputs): FindingItem[] {
  const items = new Map<string, FindingItem>();
  const group = (kind: string, ids: string[], groupPairs: DocumentPairs, questionnaires: boolean): void => {
    const content = stored(kind, ids, () => {
      const alignments = new Map<string, Alignment>();
      for (const p of groupPairs.translations) {
        const alignment = inputs.alignmentOf(`${p.source}--${p.target}`);
        if (alignment) alignments.set(`${p.source}--${p.target}`, alignment);
      }
      const docs = ids.map(inputs.documentOf);
      const { findings, messages } = crossDocumentFindingsIn(docs, ids.flatMap(inputs.claimsOf), groupPairs, REPORT_LOCALE, OTHER_LOCALES, alignments, { questionnaires });
      return JSON.stringify(findings.map((f) => findingItem(f, messages, OTHER_LOCALES)));
    });
    for (const item of JSON.parse(content) as FindingItem[]) if (!items.has(item.id)) items.set(item.id, item);
  };
  for (const p of pairs.translations) group('cross-translation', [p.source, p.target], { translations: [p], versions: [] }, false);
  for (const p of pairs.versions) group('cross-version', [p.old, p.new], { translations: [], versions: [p] }, false);
  // A questionnaire is held against its vendor's papers (all of them: which are current is
  // decided inside, from their metadata).
  const papers = new Map<string, string[]>();
  for (const m of metas) {
    if (SHEET_FORMATS.has(m.format)) continue;
    const own = papers.get(m.vendor.id);
    if (own) own.push(m.id);
    else papers.set(m.vendor.id, [m.id]);
  }
  for (const sheet of metas.filter((m) => SHEET_FORMATS.has(m.format))) {
    const own = papers.get(sheet.vendor.id);
    if (own) group('cross-questionnaire', [sheet.id, ...own], { translations: [], versions: [] }, true);
  }
  return [...items.values()];
}

/**
 * findings.json (by document, offset, id; one finding per id, a cross-document one replacing a
 * document's own of the same id) and messages/<lang>.json (finding id -> message, same order).
 */
export function findingsFiles(summaries: DocumentSummary[], cross: FindingItem[]): Array<[string, string]> {
  const byDocument = new Map<string, Map<string, FindingItem>>();
  const add = (item: FindingItem): void => {
    let items = byDocument.get(item.documentId);
    if (!items) byDocument.set(item.documentId, (items = new Map()));
    items.set(item.id, item);
  };
  for (const s of summaries) for (const f of s.findings) add(f);
  for (const f of cross) add(f);
  const ordered = [...byDocument.keys()]
    .sort((a, b) => a.localeCompare(b))
    .flatMap((id) => [...byDocument.get(id)!.values()].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id)));
  const files: Array<[string, string]> = [['findings.json', joinJsonItems('[', ordered.map((f) => f.json))]];
  for (const locale of OTHER_LOCALES) {
    const members = ordered.filter((f) => f.messages[locale] !== undefined).map((f) => `  ${JSON.stringify(f.id)}: ${JSON.stringify(f.messages[locale])}`);
    files.push([`messages/${locale}.json`, joinJsonItems('{', members)]);
  }
  return files;
}
