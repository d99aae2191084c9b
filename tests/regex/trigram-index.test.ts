/**
 * The scope's trigram index (src/regex/text-index.ts) answers what `includes` answers: a literal
 * registered after the scope is looked up by it in a long document.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrigramIndex } from '../../src/regex/text-index.ts';

// Few units, so trigrams repeat and buckets fill; two-byte letters and line ends among them.
const unit = fc.constantFrom('a', 'b', 'c', ' ', 'ą', 'ł', '\n', '1');
const text = fc.array(unit, { maxLength: 400 }).map((u) => u.join(''));
const literal = fc.array(unit, { minLength: 0, maxLength: 7 }).map((u) => u.join(''));

describe('TrigramIndex', () => {
  it('finds a literal exactly where includes does', () => {
    fc.assert(
      fc.property(text, fc.array(literal, { maxLength: 20 }), fc.nat(), (t, lits, cut) => {
        const index = new TrigramIndex(t);
        // Pieces of the text itself too, so most literals occur.
        const from = t.length === 0 ? 0 : cut % t.length;
        for (const lit of [...lits, t.slice(from, from + 3), t.slice(from, from + 6), t.slice(-4), t]) {
          expect(index.includes(lit), JSON.stringify([t, lit])).toBe(t.includes(lit));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every place of a repeated trigram, the first and the last', () => {
    const t = `${'abc '.repeat(5000)}abcd`;
    const index = new TrigramIndex(t);
    expect(index.includes('abcd')).toBe(true);
    expect(index.includes('abc abc')).toBe(true);
    expect(index.includes('abce')).toBe(false);
    expect(new TrigramIndex('ab').includes('abc')).toBe(false);
  });
});
