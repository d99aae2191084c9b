/**
 * The Meilisearch export: per index `<name>.ndjson` (POST /indexes/<name>/documents, content
 * type application/x-ndjson) and `<name>.settings.json` (PATCH /indexes/<name>/settings).
 *
 * Meilisearch has no stemming and no custom analyzers: its tokenizer lowercases and folds
 * diacritics, stop words and synonyms are settings. Stemming is carried in the records instead:
 * passages and claims have a `stems` field holding seckb's own folded stems of their words
 * (termKey, the key glossary matching uses), so a client that sends the query's stems (same
 * analyzer, browser-safe) with `attributesToSearchOn: ["stems"]` matches "kopie" to "kopiami".
 */
import { termKey, tokenizeWithOffsets } from '../search/analyzer.ts';
import { fuzzyDistance, STEMMED_LANGUAGES } from '../search/options.ts';
import { stopWords, synonymGroups } from './analysis.ts';
import { INDEXES, ndjson, type IndexPlan } from './formats.ts';
import type { ExportRecords } from './records.ts';

/** seckb's analyzer keys of a text's words and glued parts in a language, each once, in text order. */
export function stems(text: string, lang: string): string {
  const keys = new Set<string>();
  for (const token of tokenizeWithOffsets(text)) {
    const key = termKey(token.text, lang);
    if (key) keys.add(key);
  }
  return [...keys].join(' ');
}

/** What a client sends to search `stems`: the query's keys in every stemmed language (its language is unknown). */
export function stemQuery(query: string): string {
  return [...new Set(STEMMED_LANGUAGES.flatMap((lang) => stems(query, lang).split(' ')).filter(Boolean))].join(' ');
}

/**
 * Each glossary term maps to every other term of its entry (Meilisearch synonyms are one-way),
 * as written and as its stems, so a stemmed query ("kop zapas") expands like a typed one.
 */
export function meiliSynonyms(): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const entry of synonymGroups()) {
    const group = [...new Set(entry.flatMap(({ term, lang }) => [term, stems(term, lang)]).filter(Boolean))];
    for (const term of group) {
      const others = map.get(term) ?? new Set<string>();
      for (const other of group) if (other !== term) others.add(other);
      map.set(term, others);
    }
  }
  return Object.fromEntries([...map.keys()].sort().map((term) => [term, [...map.get(term)!].sort()]));
}

/** The smallest word lengths at which seckb allows one and two typos (options.ts fuzzyDistance). */
function typoSizes(): { oneTypo: number; twoTypos: number } {
  let oneTypo = 1;
  while (fuzzyDistance('x'.repeat(oneTypo)) < 1) oneTypo++;
  let twoTypos = oneTypo;
  while (fuzzyDistance('x'.repeat(twoTypos)) < 2) twoTypos++;
  return { oneTypo, twoTypos };
}

const WITH_STEMS = new Set<IndexPlan['kind']>(['passages', 'claims']);

export function meiliSettings(plan: IndexPlan): Record<string, unknown> {
  const withStems = WITH_STEMS.has(plan.kind);
  return {
    searchableAttributes: [...plan.searchable, ...(withStems ? ['stems'] : [])],
    // Everything but the stems, which only serve matching.
    displayedAttributes: Object.keys(plan.fields),
    filterableAttributes: plan.filterable,
    sortableAttributes: plan.sortable,
    stopWords: stopWords(),
    synonyms: meiliSynonyms(),
    typoTolerance: { enabled: true, minWordSizeForTypos: typoSizes() },
  };
}

function withStems(kind: IndexPlan['kind'], records: ExportRecords): unknown[] {
  if (kind === 'passages') return records.passages.map((p) => ({ ...p, stems: stems(`${p.heading}\n${p.text}`, p.lang) }));
  if (kind === 'claims') return records.claims.map((c) => ({ ...c, stems: stems(c.quote, c.lang) }));
  return records[kind];
}

/** File name -> content of a Meilisearch export. */
export function meilisearchFiles(records: ExportRecords): Map<string, string> {
  const files = new Map<string, string>();
  for (const plan of INDEXES) {
    files.set(`${plan.name}.ndjson`, ndjson(withStems(plan.kind, records)));
    files.set(`${plan.name}.settings.json`, JSON.stringify(meiliSettings(plan), null, 2) + '\n');
  }
  return files;
}
