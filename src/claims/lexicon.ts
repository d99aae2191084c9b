/**
 * Compiles the claim lexicons (rules/claims/{en,pl,common}.json) into regular expressions once.
 * A term is a regex source matched at a word start, so a stem ("szyfrow") matches every
 * inflected form; a trailing `$` means the word must end there.
 */
import en from '../../rules/claims/en.json' with { type: 'json' };
import pl from '../../rules/claims/pl.json' with { type: 'json' };
import common from '../../rules/claims/common.json' with { type: 'json' };

export interface Hit {
  start: number;
  end: number;
  /** The table key the hit stands for (provider id, country code...), or the matched text. */
  key: string;
}

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

const START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

/** One term to a regex source: a trailing `$` becomes a word end. */
export function termSource(term: string): string {
  // A space in a term is any run of white space: plain-text exports break lines mid-phrase
  // ("kopiach\nzapasowych"). Spaces inside [...] stay as they are.
  const t = term.replace(/ (?![^[]*\])(?=[?*+{])/g, '\\s').replace(/ (?![^[]*\])(?![?*+{])/g, '\\s+');
  return t.endsWith('$') && !t.endsWith('\\$') ? `${t.slice(0, -1)}${WORD_END}` : t;
}

/** Alternation of terms, each anchored at a word start. */
export function alternation(terms: string[]): string {
  return `(?:${terms.map(termSource).join('|')})`;
}

export function compileTerms(terms: string[], flags = 'giu'): RegExp {
  if (terms.length === 0) return /(?!)/gu;
  return new RegExp(`${START}${alternation(terms)}`, flags);
}

/** All hits of a global regex, as [start, end). */
export function allHits(re: RegExp, text: string, key = ''): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, key: key || m[0] });
  }
  return out;
}

/** A keyed table (provider -> patterns, ...) compiled to one regex per key. */
export class Table {
  private readonly entries: Array<[string, RegExp]>;
  constructor(table: Record<string, string[]>, flags = 'giu', end = '') {
    this.entries = Object.entries(table).map(([key, terms]) => [
      key,
      new RegExp(`${START}${alternation(terms)}${end}`, flags),
    ]);
  }
  /** Hits sorted by start; where hits overlap the longer one wins. */
  find(text: string): Hit[] {
    const hits = this.entries.flatMap(([key, re]) => allHits(re, text, key));
    hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.key.localeCompare(b.key));
    const out: Hit[] = [];
    for (const h of hits) {
      const last = out[out.length - 1];
      if (last && h.start < last.end) continue;
      out.push(h);
    }
    return out;
  }
  keys(): string[] {
    return this.entries.map(([k]) => k);
  }
}

