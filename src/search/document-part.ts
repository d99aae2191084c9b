/**
 * One document's share of its language's search index, computed alone so a re-ingest analyses
 * only the documents that changed (the KB build caches each part; build.ts merges them). It holds
 * exactly what MiniSearch's `add` would contribute for the document's units (same tokenizer,
 * same term processing, same field lengths), with unit ids local to the document: the merge
 * turns them into MiniSearch short ids, so the merged files equal those of one MiniSearch index
 * built over all units (tests/search/document-part.test.ts checks that against MiniSearch).
 */
import type { SeckbDocument } from '../model/types.ts';
import { analyzeTerm, tokenize } from './analyzer.ts';
import { INDEX_FIELDS, shardLanguage, type SearchUnit } from './options.ts';
import type { SearchDocument } from './types.ts';
import { documentUnits } from './units.ts';

export interface DocumentSearchPart {
  /** Shard language (options.ts shardLanguage). */
  lang: string;
  /** The content of the document's `search/<lang>.d<n>.json` file. */
  record: string;
  units: number;
  /** Per unit, per field (INDEX_FIELDS order): the number of distinct tokens (MiniSearch's field length). */
  fieldLengths: number[];
  /** Per term: per field, [local unit, term frequency, local unit, term frequency, ...] with units ascending. */
  terms: Array<[string, ...number[][]]>;
}

function documentRecord(doc: SeckbDocument, units: SearchUnit[]): SearchDocument {
  const sections: SearchDocument['sections'] = [];
  const sectionIndex = new Map<string, number>();
  const units_: SearchDocument['units'] = units.map((u) => {
    if (!sectionIndex.has(u.sectionId)) {
      sectionIndex.set(u.sectionId, sections.length);
      sections.push([u.sectionId, u.heading, u.headingStart]);
    }
    return [sectionIndex.get(u.sectionId)!, u.start, u.text];
  });
  return { id: doc.id, source: doc.source, title: doc.title, vendor: doc.vendor.name, sections, units: units_ };
}

export function documentSearchPart(doc: SeckbDocument): DocumentSearchPart {
  const lang = shardLanguage(doc.language);
  const units = documentUnits(doc);
  const fieldLengths: number[] = [];
  const postings = new Map<string, number[][]>();
  units.forEach((unit, local) => {
    INDEX_FIELDS.forEach((field, fieldId) => {
      // As MiniSearch's add(): tokens of the field, its length the distinct tokens, then every
      // processed term of every token counted once per occurrence.
      const tokens = tokenize(unit[field]);
      fieldLengths.push(new Set(tokens).size);
      for (const token of tokens) {
        for (const term of analyzeTerm(token, lang)) {
          let fields = postings.get(term);
          if (!fields) postings.set(term, (fields = INDEX_FIELDS.map(() => [])));
          const list = fields[fieldId]!;
          if (list.length && list[list.length - 2] === local) list[list.length - 1]!++;
          else list.push(local, 1);
        }
      }
    });
  });
  return {
    lang,
    record: JSON.stringify(documentRecord(doc, units)),
    units: units.length,
    fieldLengths,
    terms: [...postings].map(([term, fields]) => [term, ...fields]),
  };
}
