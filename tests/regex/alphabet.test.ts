/**
 * Property classes cut to a document's characters (src/regex/alphabet.ts) must match exactly
 * where the whole classes do, on any text made of those characters: with and without `i`, for
 * negated classes and escapes outside classes, on slices that cut a surrogate pair, and with
 * characters whose case variants are no letters (U+0345) or are other letters (ſ, K, İ).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alphabetOf, narrowClasses } from '../../src/regex/alphabet.ts';
import { narrowedRegExp, termList } from '../../src/regex/narrowed.ts';
import { currentAlphabet, scopeText } from '../../src/regex/registry.ts';

function matches(re: RegExp, text: string): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0], [...m]]);
    if (!re.global) break;
    // Past an empty match by one character (a surrogate pair is one in `u` mode).
    if (m[0] === '') re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return out;
}

/** Letters, digits, marks, case oddities, an astral letter and digit, punctuation, spaces. */
const CHARS = [...'aAzZąĄłŁßẞſKkİiıΣσςΐ\u0345\u0301éÉ09٣½ⅷⅧ_-.,;: \n\t’"', '𝐀', '𝟘', '😀', '\u{10400}', '\u{10428}'];
const CLASSES = ['\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\P{L}', '[\\p{L}\\p{N}]', '[\\p{L}\\p{N}\\p{M}_]', '[^\\p{L}\\p{N}]', '[\\p{L}\\p{N}.,]', '[\\p{L}-]', '\\p{N}', '\\p{M}', '[\\p{Lu}\\p{Lt}]', '[^\\p{Ll}\\s]'];
/** Pieces of patterns: classes in boundaries, runs and lookarounds, next to literals. */
const PIECES = [...CLASSES, ...CLASSES.map((c) => `${c}*`), ...CLASSES.map((c) => `(?<!${c})`), ...CLASSES.map((c) => `(?!${c})`), 'a', 'ß', 'σ', 'k', '\\s+', '\\\\p', '[a-z]', '(x|y)'];

describe('classes cut to an alphabet', () => {
  it('match where the whole classes match, on texts of the alphabet', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 30 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }), text, fc.constantFrom('gu', 'giu', 'u', 'iu'), fc.nat(), (pieces, doc, flags, cut) => {
        const source = pieces.join('');
        const alphabet = alphabetOf(doc);
        const narrowed = new RegExp(alphabet.narrow(source, flags), flags);
        const whole = new RegExp(source, flags);
        // The document, and a slice of it that may cut a surrogate pair.
        for (const t of [doc, doc.slice(cut % doc.length)]) {
          expect(alphabet.holds(t)).toBe(true);
          expect(matches(narrowed, t), `${source} /${flags} on ${JSON.stringify(t)}`).toEqual(matches(whole, t));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('replaces only classes holding a property escape, and reads escapes', () => {
    const seen: string[] = [];
    const out = narrowClasses('\\p{L}[a-z][^\\p{N}_]\\\\p{L}\\[\\p{Lu}\\]x', (cls) => (seen.push(cls), 'C'));
    expect(seen).toEqual(['\\p{L}', '[^\\p{N}_]', '\\p{Lu}']);
    expect(out).toBe('C[a-z]C\\\\p{L}\\[C\\]x');
  });

  it('knows which texts it holds', () => {
    const alphabet = alphabetOf('Zażółć 𝐀');
    expect(alphabet.holds('żółć Z')).toBe(true);
    expect(alphabet.holds('zb')).toBe(false);
    expect(alphabet.holds('𝐀')).toBe(true);
    // The same high surrogate with another low one is another character.
    expect(alphabet.holds('𝐁')).toBe(false);
  });

  it('are used by narrowed patterns on texts of the alphabet, and not on others', () => {
    const re = narrowedRegExp(['(?<![\\p{L}\\p{N}])', termList(['kopi\\p{L}*', 'backup(?![\\p{L}\\p{N}])'])], 'giu');
    const whole = new RegExp(re.source, 'giu');
    const doc = 'Kopie zapasowe i backup; backupy też.';
    scopeText(doc);
    const compiledFor = (t: string) => (re as unknown as { pattern: { regexFor(t: string): RegExp | undefined } }).pattern.regexFor(t)?.source ?? '';
    expect(compiledFor(doc)).not.toContain('\\p{');
    expect(matches(re, doc)).toEqual(matches(whole, doc));
    // A mathematical letter is in no document scoped here: the whole classes decide (a cut class
    // would end "backup" before it).
    const other = 'backup\u{1d51e} kopie';
    expect(compiledFor(other)).toContain('\\p{');
    expect(matches(re, other)).toEqual(matches(whole, other));
    scopeText(undefined);
  });

  it('grow with the documents scoped, a few times', () => {
    const seen = new Set<number>();
    for (const doc of ['Grüße aus Łódź', 'Ωμέγα και σίγμα', 'Привет мир', 'Ahoj světe ů', 'שלום עולם', 'مرحبا']) {
      scopeText(doc);
      seen.add(currentAlphabet().id);
    }
    scopeText(undefined);
    expect(seen.size).toBeGreaterThan(1);
    expect(seen.size).toBeLessThanOrEqual(5);
  });
});
