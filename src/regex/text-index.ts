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

/** The places of each three-unit string of `text`. */
export function trigrams(text: string): Map<string, number[]> {
  const grams = new Map<string, number[]>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const key = text.slice(i, i + 3);
    const at = grams.get(key);
    if (at) at.push(i);
    else grams.set(key, [i]);
  }
  return grams;
}
