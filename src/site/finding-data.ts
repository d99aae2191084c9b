/**
 * A document's findings as data, stored once for both UI languages inside its page
 * (/documents/<id>/, a JSON data block beside the claims, src/site/document-data.ts): the document
 * page of either language draws its findings table and its marks' titles from it in the browser
 * (src/site/client/finding-rows.ts), instead of each language's page carrying a rendered table.
 * The messages of every UI language are in it (a later language's left out when it is the
 * first's). Pure and browser-safe.
 */
import type { Finding, Severity } from '../findings/types.ts';

/** Another place of an inconsistency: [document id, its title, the text there]. */
export type RelatedPlace = [string, string, string];

/** [finding id, severity, kind, messages in LOCALES order, other places (own findings only)]. */
export type FindingRow = [string, Severity, string, string[], RelatedPlace[]?];

export interface FindingsData {
  /** The document's own findings, in the document's order. */
  own: FindingRow[];
  /** Findings of other documents whose other place is here: their marks here need titles. */
  at: FindingRow[];
}

/** Id of the data block in the document page. */
export const FINDINGS_DATA_ID = 'findings-data';

/**
 * Rows from the same findings in each UI language (`byLocale[i]` holds `findings` with the
 * messages of the i-th locale; ids are the same in all).
 */
export function findingRows(byLocale: Finding[][], titles: Record<string, string>, related: boolean): FindingRow[] {
  const [first = [], ...others] = byLocale;
  const messages = others.map((list) => new Map(list.map((f) => [f.id, f.message])));
  return first.map((f) => {
    const texts = [f.message, ...messages.map((m) => m.get(f.id) ?? f.message)];
    while (texts.length > 1 && texts.at(-1) === f.message) texts.pop();
    const row: FindingRow = [f.id, f.severity, f.kind, texts];
    const places = related ? (f.related ?? []).map((r): RelatedPlace => [r.documentId, titles[r.documentId] ?? r.documentId, r.excerpt]) : [];
    if (places.length) row.push(places);
    return row;
  });
}

/** The message of a row in the i-th locale (the first locale's when that one is left out). */
export const messageIn = (row: FindingRow, localeIndex: number): string => row[3][localeIndex] ?? row[3][0] ?? '';

/** The data as an inert JSON data block (never run; `<` escaped so no text can close the element). */
export function findingsDataBlock(data: FindingsData): string {
  const out: Partial<FindingsData> = {};
  if (data.own.length) out.own = data.own;
  if (data.at.length) out.at = data.at;
  return `<script type="application/json" id="${FINDINGS_DATA_ID}">${JSON.stringify(out).replace(/</g, '\\u003c')}</script>`;
}

const isRow = (r: unknown): r is FindingRow => Array.isArray(r) && typeof r[0] === 'string' && typeof r[1] === 'string' && typeof r[2] === 'string' && Array.isArray(r[3]);

/** The data back from a parsed document page; empty when the block is missing or malformed. */
export function readFindingsData(json: string | null | undefined): FindingsData {
  try {
    const data = JSON.parse(json ?? '{}') as Partial<Record<keyof FindingsData, unknown>>;
    const rows = (v: unknown): FindingRow[] => (Array.isArray(v) ? v.filter(isRow) : []);
    return { own: rows(data.own), at: rows(data.at) };
  } catch {
    return { own: [], at: [] };
  }
}
