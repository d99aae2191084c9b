/**
 * prose.ts pairs short label and value lines by their number of words; it counts no further than
 * the bound it tests (wordsAtMost), where it split every line into words. Same answer as the split.
 * Round 15: counted by a loop over code units instead of a regex exec per word (wordsUpTo);
 * white space is what `\s` matches, every one of the 65,536 code units checked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsAtMost, wordsUpTo } from '../../src/claims/prose.ts';

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

describe('wordsUpTo', () => {
  it('reads as white space exactly the code units \\s matches', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      if (wordsUpTo(`a${unit}b`, 5) !== (/\s/.test(unit) ? 2 : 1)) differ.push(`U+${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it('counts as a global \\S+ exec does, up to the limit + 1', () => {
    const piece = fc.constantFrom('Region', 'Kraków,', '99.9', '%', '😀', '\ud800', ' ', '\n', '\r\n', '\t', '\u000b', '\u00a0', '\u1680', '\u180e', '\u200a', '\u200b', '\u2028', '\u202f', '\u3000', '\ufeff', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: 12 }), (pieces, limit) => {
        const text = pieces.join('');
        expect(wordsUpTo(text, limit)).toBe(Math.min((text.match(/\S+/g) ?? []).length, limit + 1));
      }),
      { numRuns: 3000 },
    );
  });
});
