/**
 * What the cross-document KB build needs of one document, apart from its text and model: its
 * metadata (pairs, vendor names, the manifest), and its claims and findings already serialised
 * as they stand in claims.json, findings.json and messages/<lang>.json. A re-ingest reads these
 * small summaries for unchanged documents (src/kb/build-kb.ts) instead of parsing every cached
 * document; the full analysis is loaded only where a result must be computed again.
 */
import type { Finding } from '../findings/types.ts';
import type { Locale } from '../i18n/index.ts';
import type { SeckbDocument } from '../model/types.ts';
import type { DocumentAnalysis } from './analyze.ts';

/** The document without its text and model; of its sections only the headings (pairing compares them). */
export type DocumentMeta = Omit<SeckbDocument, 'text' | 'sections' | 'sentences' | 'blocks' | 'pages' | 'sourceMap'> & {
  sections: Array<{ heading: string }>;
};

/** One finding as findings.json holds it, with what sorting and messages/<lang>.json need. */
export interface FindingItem {
  id: string;
  documentId: string;
  start: number;
  /** The finding as an element of findings.json (json() indentation, one level deep). */
  json: string;
  /** Its message in each other UI language. */
  messages: Partial<Record<Locale, string>>;
}

export interface DocumentSummary {
  meta: DocumentMeta;
  /** The document's claims as elements of claims.json ('' for none). */
  claims: string;
  findings: FindingItem[];
}

const HEAVY = new Set(['text', 'sections', 'sentences', 'blocks', 'pages', 'sourceMap']);

export function documentMeta(doc: SeckbDocument): DocumentMeta {
  const meta = Object.fromEntries(Object.entries(doc).filter(([k]) => !HEAVY.has(k))) as DocumentMeta;
  return { ...meta, sections: doc.sections.map((s) => ({ heading: s.heading })) };
}

/**
 * The elements of an array (or the members of an object) exactly as `json(value)` (write.ts)
 * writes them one level deep, joined by ",\n": '[\n' + items + '\n]\n' is json(value).
 */
export function jsonItems(value: unknown[] | Record<string, unknown>): string {
  const text = JSON.stringify(value, null, 2);
  return text.length <= 2 ? '' : text.slice(2, -2);
}

/** json() of an array or object given its items' pieces (jsonItems) in order. */
export function joinJsonItems(open: '[' | '{', pieces: string[]): string {
  const items = pieces.filter((p) => p !== '');
  const close = open === '[' ? ']' : '}';
  return items.length === 0 ? `${open}${close}\n` : `${open}\n${items.join(',\n')}\n${close}\n`;
}

/** A finding's element of findings.json, and its messages in `others`. */
export function findingItem(finding: Finding, messages: DocumentAnalysis['messages'], others: readonly Locale[]): FindingItem {
  const inOthers: FindingItem['messages'] = {};
  for (const locale of others) {
    const message = messages[locale]?.[finding.id];
    if (message !== undefined) inOthers[locale] = message;
  }
  return { id: finding.id, documentId: finding.documentId, start: finding.start, json: jsonItems([finding]), messages: inOthers };
}

export function summarize(analysis: DocumentAnalysis, others: readonly Locale[]): DocumentSummary {
  return {
    meta: documentMeta(analysis.document),
    claims: jsonItems(analysis.claims),
    findings: analysis.findings.map((f) => findingItem(f, analysis.messages, others)),
  };
}
