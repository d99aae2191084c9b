/**
 * The per-language lexicons (rules/claims/{en,pl}.json) compiled into regular expressions once.
 * Every word the claim engine reads lives there; the code only names concepts.
 */
import en from '../../rules/claims/en.json' with { type: 'json' };
import pl from '../../rules/claims/pl.json' with { type: 'json' };
import { START, WORD_END, alternation, compileTerms, escapeRe, termSource } from './terms.ts';
import { TermLists, narrowBuild, narrowedRegExp } from '../regex/narrowed.ts';

interface LangData {
  negation: string[];
  negationAfter: string[];
  modalNegation: string[];
  /** Denials that reach up to ten words ("not ... any", "nie ... żadnych"). */
  farNegation?: string[];
  clauseBreaks: string[];
  numbers: Record<string, number>;
  units: Record<string, string[]>;
  every: string[];
  times: string[];
  adverbs: Record<string, string[]>;
  frequencyExclusions: string[];
  boundBare: string[];
  /** Whole phrases that are one duration ("half an hour", "pół roku"). */
  idioms?: Record<string, string[]>;
  /** Number prefixes fused with a unit adjective ("trzy" + "miesięczny"). */
  compoundNumbers?: Record<string, number>;
  compoundUnits?: Record<string, string[]>;
  concepts: Record<string, string[]>;
  subprocessorUse: string;
  /** Adjectives may follow their noun ("kopie miesięczne"). */
  adjectiveAfterNoun?: boolean;
}

export interface Lexicon {
  lang: string;
  /** A concept's terms as a global regex anchored at a word start; unknown names throw. */
  concept(name: string): RegExp;
  /** A concept's terms as an alternation source without anchor, to build larger patterns. */
  source(name: string): string;
  hasConcept(name: string): boolean;
  /** A pattern built from concepts, compiled once per lexicon under `key`. */
  memo(key: string, build: (lex: Lexicon) => RegExp): RegExp;
  negation: RegExp;
  negationAfter: RegExp;
  modalNegation: RegExp;
  farNegation: RegExp;
  clauseBreaks: string[];
  numbers: Record<string, number>;
  /** Number alternation source (digits or number words), no anchors. */
  numberSource: string;
  /** Unit alternation with one named group per unit code (D, W, M, Y, H, MIN). */
  unitSource: string;
  everySource: string;
  timesSource: string;
  boundBareSource: string;
  adverbs: Array<[string, RegExp]>;
  idioms: Array<[string, RegExp]>;
  compoundNumbers: Record<string, number>;
  /** "trzymiesięcznym": named group `c` (the number prefix), then one group per unit code; '' when none. */
  compoundSource: string;
  frequencyExclusions: RegExp;
  /** "we use X for ...": a capitalised name after it is a subprocessor in a subprocessor section. */
  subprocessorUse: RegExp;
  adjectiveAfterNoun: boolean;
}

/** "trzymiesięcznym": number prefixes fused with unit adjectives; with `lists`, as placeholders. */
function compoundSource(data: LangData, lists?: TermLists): string {
  const prefixes = Object.keys(data.compoundNumbers ?? {}).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const units = Object.entries(data.compoundUnits ?? {});
  if (prefixes.length === 0 || units.length === 0) return '';
  const unitAlt = units
    .map(([code, terms]) => `(?<${code}>${lists ? lists.placeholder(`compound:${code}`, () => terms.map(termSource)) : alternation(terms)})`)
    .join('|');
  const numbers = prefixes.map(escapeRe);
  return `(?<c>${lists ? lists.placeholder('compoundNumbers', () => numbers) : numbers.join('|')})(?:${unitAlt})`;
}

