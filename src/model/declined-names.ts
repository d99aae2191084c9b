/**
 * Polish names decline ("Zaworownia", "w Zaworowni"): the vendor guess (metadata.ts) counts the
 * forms of one name together, and finds the declined form a web address's base form names.
 */

/** Shortest stem compared for inflected forms: shorter words must be met in lower case as they are. */
export const STEM_MIN = 5;

/** A name's stem: without a final vowel, to which the case endings are added. */
const stemOf = (name: string) => (/[aeiouyąę]$/u.test(name) ? name.slice(0, -1) : name);

/** A name met in the text: its score, its spellings with their counts, and for a declined name its base form. */
export interface Candidate {
  score: number;
  forms: Map<string, number>;
  base?: string;
  /** Named as a company somewhere (a legal form, ®, "© Acme", its web address), not only counted. */
  named?: boolean;
}

const CASE_ENDINGS = ['', 'a', 'e', 'i', 'o', 'u', 'y', 'ą', 'ę', 'ie', 'em', 'om', 'ów', 'ach', 'ami'];
const CASE_ENDING = new RegExp(`^(?:${CASE_ENDINGS.join('|')})$`, 'u');
const byLengthThenText = (a: string, b: string) => a.length - b.length || (a < b ? -1 : 1);
/**
 * A Polish name declines ("Zaworownia", "w Zaworowni", "Zębatron", "w Zębatronie"): forms that
 * differ only in the last letters are one name, scored together under the form the text uses most.
 */
export function mergeInflected(counts: Map<string, Candidate>): void {
  const keys = [...counts.keys()].filter((k) => k.length >= STEM_MIN + 1).sort(byLengthThenText);
  const known = new Set(keys);
  for (const key of keys) {
    const entry = counts.get(key);
    if (!entry) continue;
    const stem = stemOf(key);
    // The forms of the stem, looked up: a document names thousands of capitalised words, and
    // comparing each with every other was quadratic.
    const forms = CASE_ENDINGS.map((ending) => stem + ending).filter((form) => known.has(form)).sort(byLengthThenText);
    for (const other of forms) {
      if (other === key || !counts.has(other)) continue;
      const into = counts.get(other)!;
      const [keep, drop, dropKey] = total(into) > total(entry) ? [into, entry, key] : [entry, into, other];
      keep.score += drop.score;
      keep.base = key;
      keep.named ||= drop.named;
      for (const [form, n] of drop.forms) keep.forms.set(form, (keep.forms.get(form) ?? 0) + n);
      counts.delete(dropKey);
      if (dropKey === key) break;
    }
  }
}

/** The candidate that declines `base` ('tulejowni' for 'tulejownia'), given `base` as its base form. */
export function declinedFrom(counts: Map<string, Candidate>, base: string): Candidate | undefined {
  if (base.length < STEM_MIN + 1) return undefined;
  const stem = stemOf(base);
  for (const [key, entry] of counts) {
    if (key === base || !key.startsWith(stem) || !CASE_ENDING.test(key.slice(stem.length)) || entry.base) continue;
    entry.base = base;
    entry.forms.set(base[0].toUpperCase() + base.slice(1), 0);
    return entry;
  }
  return undefined;
}

const total = (entry: { forms: Map<string, number> }) => [...entry.forms.values()].reduce((a, b) => a + b, 0);
