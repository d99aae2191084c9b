/**
 * Unicode property classes cut to the characters of one document. V8 compiles a class such as
 * `[\p{L}\p{N}]` (778 ranges) into code that costs ~0.2-0.3 ms per occurrence, and the rule
 * patterns hold hundreds of them; a class only ever tests characters of the text it runs on, so
 * on a text made of a document's characters it matches exactly where the class of those of its
 * characters that it matches does (`[ąćaz...]`, ~0.005 ms). Under `i` this holds too: each member
 * is tested with the pattern's own flags, and a character matching a member's case variant
 * matches the original class as well.
 */
import { compiledRegExp } from './native.ts';

export interface Alphabet {
  id: number;
  /** Whether every character of `text` is one of the alphabet's. */
  holds(text: string): boolean;
  /** This alphabet with the characters of `text` added (itself when it holds them all). */
  with(text: string): Alphabet;
  /** `source` (a `u` regex) with each class holding a property escape cut to the alphabet. */
  narrow(source: string, flags: string): string;
}

let alphabets = 0;
/** A cut class of more ranges than this is left whole: it would cost about as much. */
const MAX_RANGES = 48;

/** The alphabet of `text`'s characters, on top of `base`'s. */
export function alphabetOf(text: string, base?: { units: Uint8Array; points: Set<number> }): Alphabet {
  const units = base ? base.units.slice() : new Uint8Array(0x10000);
  const points = new Set(base?.points);
  for (let i = 0; i < text.length; i++) units[text.charCodeAt(i)] = 1;
  // Code points, and every UTF-16 unit alone: a slice of the text may cut a surrogate pair.
  for (const ch of text) points.add(ch.codePointAt(0)!);
  for (let u = 0; u < units.length; u++) if (units[u]) points.add(u);
  const sorted = [...points].sort((a, b) => a - b);
  const classes = new Map<string, string>();
  const cut = (cls: string, flags: string): string => {
    const key = `${flags}\u0000${cls}`;
    let out = classes.get(key);
    if (out === undefined) classes.set(key, (out = membersClass(sorted, tester(cls, flags)) ?? cls));
    return out;
  };
  const alphabet: Alphabet = {
    id: ++alphabets,
    holds(t: string): boolean {
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (!units[c]) return false;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
          const d = t.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            if (!points.has(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) return false;
            i++;
          }
        }
      }
      return true;
    },
    with: (t) => (alphabet.holds(t) ? alphabet : alphabetOf(t, { units, points })),
    narrow: (source, flags) => narrowClasses(source, (cls) => cut(cls, flags)),
  };
  return alphabet;
}

const testers = new Map<string, RegExp>();

/** A regex matching one character exactly when the class does, under the pattern's i and u. */
function tester(cls: string, flags: string): RegExp {
  const f = `${flags.includes('i') ? 'i' : ''}u`;
  const key = `${f}\u0000${cls}`;
  let re = testers.get(key);
  if (!re) testers.set(key, (re = compiledRegExp(`^${cls}$`, f)));
  return re;
}

/** The members of `points` the tester matches, as one class of ranges; undefined past MAX_RANGES. */
function membersClass(points: number[], test: RegExp): string | undefined {
  const parts: string[] = [];
  const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
  for (let i = 0; i < points.length; i++) {
    if (!test.test(String.fromCodePoint(points[i]))) continue;
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j] + 1 && test.test(String.fromCodePoint(points[j + 1]))) j++;
    parts.push(j === i ? hex(points[i]) : `${hex(points[i])}-${hex(points[j])}`);
    i = j;
  }
  return parts.length > MAX_RANGES ? undefined : `[${parts.join('')}]`;
}

/**
 * Replaces each property escape outside a class (`\p{L}`) and each class holding one
 * (`[\p{L}\p{N}]`, `[^\p{L}]`) by `replace(the class source)`; the rest is copied as written.
 */
export function narrowClasses(source: string, replace: (cls: string) => string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') {
      if ((source[i + 1] === 'p' || source[i + 1] === 'P') && source[i + 2] === '{') {
        const end = source.indexOf('}', i + 3);
        if (end < 0) return source;
        out += replace(source.slice(i, end + 1));
        i = end + 1;
      } else {
        out += source.slice(i, i + 2);
        i += 2;
      }
    } else if (ch === '[') {
      let j = i + 1;
      let property = false;
      while (j < source.length && source[j] !== ']') {
        if (source[j] === '\\') {
          if (source[j + 1] === 'p' || source[j + 1] === 'P') property = true;
          j += 2;
        } else j++;
      }
      if (j >= source.length) return source;
      const cls = source.slice(i, j + 1);
      out += property ? replace(cls) : cls;
      i = j + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
