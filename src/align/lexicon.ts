/**
 * The bilingual dictionary (rules/align/dictionary.json) compiled once: each form is stemmed and
 * indexed by its first stem, so a sentence maps to the concept ids both languages share.
 */
import dictionary from '../../rules/align/dictionary.json' with { type: 'json' };
import { sameStem, stem } from './stem.ts';
import { tokenize, type Token } from './tokens.ts';

interface Term {
  stems: string[];
  concept: string;
  /** Written capitalised in the dictionary ("May", "Windows"): only a capitalised word is it, not "may" or "windows". */
  capital: boolean;
}

type Index = Map<string, Term[]>;

/** One concept: an id and its forms per language (the shape of rules/align/dictionary.json entries). */
export interface DictionaryEntry {
  id: string;
  en: string[];
  pl: string[];
}

const LANGS = ['en', 'pl'] as const;
const indexes = new Map<string, Index>();
/** Entries from an optional run-time source (FreeDict), consulted after the built-in dictionary. */
let extraEntries: DictionaryEntry[] = [];
const extraIndexes = new Map<string, Index>();

/**
 * Adds concepts from an optional source, consulted only where the built-in dictionary finds none
 * and never used to tell names from words. Replaces what an earlier call added.
 */
export function setExtraEntries(entries: DictionaryEntry[]): void {
  extraEntries = entries;
  extraIndexes.clear();
}

export function extraEntryCount(): number {
  return extraEntries.length;
}

function key(s: string): string {
  return s.slice(0, 3);
}

function compile(lang: 'en' | 'pl', entries: DictionaryEntry[], origin: string): Index {
  const index: Index = new Map();
  entries.forEach((entry, i) => {
    const forms = (entry as unknown as Record<string, unknown>)[lang];
    if (!entry.id || !Array.isArray(forms) || forms.length === 0) {
      throw new Error(`${origin}: entry ${i + 1}: needs "id" and a non-empty "${lang}" list`);
    }
    for (const form of forms as string[]) {
      const stems = tokenize(form).map((t) => stem(t.text, lang));
      if (stems.length === 0) continue;
      const k = key(stems[0]);
      const list = index.get(k) ?? [];
      list.push({ stems, concept: entry.id, capital: /^\p{Lu}\p{Ll}/u.test(form) });
      index.set(k, list);
    }
  });
  // Longest terms first so "data centre" wins over "data".
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}

function indexFor(lang: string, extra = false): Index | undefined {
  if (!(LANGS as readonly string[]).includes(lang)) return undefined;
  const cache = extra ? extraIndexes : indexes;
  let index = cache.get(lang);
  if (!index) {
    index = extra ? compile(lang as 'en' | 'pl', extraEntries, 'extra dictionary') : compile(lang as 'en' | 'pl', dictionary.entries, 'rules/align/dictionary.json');
    cache.set(lang, index);
  }
  return index;
}

export interface ConceptHit {
  concept: string;
  start: number;
  end: number;
}

/**
 * Concepts named in `tokens` (a sentence in `lang`), longest match first, left to right; words
 * the built-in dictionary does not know are looked up in the extra source when `withExtra`.
 */
export function findConcepts(tokens: Token[], lang: string, withExtra = true): ConceptHit[] {
  const index = indexFor(lang);
  if (!index) return [];
  const extra = withExtra && extraEntries.length ? indexFor(lang, true) : undefined;
  const stems = tokens.map((t) => stem(t.text, lang));
  const hits: ConceptHit[] = [];
  const match = (idx: Index, i: number) =>
    (idx.get(key(stems[i])) ?? []).find(
      (c) => (!c.capital || /^\p{Lu}/u.test(tokens[i].text)) && c.stems.every((s, j) => i + j < stems.length && sameStem(s, stems[i + j], lang)),
    );
  for (let i = 0; i < tokens.length; ) {
    const term = match(index, i) ?? (extra ? match(extra, i) : undefined);
    if (term) {
      hits.push({ concept: term.concept, start: tokens[i].start, end: tokens[i + term.stems.length - 1].end });
      i += term.stems.length;
    } else i++;
  }
  return hits;
}

/** True when the dictionary knows this single word in `lang` (used to tell names from words). */
export function isDictionaryWord(word: string, lang: string): boolean {
  return findConcepts(tokenize(word), lang, false).length > 0;
}