function compileLexicon(lang: string, data: LangData): Lexicon {
  const cache = new Map<string, RegExp>();
  const concepts = data.concepts;
  const terms = (name: string): string[] => {
    const list = concepts[name];
    if (!list) throw new Error(`rules/claims/${lang}.json: unknown concept "${name}"`);
    return list;
  };
  const words = Object.keys(data.numbers).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const numberSource = `(?:\\d+(?:[.,]\\d+)?|${words.map((w) => `${escapeRe(w)}${WORD_END}`).join('|')})`;
  const unitSource = Object.entries(data.units)
    .map(([code, list]) => `(?<${code}>${alternation(list)})`)
    .join('|');
  const built = new Map<string, RegExp>();
  const lists = new TermLists();
  const conceptList = (name: string) => lists.of(`concept:${name}`, () => terms(name).map(termSource));
  let recorder: Lexicon | undefined;
  const lex = {
    lang,
    memo(key: string, build: (l: Lexicon) => RegExp) {
      let re = built.get(key);
      if (!re) built.set(key, (re = narrowBuild(lex, (recorder ??= recording(lex, data, lists, terms)), lists, build)));
      return re;
    },
    concept(name: string): RegExp {
      let re = cache.get(name);
      if (!re) {
        re = terms(name).length === 0 ? compileTerms([]) : narrowedRegExp([START, conceptList(name)], 'giu');
        cache.set(name, re);
      }
      return re;
    },
    source: (name: string) => alternation(terms(name)),
    hasConcept: (name: string) => concepts[name] !== undefined,
    clauseBreaks: data.clauseBreaks,
    numbers: data.numbers,
    numberSource,
    unitSource,
    everySource: alternation(data.every),
    timesSource: alternation(data.times),
    boundBareSource: alternation(data.boundBare),
    compoundNumbers: data.compoundNumbers ?? {},
    compoundSource: compoundSource(data),
    adjectiveAfterNoun: data.adjectiveAfterNoun === true,
  } as Lexicon;
  // Regexes are made on first use: checking a rule file loads both lexicons and uses neither.
  lazily(lex, 'negation', () => compileTerms(data.negation));
  // After the anchor: a few words, or the rest of a label ("Two-factor login: not offered").
  lazily(lex, 'negationAfter', () => narrowedRegExp(['^[\\s):|–—-]*(?:(?:[\\p{L}-]+\\s+){0,4}?|(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+\\)?\\s?[:|]\\s*)', lists.of('negationAfter', () => data.negationAfter.map(termSource))], 'iu'));
  lazily(lex, 'modalNegation', () => compileTerms(data.modalNegation));
  lazily(lex, 'farNegation', () => compileTerms(data.farNegation ?? []));
  lazily(lex, 'adverbs', () => Object.entries(data.adverbs).map(([iso, list]) => [iso, compileTerms(list)]));
  lazily(lex, 'idioms', () => Object.entries(data.idioms ?? {}).map(([iso, list]) => [iso, compileTerms(list)]));
  lazily(lex, 'frequencyExclusions', () => compileTerms(data.frequencyExclusions));
  lazily(lex, 'subprocessorUse', () => new RegExp(`(?<![\\p{L}\\p{N}])${data.subprocessorUse}(\\p{Lu}[\\p{L}\\p{N}]*(?:[ .-]\\p{Lu}[\\p{L}\\p{N}]*)?)`, 'gu'));
  return lex;
}

/** The lexicon with every term list as a placeholder of `lists`: memo patterns compile narrowed. */
function recording(lex: Lexicon, data: LangData, lists: TermLists, terms: (name: string) => string[]): Lexicon {
  const termsOf = (key: string, list: string[]) => lists.placeholder(key, () => list.map(termSource));
  const words = Object.keys(data.numbers).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const recorder = Object.create(lex) as Lexicon;
  recorder.concept = (name) => ({ source: `${START}${termsOf(`concept:${name}`, terms(name))}` }) as RegExp;
  recorder.source = (name) => termsOf(`concept:${name}`, terms(name));
  lazily(recorder, 'numberSource', () =>
    words.length === 0 ? lex.numberSource : `(?:\\d+(?:[.,]\\d+)?|${lists.placeholder('numbers', () => words.map((w) => `${escapeRe(w)}${WORD_END}`))})`,
  );
  lazily(recorder, 'unitSource', () =>
    Object.entries(data.units)
      .map(([code, list]) => `(?<${code}>${termsOf(`unit:${code}`, list)})`)
      .join('|'),
  );
  lazily(recorder, 'everySource', () => termsOf('every', data.every));
  lazily(recorder, 'timesSource', () => termsOf('times', data.times));
  lazily(recorder, 'boundBareSource', () => termsOf('boundBare', data.boundBare));
  lazily(recorder, 'compoundSource', () => compoundSource(data, lists));
  return recorder;
}

/** Defines `key` on `obj` as made on first read, then kept. */
function lazily<T extends object, K extends keyof T>(obj: T, key: K, make: () => T[K]): void {
  Object.defineProperty(obj, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(obj, key, { value, enumerable: true });
      return value;
    },
  });
}

const LANG_DATA: Record<string, LangData> = { en: en as LangData, pl: pl as LangData };
/** Compiled on first use: an English-only run never compiles the Polish lexicon. */
const LEXICONS = new Map<string, Lexicon>();

/** Languages the claim rules are written for. */
export const CLAIM_LANGUAGES: readonly string[] = Object.keys(LANG_DATA);

/** The lexicon of a language; languages without one use English. */
export function lexiconFor(lang: string): Lexicon {
  const key = Object.hasOwn(LANG_DATA, lang) ? lang : 'en';
  let lex = LEXICONS.get(key);
  if (!lex) LEXICONS.set(key, (lex = compileLexicon(key, LANG_DATA[key])));
  return lex;
}
