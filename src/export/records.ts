/**
 * The engine-neutral records of `seckb export`: one per document, per search passage (the same
 * passages `seckb search` ranks, src/search/units.ts) and per claim. Ids are derived from the
 * KB's own stable ids, so re-exporting an unchanged KB gives the same records in the same order;
 * every offset (`start`/`end`) indexes into the document record's `text`, as in the KB.
 */
import type { Claim } from '../claims/types.ts';
import type { Kb } from '../kb/read.ts';
import type { SeckbDocument } from '../model/types.ts';
import { documentUnits } from '../search/units.ts';
import { append } from '../lists.ts';

/** What every record of one document repeats, so each index filters on it without joins. */
interface DocumentKeys {
  documentId: string;
  vendor: string;
  vendorName: string;
  lang: string;
}

export interface DocumentRecord {
  id: string;
  source: string;
  sha256: string;
  format: string;
  title: string;
  vendor: string;
  vendorName: string;
  product?: string;
  lang: string;
  /** false when seckb has no rules for the language (no claims are read from its prose). */
  supported: boolean;
  date?: string;
  version?: string;
  sections: number;
  passages: number;
  claims: number;
  /** The normalized text every offset of the other records indexes into. */
  text: string;
}

export interface PassageRecord extends DocumentKeys {
  id: string;
  title: string;
  sectionId: string;
  heading: string;
  text: string;
  start: number;
  end: number;
  /** Position of the passage in its document (0-based, text order). */
  order: number;
}

export interface ClaimRecord extends DocumentKeys {
  id: string;
  attribute: string;
  /** Always a string (engines want one type per field); `valueType` says what it was. */
  value: string;
  valueType: 'string' | 'number' | 'boolean';
  /** Set for numeric values, for range filters. */
  valueNumber?: number;
  /** `key=value`, sorted: filterable as a flat list in every engine. */
  qualifiers: string[];
  quote: string;
  start: number;
  end: number;
  sectionId: string;
}

export interface ExportRecords {
  documents: DocumentRecord[];
  passages: PassageRecord[];
  claims: ClaimRecord[];
}

/** Ids every engine accepts (Meilisearch: letters, digits, `-` and `_`, at most 511 bytes). */
const SAFE_ID = /^[A-Za-z0-9_-]{1,511}$/;

function checkedId(id: string, what: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`${what} id "${id}" is not a valid engine id; re-ingest the knowledge base`);
  return id;
}

function keysOf(doc: SeckbDocument): DocumentKeys {
  return { documentId: doc.id, vendor: doc.vendor.id, vendorName: doc.vendor.name, lang: doc.language };
}

function passageRecords(doc: SeckbDocument): PassageRecord[] {
  // Document ids are slugs ([a-z0-9-]) and section ids `s<n>`, so `_` cannot be ambiguous.
  return documentUnits(doc).map((unit, order) => ({
    id: checkedId(`${doc.id}_${unit.sectionId || 'pre'}_${unit.id.slice(unit.id.lastIndexOf(':') + 1)}`, 'passage'),
    ...keysOf(doc),
    title: doc.title,
    sectionId: unit.sectionId,
    heading: unit.heading,
    text: unit.text,
    start: unit.start,
    end: unit.start + unit.text.length,
    order,
  }));
}

function claimRecord(claim: Claim, doc: SeckbDocument): ClaimRecord {
  const valueType = typeof claim.value as ClaimRecord['valueType'];
  return {
    id: checkedId(claim.id, 'claim'),
    ...keysOf(doc),
    attribute: claim.attribute,
    value: String(claim.value),
    valueType,
    ...(valueType === 'number' ? { valueNumber: claim.value as number } : {}),
    qualifiers: Object.entries(claim.qualifiers).map(([k, v]) => `${k}=${String(v)}`).sort(),
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    sectionId: claim.sectionId,
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every record of a KB, each list sorted by id (documents in KB order, passages in text order). */
export function exportRecords(kb: Kb): ExportRecords {
  const unsupported = new Set(kb.manifest.documents.filter((e) => e.supported === false).map((e) => e.id));
  const docs = new Map(kb.documents.map((d) => [d.id, d]));
  const claims = new Map<string, ClaimRecord>();
  for (const claim of kb.claims) {
    const doc = docs.get(claim.documentId);
    // A claim repeated word for word in one place has one id: it is one record.
    if (doc && !claims.has(claim.id)) claims.set(claim.id, claimRecord(claim, doc));
  }
  const claimCount = new Map<string, number>();
  for (const c of claims.values()) claimCount.set(c.documentId, (claimCount.get(c.documentId) ?? 0) + 1);
  const documents: DocumentRecord[] = [];
  const passages: PassageRecord[] = [];
  for (const doc of kb.documents) {
    const own = passageRecords(doc);
    append(passages, own);
    documents.push({
      id: checkedId(doc.id, 'document'),
      source: doc.source,
      sha256: doc.sha256,
      format: doc.format,
      title: doc.title,
      vendor: doc.vendor.id,
      vendorName: doc.vendor.name,
      ...(doc.product ? { product: doc.product } : {}),
      lang: doc.language,
      supported: !unsupported.has(doc.id),
      ...(doc.date ? { date: doc.date } : {}),
      ...(doc.version ? { version: doc.version } : {}),
      sections: doc.sections.length,
      passages: own.length,
      claims: claimCount.get(doc.id) ?? 0,
      text: doc.text,
    });
  }
  return { documents, passages, claims: [...claims.values()].sort(byId) };
}
