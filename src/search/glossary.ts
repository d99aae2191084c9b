/**
 * Cross-lingual query expansion from rules/search/glossary.json: a query that contains any
 * glossary term (compared as folded stems, so "kopie zapasowe" matches "kopia zapasowa") is
 * also searched for every other term of that entry, in both languages.
 *
 * expandQuery('kopie zapasowe') -> ['backup', 'back-up', 'backed up', 'data backup', 'kopia zapasowa', ...]
 */
import glossaryData from '../../rules/search/glossary.json' with { type: 'json' };
import { termKey, words } from './analyzer.ts';

export interface GlossaryEntry {
  id: string;
  terms: Record<string, string[]>;
}

interface CompiledEntry {
  id: string;
  /** Every term of the entry, all languages, as written. */
  terms: string[];
  /** Per language: each term as a sequence of keys. */
  keys: Array<{ lang: string; seq: string[] }>;
}

const GLOSSARY_LANGS = ['en', 'pl'];

function keySequence(phrase: string, lang: string): string[] {
  return words(phrase)
    .map((w) => termKey(w.text, lang))
    .filter((k): k is string => k !== undefined);
}

/** Validates and compiles the glossary; errors name the file and entry. */
export function compileGlossary(data: { entries: Array<Record<string, unknown>> }): CompiledEntry[] {
  return data.entries.map((entry, i) => {
    const where = `rules/search/glossary.json: entry ${i + 1}`;
    if (typeof entry.id !== 'string' || !entry.id) throw new Error(`${where}: id missing`);
    const terms: string[] = [];
    const keys: CompiledEntry['keys'] = [];
    for (const lang of GLOSSARY_LANGS) {
      const list = entry[lang];
      if (!Array.isArray(list) || !list.length) throw new Error(`${where} (${entry.id}): "${lang}" must list terms`);
      for (const term of list) {
        if (typeof term !== 'string' || !term.trim()) throw new Error(`${where} (${entry.id}): empty term in "${lang}"`);
        const seq = keySequence(term, lang);
        if (!seq.length) throw new Error(`${where} (${entry.id}): "${term}" is only stop words`);
        terms.push(term);
        keys.push({ lang, seq });
      }
    }
    return { id: entry.id, terms: [...new Set(terms)], keys };
  });
}

const GLOSSARY = compileGlossary(glossaryData as { entries: Array<Record<string, unknown>> });

/** Start positions of `needle` in `haystack`. */
function sequenceStarts(haystack: string[], needle: string[]): number[] {
  const starts: number[] = [];
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    starts.push(i);
  }
  return starts;
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  return sequenceStarts(haystack, needle).length > 0;
}

/** Per language, the keys of the query's words (stop words dropped) and the word index of each. */
function queryKeyed(query: string): Map<string, { keys: string[]; at: number[] }> {
  const typed = words(query).map((w) => w.text);
  return new Map(
    GLOSSARY_LANGS.map((lang) => {
      const keys: string[] = [];
      const at: number[] = [];
      typed.forEach((w, i) => {
        const k = termKey(w, lang);
        if (k !== undefined) keys.push(k), at.push(i);
      });
      return [lang, { keys, at }];
    }),
  );
}

function queryKeys(query: string): Map<string, string[]> {
  return new Map([...queryKeyed(query)].map(([lang, { keys }]) => [lang, keys]));
}

/** Ids of the glossary entries a query mentions (in either language). */
export function matchGlossary(query: string): string[] {
  return glossaryMatches(query).map((m) => m.id);
}

export interface GlossaryMatch {
  id: string;
  /** Indices (into `words(query)`) of the typed words the entry was recognised in. */
  words: number[];
  /** Typed words that alone are a term of the entry ("backup"): they stand for all of `words`. */
  whole: number[];
  /** Every term of the entry, all languages, as written. */
  terms: string[];
}

/** The entries a query mentions, with the typed words each stands for. */
export function glossaryMatches(query: string): GlossaryMatch[] {
  const perLang = queryKeyed(query);
  const out: GlossaryMatch[] = [];
  for (const entry of GLOSSARY) {
    const covered = new Set<number>();
    const whole = new Set<number>();
    for (const { lang, seq } of entry.keys) {
      const { keys, at } = perLang.get(lang) ?? { keys: [], at: [] };
      for (const start of sequenceStarts(keys, seq)) {
        for (let j = 0; j < seq.length; j++) covered.add(at[start + j]!);
        if (seq.length === 1) whole.add(at[start]!);
      }
    }
    const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
    if (covered.size) out.push({ id: entry.id, words: sorted(covered), whole: sorted(whole), terms: entry.terms });
  }
  return out;
}

const POLISH_LETTERS = /[ąćęłńóśźż]/i;

/**
 * The language a query is written in, when there is evidence: Polish letters, or glossary terms
 * of one language only ("kopie zapasowe" -> pl, "retention period" -> en, "Frankfurt" -> none).
 */
export function queryLanguage(query: string): string | undefined {
  if (POLISH_LETTERS.test(query)) return 'pl';
  const perLang = queryKeys(query);
  const counts = new Map<string, number>();
  for (const entry of GLOSSARY) {
    for (const { lang, seq } of entry.keys) {
      if (containsSequence(perLang.get(lang) ?? [], seq)) counts.set(lang, (counts.get(lang) ?? 0) + seq.length);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return undefined;
  return ranked[0][0];
}

/** The phrases to search besides the query itself: every term of every matched entry. */
export function expandQuery(query: string): string[] {
  return [...new Set(glossaryMatches(query).flatMap((m) => m.terms))];
}
