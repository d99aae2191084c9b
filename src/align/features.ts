/**
 * One alignable unit (a sentence, or a heading the model left out of `sentences`) and the
 * evidence the aligner compares: dictionary concepts, quantities, names, its language.
 */
import { findEntities, sameName, type SentenceEntities } from './entities.ts';
import { guessLanguage } from './language.ts';
import { findConcepts } from './lexicon.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import { tokenize } from './tokens.ts';

export interface Unit {
  start: number;
  end: number;
  text: string;
  /** Language the unit is written in (own guess when sure, else the model's). */
  lang: string;
  /** Language the model gave the sentence (document language for headings). */
  modelLang: string;
  concepts: string[];
  quantities: Quantity[];
  entities: SentenceEntities;
}

/** A confident guess overrides the model: short sentences are where models guess worst. */
export function unitLanguage(text: string, modelLang: string): string {
  const guess = guessLanguage(text);
  if (guess.lang && guess.margin >= 2) return guess.lang;
  return modelLang;
}

export function makeUnit(docText: string, start: number, end: number, modelLang: string): Unit {
  const text = docText.slice(start, end);
  const lang = unitLanguage(text, modelLang);
  return {
    start,
    end,
    text,
    lang,
    modelLang,
    concepts: findConcepts(tokenize(text), lang).map((h) => h.concept),
    quantities: findQuantities(text, lang),
    entities: findEntities(text, lang),
  };
}

/** Weight of each kind of evidence; numbers help but never carry a pair alone (issue 6). */
const WEIGHT = { concept: 1, entity: 1.5, name: 1.5, number: 0.6 };

interface Bag {
  weights: Map<string, number>;
  names: string[];
  total: number;
}

function bagOf(units: Unit[]): Bag {
  const weights = new Map<string, number>();
  const names: string[] = [];
  const add = (key: string, w: number) => weights.set(key, (weights.get(key) ?? 0) + w);
  for (const u of units) {
    for (const c of u.concepts) add(`c:${c}`, WEIGHT.concept);
    for (const e of u.entities.known) add(`e:${e.id}`, WEIGHT.entity);
    for (const q of u.quantities) add(`n:${q.value}`, WEIGHT.number);
    names.push(...u.entities.names);
  }
  let total = names.length * WEIGHT.name;
  for (const w of weights.values()) total += w;
  return { weights, names, total };
}

/**
 * Weighted Dice overlap of the evidence on two sides, 0..1; `undefined` when neither side has
 * any evidence (the caller then relies on length alone).
 */
export function similarity(a: Unit[], b: Unit[]): number | undefined {
  const x = bagOf(a);
  const y = bagOf(b);
  if (x.total + y.total === 0) return undefined;
  let shared = 0;
  for (const [key, w] of x.weights) {
    const v = y.weights.get(key);
    if (v !== undefined) shared += 2 * Math.min(w, v);
  }
  const used = new Set<number>();
  for (const n of x.names) {
    const j = y.names.findIndex((m, k) => !used.has(k) && sameName(n, m));
    if (j >= 0) {
      used.add(j);
      shared += 2 * WEIGHT.name;
    }
  }
  return shared / (x.total + y.total);
}
