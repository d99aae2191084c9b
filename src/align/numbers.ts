/**
 * Quantities in a sentence, normalized across locales so "99,95%" = "99.95 %", "30 dni" =
 * "30 days" and "dwa razy" = "twice" (word lists and units: rules/align/numbers.json).
 */
import hints from '../../rules/align/language.json' with { type: 'json' };
import forms from '../../rules/align/dates.json' with { type: 'json' };
import data from '../../rules/align/numbers.json' with { type: 'json' };
import { findStamps } from './dates.ts';
import { tokenize, type Token } from './tokens.ts';

export interface Quantity {
  /** Canonical value: "99.95", "30", or a dotted version "1.2.3". */
  value: string;
  /** Canonical unit id ("day", "percent", "times", ...), if one follows. */
  unit?: string;
  /** As written, number and unit: "30 dni". */
  text: string;
  start: number;
}

type Lang = 'en' | 'pl';
const LANGS: Lang[] = ['en', 'pl'];

function unitTable(lang: Lang): Map<string, string> {
  const table = new Map<string, string>();
  for (const [unit, forms] of Object.entries(data.units)) {
    for (const form of (forms as Record<Lang, string[]>)[lang]) table.set(form.toLowerCase(), unit);
  }
  return table;
}

const UNITS = { en: unitTable('en'), pl: unitTable('pl') };
const WORDS = data.words as Record<Lang, Record<string, number>>;
const MULTIPLIERS = data.multipliers as Record<Lang, Record<string, number>>;
const SKIP = { en: new Set(data.skipBeforeUnit.en), pl: new Set(data.skipBeforeUnit.pl) };
// The other language's number words count too (an untranslated sentence keeps its own), except
// where the word is a function word here: Polish "ten" (this) is not English ten.
const OWN_WORDS = { en: new Set(hints.en), pl: new Set(hints.pl) };

const PREFIXES = forms.compounds.prefixes as Record<string, number>;
const STEMS = forms.compounds.units as Record<string, string>;
const alternatives = (words: string[]) => words.sort((a, b) => b.length - a.length).join('|');
// "czternastodniowym", "dwudziestoczterogodzinny": number prefixes in a row, then a unit stem.
const COMPOUND = new RegExp(`^((?:${alternatives(Object.keys(PREFIXES))})+)(${alternatives(Object.keys(STEMS))})\\p{L}*$`, 'u');
const PREFIX = new RegExp(alternatives(Object.keys(PREFIXES)), 'gu');
const STEM_AFTER_HYPHEN = new RegExp(`^(${alternatives(Object.keys(STEMS))})\\p{L}*$`, 'u');

// Digits with thousands groups ("1 000", "10,000") or decimals ("99,95", "99.95", "1.2.3").
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)*)/gu;

function asLang(lang: string): Lang {
  return lang === 'pl' ? 'pl' : 'en';
}

/** "1 000" -> "1000", "99,95" -> "99.95", "10,000" (en) -> "10000", "1.2.3" stays. */
export function normalizeNumber(raw: string, lang: string): string {
  let s = raw.replace(/[ \u00a0\u202f]/g, '');
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas && dots) {
    // The later separator is the decimal one: "1,234.5" / "1.234,5".
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    s = s.split(decimal === ',' ? '.' : ',').join('').replace(',', '.');
  } else if (commas) {
    const thousands = commas > 1 || (asLang(lang) === 'en' && /^\d{1,3}(,\d{3})+$/.test(s));
    s = thousands ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (dots > 1) {
    if (asLang(lang) === 'pl' && /^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
    else return s.replace(/^0+(?=\d)/, '');
  }
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : s;
}

/** The unit right after `offset` (one filler word allowed: "30 working days"). */
function unitAfter(text: string, offset: number, lang: Lang): { unit: string; end: number } | undefined {
  const rest = text.slice(offset, offset + 40);
  if (/^\s?%/.test(rest)) return { unit: 'percent', end: offset + rest.indexOf('%') + 1 };
  const words = [...rest.matchAll(/[\p{L}]+/gu)].slice(0, 2);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Only whitespace (or nothing) may separate the number from its unit.
    const gap = rest.slice(i === 0 ? 0 : words[i - 1].index + words[i - 1][0].length, w.index);
    const lower = w[0].toLowerCase();
    // "30-day", "30-dniowym": a hyphen joins the number to its unit.
    if (i === 0 && gap === '-') {
      const unit = UNITS[lang].get(lower) ?? UNITS[lang === 'en' ? 'pl' : 'en'].get(lower) ?? STEMS[STEM_AFTER_HYPHEN.exec(lower)?.[1] ?? ''];
      return unit ? { unit, end: offset + w.index + w[0].length } : undefined;
    }
    if (!/^\s*$/.test(gap)) return undefined;
    // Other language's units too: an untranslated sentence keeps its own.
    const unit = UNITS[lang].get(lower) ?? UNITS[lang === 'en' ? 'pl' : 'en'].get(lower);
    if (unit) return { unit, end: offset + w.index + w[0].length };
    if (!SKIP[lang].has(lower)) return undefined;
  }
  return undefined;
}

