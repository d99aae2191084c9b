/**
 * prose.ts pairs short label and value lines by their number of words; it counts no further than
 * the bound it tests (wordsAtMost), where it split every line into words. Same answer as the split.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsAtMost } from '../../src/claims/prose.ts';

const bySplit = (text: string, n: number) => text.split(/\s+/).filter(Boolean).length <= n;

describe('wordsAtMost', () => {
  it('answers as counting the words of a split at white space', () => {
    const piece = fc.constantFrom('Region', 'Frankfurt,', 'Niemcy', '99.9', '%', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '-', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: 12 }), (pieces, n) => {
        const text = pieces.join('');
        expect(wordsAtMost(text, n)).toBe(bySplit(text, n));
      }),
      { numRuns: 3000 },
    );
  });

  it('bounds at the count, on both sides', () => {
    expect(wordsAtMost('Data centre location', 3)).toBe(true);
    expect(wordsAtMost('Data centre location', 2)).toBe(false);
    expect(wordsAtMost('  Lokalizacja \n centrum danych  ', 3)).toBe(true);
    expect(wordsAtMost('', 0)).toBe(true);
    expect(wordsAtMost(' \u00a0 ', 0)).toBe(true);
  });
});
