/**
 * One alignable unit (a sentence, or a heading the model left out of `sentences`) and the
 * evidence the aligner compares: dictionary concepts, quantities, names, its language.
 */
import { cognateKeys } from './cognates.ts';
import { findEntities, sameName, type SentenceEntities } from './entities.ts';
import { guessLanguage } from './language.ts';
import { findConcepts } from './lexicon.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import { tokenize } from './tokens.ts';
import { append } from '../lists.ts';

export interface Unit {
  start: number;
  end: number;
  text: string;
  /** Language the unit is written in (own guess when sure, else the model's). */
  lang: string;
  /** Language the model gave the sentence (document language for headings). */
  modelLang: string;
  concepts: string[];
  /** Folded prefixes of long plain words the dictionary does not cover ({@link cognateKeys}). */
  cognates: string[];
  quantities: Quantity[];
  entities: SentenceEntities;
  /** The unit is a section heading: it pairs alone, never inside a 2-1 or 2-2 bead. */
  heading?: boolean;
  /**
   * Evidence weights of the document pair ({@link weighEvidence}): an item found in many units
   * tells less about which two go together. Shared by all units of one alignment.
   */
  rarity?: Map<string, number>;
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
  const tokens = tokenize(text);
  const hits = findConcepts(tokens, lang);
  const entities = findEntities(text, lang);
  const named = new Set(entities.names.map((n) => n.toLowerCase()));
  const covered = (t: { start: number; end: number; lower: string }) =>
    named.has(t.lower) || hits.some((h) => t.start >= h.start && t.end <= h.end);
  return {
    start,
    end,
    text,
    lang,
    modelLang,
    concepts: hits.map((h) => h.concept),
    cognates: cognateKeys(tokens, covered),
    quantities: findQuantities(text, lang),
    entities,
  };
}

/** Weight of each kind of evidence; numbers help but never carry a pair alone (issue 6). */
const WEIGHT = { concept: 1, cognate: 0.6, entity: 1.5, name: 1.5, number: 0.6 };

function evidenceKeys(u: Unit): string[] {
  return [
    ...u.concepts.map((c) => `c:${c}`),
    ...u.cognates.map((g) => `g:${g}`),
    ...u.entities.known.map((e) => `e:${e.id}`),
    ...u.quantities.map((q) => `n:${q.value}`),
  ];
}

/**
 * Scales each evidence item by how many units of the two documents carry it: an item in one
 * unit per side keeps weight 1, one in eight units 0.5 ("data", "security" say little about
 * which sentence is which). Sets `rarity` on every unit.
 */
export function weighEvidence(units: Unit[]): void {
  const df = new Map<string, number>();
  for (const u of units) for (const key of new Set(evidenceKeys(u))) df.set(key, (df.get(key) ?? 0) + 1);
  const rarity = new Map<string, number>();
  for (const [key, n] of df) rarity.set(key, Math.sqrt(2 / Math.max(n, 2)));
  for (const u of units) u.rarity = rarity;
}

interface Bag {
  weights: Map<string, number>;
  names: string[];
  total: number;
}

// Bags are built once per section's unit list and once per unit: the section and sentence
// aligners compare the same lists many times.
const bagCache = new WeakMap<object, Bag>();

function bagOf(units: Unit[]): Bag {
  const cacheKey = units.length === 1 ? units[0] : units;
  const cached = bagCache.get(cacheKey);
  if (cached) return cached;
  const bag = buildBag(units);
  bagCache.set(cacheKey, bag);
  return bag;
}

function buildBag(units: Unit[]): Bag {
  const weights = new Map<string, number>();
  const names: string[] = [];
  for (const u of units) {
    const add = (key: string, w: number) => weights.set(key, (weights.get(key) ?? 0) + w * (u.rarity?.get(key) ?? 1));
    for (const c of u.concepts) add(`c:${c}`, WEIGHT.concept);
    for (const g of u.cognates) add(`g:${g}`, WEIGHT.cognate);
    for (const e of u.entities.known) add(`e:${e.id}`, WEIGHT.entity);
    for (const q of u.quantities) add(`n:${q.value}`, WEIGHT.number);
    append(names, u.entities.names);
  }
  let total = names.length * WEIGHT.name;
  for (const w of weights.values()) total += w;
  return { weights, names, total };
}

/**
 * Share of `unit`'s own evidence (by weight) that `other` also has, 0..1; `undefined` when the
 * unit names nothing. Tells a sentence merged into a bead from one that belongs there.
 */
export function coverage(unit: Unit, other: Unit[]): number | undefined {
  const x = bagOf([unit]);
  if (x.total === 0) return undefined;
  const y = bagOf(other);
  let shared = 0;
  for (const [key, w] of x.weights) shared += Math.min(w, y.weights.get(key) ?? 0);
  for (const n of x.names) if (y.names.some((m) => sameName(n, m))) shared += WEIGHT.name;
  return shared / x.total;
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
