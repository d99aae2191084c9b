/**
 * The Snowball English ("Porter2") stemmer, written out from the published algorithm so the
 * browser's search script does not ship snowball-stemmers' 29 other languages (~250 KB).
 * Output is checked against snowball-stemmers' `english` on a large word list
 * (tests/site/porter2.test.ts); change nothing here without that test.
 * Input: one lower-case word. Browser-safe, no dependencies.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isV = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);
const isNonV = (c: string | undefined): boolean => c !== undefined && !VOWELS.has(c);
const DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
const LI_ENDINGS = new Set(['c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't']);

/** Whole words with a fixed answer (checked before anything else). */
const EXCEPTION1: ReadonlyMap<string, string> = new Map(Object.entries({
  skis: 'ski',
  skies: 'sky',
  dying: 'die',
  lying: 'lie',
  tying: 'tie',
  idly: 'idl',
  gently: 'gentl',
  ugly: 'ugli',
  early: 'earli',
  only: 'onli',
  singly: 'singl',
  sky: 'sky',
  news: 'news',
  howe: 'howe',
  atlas: 'atlas',
  cosmos: 'cosmos',
  bias: 'bias',
  andes: 'andes',
}));

/** Words left as they are after step 1a. */
const EXCEPTION2 = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);

/** Prefixes whose R1 starts right after them (gener-al, commun-ity, arsen-ic). */
const R1_PREFIXES = ['gener', 'commun', 'arsen'];

// Step 2, 3, 4 suffixes: [suffix, replacement]; '' = delete. Longest match wins, then its region test.
const STEP2: Array<[string, string]> = [
  ['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'],
  ['tional', 'tion'], ['biliti', 'ble'], ['lessli', 'less'],
  ['entli', 'ent'], ['ation', 'ate'], ['alism', 'al'], ['aliti', 'al'], ['ousli', 'ous'], ['iviti', 'ive'], ['fulli', 'ful'],
  ['enci', 'ence'], ['anci', 'ance'], ['abli', 'able'], ['izer', 'ize'], ['ator', 'ate'], ['alli', 'al'],
  ['bli', 'ble'], ['ogi', 'og'], ['li', ''],
];
const STEP3: Array<[string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ative', ''],
  ['ical', 'ic'], ['ness', ''], ['ful', ''],
];
const STEP4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion', 'al', 'er', 'ic'];

function longest<T extends string | [string, string]>(w: string, list: T[]): T | undefined {
  let best: T | undefined;
  for (const item of list) {
    const s = typeof item === 'string' ? item : item[0];
    if (w.endsWith(s) && (best === undefined || s.length > (typeof best === 'string' ? best : best[0]).length)) best = item;
  }
  return best;
}

function hasVowel(s: string): boolean {
  for (const c of s) if (isV(c)) return true;
  return false;
}

/** A short syllable ends `s`: non-vowel (not w, x, Y) + vowel + non-vowel, or vowel + non-vowel at the start. */
function endsShort(s: string): boolean {
  const n = s.length;
  const last = s[n - 1];
  if (!isNonV(last) || !isV(s[n - 2])) return false;
  if (n === 2) return true;
  return last !== 'w' && last !== 'x' && last !== 'Y' && isNonV(s[n - 3]);
}

/** Start of R1 and R2 (string length when empty). */
function regions(w: string): [number, number] {
  const afterVNonV = (from: number): number => {
    let i = from;
    while (i < w.length && !isV(w[i])) i++;
    while (i < w.length && isV(w[i])) i++;
    return i < w.length ? i + 1 : w.length;
  };
  const prefix = R1_PREFIXES.find((p) => w.startsWith(p));
  const p1 = prefix ? prefix.length : afterVNonV(0);
  return [p1, afterVNonV(p1)];
}

export function porter2(word: string): string {
  const fixed = EXCEPTION1.get(word);
  if (fixed !== undefined) return fixed;
  if (word.length < 3) return word;

  // Prelude: one leading apostrophe goes; y at the start or after a vowel is a consonant (Y).
  let w = word.startsWith("'") ? word.slice(1) : word;
  let yFound = false;
  if (w.startsWith('y')) {
    w = `Y${w.slice(1)}`;
    yFound = true;
  }
  for (let i = 0; i < w.length - 1; i++) {
    if (isV(w[i]) && w[i + 1] === 'y') {
      w = `${w.slice(0, i + 1)}Y${w.slice(i + 2)}`;
      yFound = true;
    }
  }
  const [p1, p2] = regions(w);

  // Step 0 and 1a.
  for (const s of ["'s'", "'s", "'"]) {
    if (w.endsWith(s)) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ied') || w.endsWith('ies')) w = w.length - 3 >= 2 ? `${w.slice(0, -3)}i` : `${w.slice(0, -3)}ie`;
  else if (w.endsWith('us') || w.endsWith('ss')) {
    // kept
  } else if (w.endsWith('s') && w.length >= 2 && hasVowel(w.slice(0, -2))) w = w.slice(0, -1);

  if (!EXCEPTION2.has(w)) {
    w = step1b(w, p1);
    // Step 1c: y/Y after a non-vowel that is not the first letter -> i.
    const n = w.length;
    if ((w[n - 1] === 'y' || w[n - 1] === 'Y') && n > 2 && isNonV(w[n - 2])) w = `${w.slice(0, -1)}i`;
    w = step2(w, p1);
    w = step3(w, p1, p2);
    w = step4(w, p2);
    w = step5(w, p1, p2);
  }
  return yFound ? w.replace(/Y/g, 'y') : w;
}

function step1b(w: string, p1: number): string {
  const suffix = longest(w, ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed']);
  if (!suffix) return w;
  const start = w.length - suffix.length;
  if (suffix === 'eed' || suffix === 'eedly') return start >= p1 ? `${w.slice(0, start)}ee` : w;
  const stem = w.slice(0, start);
  if (!hasVowel(stem)) return w;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  if (DOUBLES.has(stem.slice(-2))) return stem.slice(0, -1);
  if (stem.length === p1 && endsShort(stem)) return `${stem}e`;
  return stem;
}

function step2(w: string, p1: number): string {
  const hit = longest(w, STEP2);
  if (!hit) return w;
  const start = w.length - hit[0].length;
  if (start < p1) return w;
  if (hit[0] === 'ogi' && w[start - 1] !== 'l') return w;
  if (hit[0] === 'li' && !LI_ENDINGS.has(w[start - 1] ?? '')) return w;
  return w.slice(0, start) + hit[1];
}

function step3(w: string, p1: number, p2: number): string {
  const hit = longest(w, STEP3);
  if (!hit) return w;
  const start = w.length - hit[0].length;
  if (start < p1) return w;
  if (hit[0] === 'ative' && start < p2) return w;
  return w.slice(0, start) + hit[1];
}

function step4(w: string, p2: number): string {
  const hit = longest(w, STEP4);
  if (!hit) return w;
  const start = w.length - hit.length;
  if (start < p2) return w;
  if (hit === 'ion' && w[start - 1] !== 's' && w[start - 1] !== 't') return w;
  return w.slice(0, start);
}

function step5(w: string, p1: number, p2: number): string {
  const start = w.length - 1;
  if (w.endsWith('e')) {
    if (start >= p2 || (start >= p1 && !endsShort(w.slice(0, start)))) return w.slice(0, start);
  } else if (w.endsWith('l')) {
    if (start >= p2 && w[start - 1] === 'l') return w.slice(0, start);
  }
  return w;
}
