/**
 * A query, per language shard, as a MiniSearch query tree plus what ranking needs to know about
 * it: which typed word each analyzed term stands for (to count how many of the typed words a
 * passage covers), and which terms must be looked up in the term files (exact, prefix, fuzzy).
 *
 * Typed words are searched as typed (fuzzy by length, the last one also as a prefix); glossary
 * expansions are searched as whole phrases, boosted below the typed words, and stand for the
 * typed words they were recognised in ("kopie zapasowe" -> "backup" covers both words).
 */
import type { Query } from 'minisearch';
import { analyzeTerm, termKey, words, type Word } from './analyzer.ts';
import { glossaryMatches } from './glossary.ts';
import { EXPANSION_BOOST, PREFIX_MIN_CHARS, fuzzyDistance } from './options.ts';

export interface Lookup {
  term: string;
  prefix: boolean;
  fuzzy: boolean;
}

/** Typed words a passage covers when it matched, for each list in `need`, one of its terms. */
export interface Cover {
  words: number[];
  need: string[][];
}

export interface QueryPlan {
  tree: Query;
  /** What counts as covering which typed words: the word itself, its glued parts, a translation. */
  covers: Cover[];
  lookups: Lookup[];
}

/** The keys of a phrase in `lang`, one per word (stop words dropped). */
function keysOf(text: string, lang: string): string[] {
  return words(text)
    .map((w) => termKey(w.text, lang))
    .filter((k): k is string => k !== undefined);
}

/** The typed words a passage covers, given the analyzed query terms it matched. */
export function coveredWords(plan: QueryPlan, matched: Iterable<string>): Set<number> {
  const have = new Set(matched);
  const words = new Set<number>();
  for (const cover of plan.covers) {
    if (cover.need.every((terms) => terms.some((t) => have.has(t)))) for (const i of cover.words) words.add(i);
  }
  return words;
}

/** One typed word: the word as written, or (for a glued word) all of its parts. */
function wordQuery(word: Word, lang: string, last: boolean): Query {
  const prefix = last && word.text.length >= PREFIX_MIN_CHARS;
  const whole: Query = { queries: [word.text], fuzzy: (term: string) => fuzzyDistance(term), prefix };
  const parts = word.parts.filter((p) => analyzeTerm(p.text, lang).length);
  if (parts.length < 2) return whole;
  return { combineWith: 'OR', queries: [whole, { combineWith: 'AND', queries: parts.map((p) => p.text), fuzzy: false, prefix: false }] };
}

export function buildPlan(query: string, lang: string): QueryPlan | undefined {
  const all = words(query);
  const typed = all.map((w, i) => ({ w, i })).filter(({ w }) => analyzeTerm(w.text, lang).length);
  if (!typed.length) return undefined;
  const covers: Cover[] = [];
  const lookups: Lookup[] = [];
  const queries: Query[] = [];
  const lastIndex = typed[typed.length - 1]!.i;
  for (const { w, i } of typed) {
    const last = i === lastIndex;
    queries.push(wordQuery(w, lang, last));
    const terms = analyzeTerm(w.text, lang);
    covers.push({ words: [i], need: [terms] });
    for (const term of terms) lookups.push({ term, prefix: last && w.text.length >= PREFIX_MIN_CHARS, fuzzy: fuzzyDistance(term) > 0 });
    const partTerms = w.parts.map((p) => analyzeTerm(p.text, lang)).filter((t) => t.length);
    if (partTerms.length > 1) covers.push({ words: [i], need: partTerms });
    for (const term of partTerms.flat()) lookups.push({ term, prefix: false, fuzzy: false });
  }
  // Expansions, shortest first; one is skipped when it adds nothing: its keys are all typed
  // already, or contain those of a kept one that stands for the same typed words ("data backup"
  // after "backup" would only add "data", and a passage about data centres would match it).
  const typedKeys = new Set(keysOf(query, lang));
  const kept: Array<{ keys: string[]; words: number[] }> = [];
  for (const match of glossaryMatches(query)) {
    // A typed word that is itself a term of the entry translates the rest of the match too.
    for (const i of match.whole) covers.push({ words: match.words, need: [analyzeTerm(all[i]!.text, lang)] });
    const phrases = [...match.terms].map((p) => ({ p, keys: keysOf(p, lang) })).sort((a, b) => a.keys.length - b.keys.length || (a.p < b.p ? -1 : 1));
    for (const { p, keys } of phrases) {
      if (!keys.length || kept.some((k) => k.keys.every((key) => keys.includes(key)) && match.words.every((i) => k.words.includes(i)))) continue;
      kept.push({ keys, words: match.words });
      const phraseWords = words(p).filter((w) => analyzeTerm(w.text, lang).length);
      const need = phraseWords.map((w) => analyzeTerm(w.text, lang));
      covers.push({ words: match.words, need });
      // Typed already (searched at full weight): it still covers the words it translates.
      if (keys.every((k) => typedKeys.has(k))) continue;
      for (const term of need.flat()) lookups.push({ term, prefix: false, fuzzy: false });
      // Every word of the phrase must match, each in any of its forms (surface or stem).
      queries.push({
        combineWith: 'AND',
        queries: phraseWords.map((w): Query => ({ queries: [w.text], combineWith: 'OR' })),
        // A translation is looked for in the passage, not in the document title beside it.
        fields: ['heading', 'text'],
        fuzzy: false,
        prefix: false,
        // A phrase weighs as one typed word would, below it: its words and their forms share it.
        boostTerm: (_term: string, _i: number, forms: string[]) => EXPANSION_BOOST / (phraseWords.length * forms.length),
      });
    }
  }
  return { tree: { combineWith: 'OR', queries }, covers, lookups };
}
