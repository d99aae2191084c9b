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
}

type Index = Map<string, Term[]>;

const LANGS = ['en', 'pl'] as const;
const indexes = new Map<string, Index>();

function key(s: string): string {
  return s.slice(0, 3);
}

function compile(lang: 'en' | 'pl'): Index {
  const index: Index = new Map();
  dictionary.entries.forEach((entry, i) => {
    const forms = (entry as Record<string, unknown>)[lang];
    if (!entry.id || !Array.isArray(forms) || forms.length === 0) {
      throw new Error(`rules/align/dictionary.json: entry ${i + 1}: needs "id" and a non-empty "${lang}" list`);
    }
    for (const form of forms as string[]) {
      const stems = tokenize(form).map((t) => stem(t.text, lang));
      if (stems.length === 0) continue;
      const k = key(stems[0]);
      const list = index.get(k) ?? [];
      list.push({ stems, concept: entry.id });
      index.set(k, list);
    }
  });
  // Longest terms first so "data centre" wins over "data".
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}

function indexFor(lang: string): Index | undefined {
  if (!(LANGS as readonly string[]).includes(lang)) return undefined;
  let index = indexes.get(lang);
  if (!index) {
    index = compile(lang as 'en' | 'pl');
    indexes.set(lang, index);
  }
  return index;
}

export interface ConceptHit {
  concept: string;
  start: number;
  end: number;
}

/** Concepts named in `tokens` (a sentence in `lang`), longest match first, left to right. */
export function findConcepts(tokens: Token[], lang: string): ConceptHit[] {
  const index = indexFor(lang);
  if (!index) return [];
  const stems = tokens.map((t) => stem(t.text, lang));
  const hits: ConceptHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = index.get(key(stems[i])) ?? [];
    const term = candidates.find((c) => c.stems.every((s, j) => i + j < stems.length && sameStem(s, stems[i + j], lang)));
    if (term) {
      hits.push({ concept: term.concept, start: tokens[i].start, end: tokens[i + term.stems.length - 1].end });
      i += term.stems.length;
    } else i++;
  }
  return hits;
}

/** True when the dictionary knows this single word in `lang` (used to tell names from words). */
export function isDictionaryWord(word: string, lang: string): boolean {
  return findConcepts(tokenize(word), lang).length > 0;
}