export interface Lexicon {
  lang: string;
  concept(name: string): RegExp;
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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compoundSource(data: LangData): string {
  const prefixes = Object.keys(data.compoundNumbers ?? {}).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const units = Object.entries(data.compoundUnits ?? {});
  if (prefixes.length === 0 || units.length === 0) return '';
  const unitAlt = units.map(([code, terms]) => `(?<${code}>${alternation(terms)})`).join('|');
  return `(?<c>${prefixes.map(escapeRe).join('|')})(?:${unitAlt})`;
}

function compileLexicon(lang: string, data: LangData): Lexicon {
  const cache = new Map<string, RegExp>();
  const concepts = data.concepts;
  const words = Object.keys(data.numbers).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const numberSource = `(?:\\d+(?:[.,]\\d+)?|${words.map((w) => `${escapeRe(w)}${WORD_END}`).join('|')})`;
  const unitSource = Object.entries(data.units)
    .map(([code, terms]) => `(?<${code}>${alternation(terms)})`)
    .join('|');
  return {
    lang,
    concept(name: string): RegExp {
      let re = cache.get(name);
      if (!re) {
        const terms = concepts[name];
        if (!terms) throw new Error(`rules/claims/${lang}.json: unknown concept "${name}"`);
        re = compileTerms(terms);
        cache.set(name, re);
      }
      return re;
    },
    negation: compileTerms(data.negation),
    negationAfter: new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,4}?${alternation(data.negationAfter)}`, 'iu'),
    modalNegation: compileTerms(data.modalNegation),
    farNegation: compileTerms(data.farNegation ?? []),
    clauseBreaks: data.clauseBreaks,
    numbers: data.numbers,
    numberSource,
    unitSource,
    everySource: alternation(data.every),
    timesSource: alternation(data.times),
    boundBareSource: data.boundBare.length ? alternation(data.boundBare) : '(?!)',
    adverbs: Object.entries(data.adverbs).map(([iso, terms]) => [iso, compileTerms(terms)]),
    idioms: Object.entries(data.idioms ?? {}).map(([iso, terms]) => [iso, compileTerms(terms)]),
    compoundNumbers: data.compoundNumbers ?? {},
    compoundSource: compoundSource(data),
    frequencyExclusions: compileTerms(data.frequencyExclusions),
    adjectiveAfterNoun: data.adjectiveAfterNoun === true,
    subprocessorUse: new RegExp(`${START}${data.subprocessorUse}(\\p{Lu}[\\p{L}\\p{N}]*(?:[ .-]\\p{Lu}[\\p{L}\\p{N}]*)?)`, 'gu'),
  };
}

const LEXICONS: Record<string, Lexicon> = {
  en: compileLexicon('en', en as LangData),
  pl: compileLexicon('pl', pl as LangData),
};

/** The lexicon of a language; languages without one use English. */
export function lexiconFor(lang: string): Lexicon {
  return LEXICONS[lang] ?? LEXICONS.en;
}

// Country and city names are proper nouns: case-sensitive, and they may be glued to a following
// capitalised word ("FrankfurtData") because extraction from PDFs joins words.
const PROPER_END = '(?!\\p{Ll})';

export interface RegionDef {
  provider: string;
  code: string;
  country: string;
  names: string[];
  cities: string[];
  /** The provider's own display name where it differs from the code ("West Europe"). */
  label?: string;
  /** Where the region is, per locale ("Frankfurt" / "Frankfurt nad Menem"). */
  place?: Record<string, string>;
}

export const COMMON = {
  providers: new Table(common.providers),
  certifications: new Table(common.certifications),
  /** Report types written after SOC 1 / SOC 2 ("Type II" -> "2"). */
  certTypes: new Table(common.certTypes),
  countries: new Table(common.countries, 'gu', PROPER_END),
  cities: new Table(common.cities, 'gu', PROPER_END),
  regions: common.regions as RegionDef[],
  regionNames: new Map<string, Table>(),
  regionCities: new Map<string, Table>(),
  tables: {
    exportFormats: new Table(common.exportFormats),
    sso: new Table(common.sso),
    keyManagement: new Table(common.keyManagement),
    algorithms: new Table(common.algorithms),
  } as Record<string, Table>,
  subprocessors: new Table(common.subprocessors),
  subprocessorPurposes: new Table(common.subprocessorPurposes),
  orgSuffix: new RegExp(`[\\s,]+(?:${common.orgSuffixes.join('|')})\\s*$`, 'u'),
};

for (const provider of new Set(COMMON.regions.map((r) => r.provider))) {
  const regions = COMMON.regions.filter((r) => r.provider === provider);
  COMMON.regionNames.set(provider, new Table(Object.fromEntries(regions.map((r) => [r.code, r.names])), 'giu'));
  COMMON.regionCities.set(provider, new Table(Object.fromEntries(regions.map((r) => [r.code, r.cities])), 'gu', PROPER_END));
}

export function regionDef(provider: string, code: string): RegionDef | undefined {
  return COMMON.regions.find((r) => r.provider === provider && r.code === code);
}

/** Providers that have more than one region in a city: a city then names no single region. */
export function regionsByCity(provider: string, code: string): number {
  const def = regionDef(provider, code);
  if (!def) return 0;
  return COMMON.regions.filter((r) => r.provider === provider && r.cities.some((c) => def.cities.includes(c))).length;
}

/** "SerwerSMS.pl", "Acme Mail Sp. z o.o." -> "serwersms", "acme-mail": no legal form, no web domain. */
export function organisationSlug(name: string): string {
  let n = name.trim();
  for (let i = 0; i < 2; i++) n = n.replace(COMMON.orgSuffix, '').replace(/[,;:]+$/, '').trim();
  n = n.replace(/\.(?:com|net|org|io|pl|eu|de|co\.uk|uk|fr|se|nl|no|fi|dk|app|cloud)$/i, '');
  return n
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
