/**
 * Indexes of one text for lookups the literal trie cannot serve (registry.ts): the UTF-16 units it
 * holds (a literal with a unit the text lacks cannot occur in it), and the places of its trigrams.
 */

/** A bit per UTF-16 unit `text` holds. */
export function unitsOf(text: string): Uint32Array {
  const units = new Uint32Array(0x10000 >>> 5);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    units[u >>> 5] |= 1 << (u & 31);
  }
  return units;
}

/** Whether `literal` may occur in the text: every unit of it does. */
export function unitsHold(units: Uint32Array, literal: string): boolean {
  for (let i = 0; i < literal.length; i++) {
    const u = literal.charCodeAt(i);
    if ((units[u >>> 5] & (1 << (u & 31))) === 0) return false;
  }
  return literal.length > 0;
}

/** Buckets of the trigram index: 2^16 (a 256 KB table of offsets). */
const BUCKET_BITS = 16;

/** The bucket of the three units of `s` at `i`. */
function bucket(s: string, i: number): number {
  const h = Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ Math.imul(s.charCodeAt(i + 1), 0x85ebca77) ^ Math.imul(s.charCodeAt(i + 2), 0xc2b2ae3d);
  return h >>> (32 - BUCKET_BITS);
}

/**
 * The places of `text`'s three-unit strings by a hash of them, in two typed arrays (offsets per
 * bucket, then places in text order): a Map of every trigram's places took ~2.4 s and 112 MB of
 * heap for 9 MB of prose, where this takes two passes over the text and four bytes a place.
 */
export class TrigramIndex {
  private readonly offsets = new Int32Array((1 << BUCKET_BITS) + 1);
  private readonly places: Int32Array;

  constructor(private readonly text: string) {
    const n = Math.max(0, text.length - 2);
    const offsets = this.offsets;
    for (let i = 0; i < n; i++) offsets[bucket(text, i) + 1]++;
    for (let b = 1; b < offsets.length; b++) offsets[b] += offsets[b - 1];
    const next = offsets.slice(0, -1);
    this.places = new Int32Array(n);
    for (let i = 0; i < n; i++) this.places[next[bucket(text, i)]++] = i;
  }

  /** Whether `literal` (three units or more) occurs in the text: tried only where its first three units' bucket is. */
  includes(literal: string): boolean {
    if (literal.length < 3) return this.text.includes(literal);
    const b = bucket(literal, 0);
    for (let k = this.offsets[b]; k < this.offsets[b + 1]; k++) if (this.text.startsWith(literal, this.places[k])) return true;
    return false;
  }
}
