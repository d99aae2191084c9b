/**
 * The OpenSearch export: per index `<name>.index.json` (PUT /<name>: analysis settings and a
 * strict mapping) and `<name>.bulk.ndjson` (POST /_bulk: an action line, then the record).
 *
 * seckb's analyzer from built-in parts only (no plugin to install): each text field is indexed
 * folded (`seckb_fold`: lowercase, ASCII folding, seckb's stop words) with sub-fields `.en`
 * (Snowball English = Porter2, the stemmer seckb uses) and `.pl` (seckb's own Polish suffix rules
 * as one pattern_replace, see analysis.ts). Search analyzers add the glossary as synonym_graph
 * (search time only, as OpenSearch requires), after stemming. A query searches the field and both
 * sub-fields, so an exact form outranks a stem match, as in seckb. tests/export/lucene.test.ts
 * runs these settings through Lucene's own filters.
 */
import { polishStemPattern, stopWords, synonymGroups } from './analysis.ts';
import { INDEXES, ndjson, type FieldType, type IndexPlan } from './formats.ts';
import type { ExportRecords } from './records.ts';

const ANALYZER_CHAINS: Record<string, string[]> = {
  seckb_fold: ['lowercase', 'asciifolding', 'seckb_stop'],
  seckb_en: ['lowercase', 'seckb_stop', 'seckb_en_stem', 'asciifolding'],
  seckb_pl: ['lowercase', 'seckb_stop', 'seckb_pl_stem', 'asciifolding'],
};

/** The analysis block every index shares: filters, and each analyzer with its search twin. */
export function openSearchAnalysis(): Record<string, unknown> {
  const { pattern, replacement } = polishStemPattern();
  const analyzer: Record<string, unknown> = {};
  for (const [name, chain] of Object.entries(ANALYZER_CHAINS)) {
    analyzer[name] = { type: 'custom', tokenizer: 'standard', filter: chain };
    // Synonyms last: OpenSearch reads the rules through the filters before them, so a glossary
    // term matches by its stems ("kopie zapasowe" -> "kopia zapasowa"), as seckb's glossary does.
    analyzer[`${name}_search`] = { type: 'custom', tokenizer: 'standard', filter: [...chain, 'seckb_glossary'] };
  }
  return {
    filter: {
      seckb_stop: { type: 'stop', stopwords: stopWords() },
      seckb_en_stem: { type: 'snowball', language: 'English' },
      seckb_pl_stem: { type: 'pattern_replace', pattern, replacement, all: false },
      seckb_glossary: { type: 'synonym_graph', lenient: true, synonyms: synonymGroups().map((group) => group.map((t) => t.term).join(', ')) },
    },
    analyzer,
  };
}

const textField = (analyzer: string) => ({ type: 'text', analyzer, search_analyzer: `${analyzer}_search` });

function fieldMapping(type: FieldType): Record<string, unknown> {
  switch (type) {
    case 'text':
      return { ...textField('seckb_fold'), fields: { en: textField('seckb_en'), pl: textField('seckb_pl') } };
    case 'stored':
      return { type: 'text', index: false };
    default:
      return { type };
  }
}

/** PUT /<name> body: shared analysis, one shard per KB-sized index, a strict mapping of the plan's fields. */
export function openSearchIndex(plan: IndexPlan): Record<string, unknown> {
  return {
    settings: { index: { number_of_shards: 1 }, analysis: openSearchAnalysis() },
    mappings: {
      dynamic: 'strict',
      properties: Object.fromEntries(Object.entries(plan.fields).map(([name, type]) => [name, fieldMapping(type)])),
    },
  };
}

/** A stem match counts a bit less than the form as written (seckb indexes both; the exact one adds). */
const STEM_WEIGHT = 0.5;

/** multi_match fields for an index: each text field and its stemmed sub-fields (a stem match weighs less). */
export function openSearchQueryFields(plan: IndexPlan): string[] {
  return plan.searchable
    .filter((f) => plan.fields[f] === 'text')
    .flatMap((f) => {
      const boost = plan.boost[f] ?? 1;
      return [`${f}^${boost}`, `${f}.en^${STEM_WEIGHT * boost}`, `${f}.pl^${STEM_WEIGHT * boost}`];
    });
}

/** File name -> content of an OpenSearch export. */
export function openSearchFiles(records: ExportRecords): Map<string, string> {
  const files = new Map<string, string>();
  for (const plan of INDEXES) {
    const lines = (records[plan.kind] as Array<{ id: string }>).flatMap((r) => [{ index: { _index: plan.name, _id: r.id } }, r]);
    files.set(`${plan.name}.index.json`, JSON.stringify(openSearchIndex(plan), null, 2) + '\n');
    files.set(`${plan.name}.bulk.ndjson`, ndjson(lines));
  }
  return files;
}
