/**
 * `seckb export`'s files, checked offline: every line parses, OpenSearch action/source lines pair
 * up, ids are unique, every record fits its index's declared fields, settings name only fields
 * that exist, offsets slice to their text, and the same KB gives the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { readKb } from '../../src/kb/read.ts';
import { buildExport } from '../../src/export/build.ts';
import { EXPORT_FORMATS, INDEXES, MARKER_FILE, type ExportFormat } from '../../src/export/formats.ts';
import { meiliSynonyms, stemQuery, stems } from '../../src/export/meilisearch.ts';
import { openSearchAnalysis } from '../../src/export/opensearch.ts';
import { synonymGroups } from '../../src/export/analysis.ts';
import { writeFixtureKb } from './kb-fixture.ts';

const kbDir = writeFixtureKb();
const kb = readKb(kbDir);

function lines(content: string): unknown[] {
  expect(content === '' || content.endsWith('\n')).toBe(true);
  return content.split('\n').slice(0, -1).map((line) => JSON.parse(line) as unknown);
}

/** Records per index name, from either format's data files. */
function recordsOf(files: Map<string, string>, format: ExportFormat): Map<string, Array<Record<string, unknown>>> {
  const out = new Map<string, Array<Record<string, unknown>>>();
  for (const plan of INDEXES) {
    const parsed = lines(files.get(format === 'meilisearch' ? `${plan.name}.ndjson` : `${plan.name}.bulk.ndjson`)!);
    if (format === 'meilisearch') {
      out.set(plan.name, parsed as Array<Record<string, unknown>>);
      continue;
    }
    expect(parsed.length % 2).toBe(0);
    const sources: Array<Record<string, unknown>> = [];
    for (let i = 0; i < parsed.length; i += 2) {
      const action = parsed[i] as { index?: { _index?: string; _id?: string } };
      const source = parsed[i + 1] as Record<string, unknown>;
      expect(Object.keys(action)).toEqual(['index']);
      expect(action.index).toEqual({ _index: plan.name, _id: source.id });
      sources.push(source);
    }
    out.set(plan.name, sources);
  }
  return out;
}

describe.each(EXPORT_FORMATS)('%s export', (format) => {
  const files = buildExport(kb, format);
  const records = recordsOf(files, format);
  const docs = new Map(kb.documents.map((d) => [d.id, d]));

  it('holds records of every kind, with unique ids that every engine accepts', () => {
    for (const plan of INDEXES) {
      const ids = records.get(plan.name)!.map((r) => r.id as string);
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
    }
    expect(records.get('seckb-documents')!.map((r) => r.id)).toEqual(kb.documents.map((d) => d.id));
  });

  it('every record has only its index\'s declared fields, of the declared kind', () => {
    for (const plan of INDEXES) {
      for (const record of records.get(plan.name)!) {
        for (const [key, value] of Object.entries(record)) {
          if (key === 'stems' && format === 'meilisearch') continue;
          const type = plan.fields[key];
          expect(type, `${plan.name}.${key}`).toBeDefined();
          const want = { text: 'string', keyword: 'string', stored: 'string', integer: 'number', double: 'number', boolean: 'boolean' }[type!];
          const values = Array.isArray(value) ? value : [value];
          for (const v of values) expect(typeof v, `${plan.name}.${key}`).toBe(want);
        }
      }
    }
  });

  it('offsets slice the document text to the passage and the quote', () => {
    for (const p of records.get('seckb-passages')!) expect(docs.get(p.documentId as string)!.text.slice(p.start as number, p.end as number)).toBe(p.text);
    for (const c of records.get('seckb-claims')!) expect(docs.get(c.documentId as string)!.text.slice(c.start as number, c.end as number)).toBe(c.quote);
    const doc = records.get('seckb-documents')!.find((d) => d.id === 'gamma-sikkerhed')!;
    expect(doc).toMatchObject({ lang: 'da', supported: false });
  });

  it('the marker lists every other file and the record counts', () => {
    const marker = JSON.parse(files.get(MARKER_FILE)!) as { seckb: { export: number }; format: string; indexes: Array<{ name: string; data: string; settings: string; records: number }> };
    expect(marker.format).toBe(format);
    const listed = marker.indexes.flatMap((i) => [i.data, i.settings]);
    expect([...listed, MARKER_FILE].sort()).toEqual([...files.keys()].sort());
    for (const index of marker.indexes) expect(index.records).toBe(records.get(index.name)!.length);
  });

  it('is deterministic: the same KB gives the same bytes', () => {
    expect(buildExport(readKb(kbDir), format)).toEqual(files);
  });
});

