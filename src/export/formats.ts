/**
 * What the two engines share in an export: the index names and primary keys, which record fields
 * are searchable (in importance order, as seckb boosts them), filterable and sortable, and NDJSON.
 */
import { FIELD_BOOST } from '../search/options.ts';
import type { ExportRecords } from './records.ts';

export const EXPORT_FORMATS = ['meilisearch', 'opensearch'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type RecordKind = keyof ExportRecords;

/** How a field is indexed: full text (analyzed), exact value, number, flag, or kept only. */
export type FieldType = 'text' | 'keyword' | 'integer' | 'double' | 'boolean' | 'stored';

export interface IndexPlan {
  kind: RecordKind;
  /** Every field a record of this index may have (the records' shape, see records.ts). */
  fields: Record<string, FieldType>;
  /** Index name (Meilisearch uid, OpenSearch index). */
  name: string;
  primaryKey: 'id';
  /** Most important first: seckb ranks a heading word over a passage word over the vendor/title. */
  searchable: string[];
  /** Relative weight of a searchable field where the engine takes one (default 1; options.ts FIELD_BOOST). */
  boost: Record<string, number>;
  filterable: string[];
  sortable: string[];
}

export const INDEXES: IndexPlan[] = [
  {
    kind: 'documents',
    name: 'seckb-documents',
    fields: {
      id: 'keyword', source: 'keyword', sha256: 'keyword', format: 'keyword', title: 'text', vendor: 'keyword', vendorName: 'text',
      product: 'keyword', lang: 'keyword', supported: 'boolean', date: 'keyword', version: 'keyword', sections: 'integer',
      passages: 'integer', claims: 'integer', text: 'stored',
    },
    primaryKey: 'id',
    searchable: ['title', 'vendorName', 'product'],
    boost: { title: 2 },
    filterable: ['vendor', 'lang', 'supported', 'format', 'product', 'date', 'version'],
    sortable: ['date', 'vendor'],
  },
  {
    kind: 'passages',
    name: 'seckb-passages',
    fields: {
      id: 'keyword', documentId: 'keyword', vendor: 'keyword', vendorName: 'text', lang: 'keyword', title: 'text',
      sectionId: 'keyword', heading: 'text', text: 'text', start: 'integer', end: 'integer', order: 'integer',
    },
    primaryKey: 'id',
    searchable: ['heading', 'text', 'title', 'vendorName'],
    boost: { heading: FIELD_BOOST.heading, text: FIELD_BOOST.text, title: FIELD_BOOST.doc, vendorName: FIELD_BOOST.doc },
    filterable: ['vendor', 'lang', 'documentId', 'sectionId'],
    sortable: ['documentId', 'order'],
  },
  {
    kind: 'claims',
    name: 'seckb-claims',
    fields: {
      id: 'keyword', documentId: 'keyword', vendor: 'keyword', vendorName: 'text', lang: 'keyword', attribute: 'keyword',
      value: 'keyword', valueType: 'keyword', valueNumber: 'double', qualifiers: 'keyword', quote: 'text', start: 'integer',
      end: 'integer', sectionId: 'keyword',
    },
    primaryKey: 'id',
    searchable: ['quote', 'value', 'attribute', 'vendorName'],
    boost: { vendorName: FIELD_BOOST.doc },
    filterable: ['vendor', 'lang', 'documentId', 'attribute', 'value', 'valueType', 'valueNumber', 'qualifiers', 'sectionId'],
    sortable: ['attribute', 'valueNumber'],
  },
];

/** One JSON value per line, each line ending in a newline (what both bulk APIs expect). */
export function ndjson(values: unknown[]): string {
  return values.map((v) => JSON.stringify(v) + '\n').join('');
}

/** The file every export holds: marks the folder as seckb's (the only kind `--out` replaces) and lists the rest. */
export const MARKER_FILE = 'seckb-export.json';