/** All quantities in `text` (one sentence) written in `lang`, in order. */
export function findQuantities(text: string, lang: string): Quantity[] {
  const l = asLang(lang);
  const found: Quantity[] = [];
  const stamps = findStamps(text);
  const inStamp = new Uint8Array(text.length);
  for (const s of stamps) {
    inStamp.fill(1, s.start, s.end);
    if (s.value) found.push({ value: s.value, unit: s.unit, text: text.slice(s.start, s.end), start: s.start });
  }
  for (const m of text.matchAll(NUMBER)) {
    if (inStamp[m.index]) continue;
    const end = m.index + m[0].length;
    const unit = unitAfter(text, end, l);
    found.push({ value: normalizeNumber(m[0], l), unit: unit?.unit, text: text.slice(m.index, unit?.end ?? end), start: m.index });
  }
  for (const token of tokenize(text)) {
    if (inStamp[token.start]) continue;
    const compound = compoundQuantity(token, l);
    if (compound) {
      found.push(compound);
      continue;
    }
    for (const lang2 of [l, ...LANGS.filter((x) => x !== l)]) {
      if (lang2 !== l && OWN_WORDS[l].has(token.lower)) break;
      const word = WORDS[lang2][token.lower];
      const times = MULTIPLIERS[lang2][token.lower];
      if (word !== undefined) {
        const unit = unitAfter(text, token.end, lang2);
        found.push({ value: String(word), unit: unit?.unit, text: text.slice(token.start, unit?.end ?? token.end), start: token.start });
        break;
      }
      if (times !== undefined) {
        found.push({ value: String(times), unit: 'times', text: token.text, start: token.start });
        break;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "czternastodniowym" (14 days), "twelve-month", "trzy-miesięczny": a count and its unit in one word. */
function compoundQuantity(token: Token, lang: Lang): Quantity | undefined {
  const one = COMPOUND.exec(token.lower);
  if (one) {
    let value = 0;
    for (const p of one[1].match(PREFIX) ?? []) value += PREFIXES[p];
    return { value: String(value), unit: STEMS[one[2]], text: token.text, start: token.start };
  }
  const [head, tail, ...more] = token.lower.split('-');
  if (tail === undefined || more.length) return undefined;
  const value = WORDS[lang][head] ?? WORDS[lang === 'en' ? 'pl' : 'en'][head];
  const unit = UNITS[lang].get(tail) ?? UNITS[lang === 'en' ? 'pl' : 'en'].get(tail) ?? STEMS[STEM_AFTER_HYPHEN.exec(tail)?.[1] ?? ''];
  return value !== undefined && unit ? { value: String(value), unit, text: token.text, start: token.start } : undefined;
}

/** Minutes per unit of one scale: "72 hours" is "3 days", "12 months" is "a year" ("rok"). */
const SCALES: Array<Record<string, number>> = [
  { minute: 1, hour: 60, day: 1440, week: 10080 },
  { month: 1, year: 12 },
];

function sameDuration(x: Quantity, y: Quantity): boolean {
  if (!x.unit || !y.unit || x.unit === y.unit) return false;
  const scale = SCALES.find((s) => s[x.unit!] && s[y.unit!]);
  return scale !== undefined && Number(x.value) * scale[x.unit] === Number(y.value) * scale[y.unit];
}

export interface QuantityDiff {
  onlySource: Quantity[];
  onlyTarget: Quantity[];
}

/**
 * Quantities without a counterpart: first pair equal value and unit, then equal value where one
 * side has no unit ("24/7" vs "24 h" stays quiet, "24 h" vs "48 h" does not).
 */
export function diffQuantities(source: Quantity[], target: Quantity[]): QuantityDiff {
  const a = [...source];
  const b = [...target];
  const take = (match: (x: Quantity, y: Quantity) => boolean) => {
    for (let i = a.length - 1; i >= 0; i--) {
      const j = b.findIndex((y) => match(a[i], y));
      if (j >= 0) {
        a.splice(i, 1);
        b.splice(j, 1);
      }
    }
  };
  take((x, y) => x.value === y.value && x.unit === y.unit);
  take((x, y) => x.value === y.value && (!x.unit || !y.unit));
  take(sameDuration);
  return { onlySource: a, onlyTarget: b };
}