describe('settings name only fields that exist', () => {
  it('meilisearch: searchable, filterable, sortable and displayed attributes are record fields', () => {
    const files = buildExport(kb, 'meilisearch');
    for (const plan of INDEXES) {
      const settings = JSON.parse(files.get(`${plan.name}.settings.json`)!) as Record<string, string[]>;
      const present = new Set(lines(files.get(`${plan.name}.ndjson`)!).flatMap((r) => Object.keys(r as object)));
      for (const key of ['searchableAttributes', 'filterableAttributes', 'sortableAttributes', 'displayedAttributes']) {
        for (const field of settings[key]!) expect(field in plan.fields || field === 'stems', `${plan.name} ${key} ${field}`).toBe(true);
      }
      // Fields every record has: a filter on them never silently matches nothing.
      for (const field of ['vendor', 'lang']) expect(present.has(field)).toBe(true);
    }
  });

  it('opensearch: strict mappings, defined analyzers and filters, query fields that are mapped', () => {
    const files = buildExport(kb, 'opensearch');
    const marker = JSON.parse(files.get(MARKER_FILE)!) as { indexes: Array<{ name: string; queryFields: string[] }> };
    for (const plan of INDEXES) {
      const body = JSON.parse(files.get(`${plan.name}.index.json`)!) as {
        settings: { analysis: { analyzer: Record<string, { filter: string[] }>; filter: Record<string, unknown> } };
        mappings: { dynamic: string; properties: Record<string, { type: string; analyzer?: string; search_analyzer?: string; fields?: Record<string, { analyzer: string; search_analyzer: string }> }> };
      };
      expect(body.mappings.dynamic).toBe('strict');
      expect(Object.keys(body.mappings.properties).sort()).toEqual(Object.keys(plan.fields).sort());
      const { analyzer, filter } = body.settings.analysis;
      for (const chain of Object.values(analyzer)) for (const f of chain.filter) expect(f in filter || ['lowercase', 'asciifolding'].includes(f), f).toBe(true);
      const used = Object.values(body.mappings.properties).flatMap((m) => [m.analyzer, m.search_analyzer, ...Object.values(m.fields ?? {}).flatMap((s) => [s.analyzer, s.search_analyzer])]);
      for (const a of used.filter(Boolean)) expect(analyzer[a!], a).toBeDefined();
      // Synonyms only at search time (OpenSearch refuses synonym_graph in an index analyzer).
      for (const m of Object.values(body.mappings.properties)) if (m.analyzer) expect(analyzer[m.analyzer]!.filter).not.toContain('seckb_glossary');
      for (const field of marker.indexes.find((i) => i.name === plan.name)!.queryFields) {
        const [name, sub] = field.replace(/\^[\d.]+$/, '').split('.');
        expect(body.mappings.properties[name!], field).toBeDefined();
        if (sub) expect(body.mappings.properties[name!]!.fields?.[sub], field).toBeDefined();
      }
      for (const field of [...plan.filterable, ...plan.sortable]) expect(['text', 'stored']).not.toContain(plan.fields[field]);
    }
  });
});

describe('the analyzer as engine settings', () => {
  it('the glossary becomes synonyms both ways, as written and as stems', () => {
    const synonyms = meiliSynonyms();
    for (const group of synonymGroups()) {
      for (const { term } of group) for (const { term: other } of group) if (other !== term) expect(synonyms[term], term).toContain(other);
    }
    expect(synonyms['backup']).toContain('kopia zapasowa');
    // A client's stemmed query ("kopie zapasowe" -> "kop zapas ...") holds the stem phrase that maps to "backup".
    const stemPhrase = stems('kopia zapasowa', 'pl');
    expect(synonyms[stemPhrase]).toContain('backup');
    expect(stemQuery('kopie zapasowe')).toContain(stemPhrase);
  });

  it('stop words are the folded and written forms of seckb\'s list', () => {
    const stop = (openSearchAnalysis().filter as Record<string, { stopwords?: string[] }>).seckb_stop!.stopwords!;
    expect(stop).toContain('the');
    expect(stop).toEqual([...stop].sort());
  });
});
