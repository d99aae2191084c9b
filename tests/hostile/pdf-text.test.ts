/**
 * PDF paragraph joining on hostile text: a line-end hyphen after a word of thousands of letters
 * built a RegExp from the word ("Regular expression too large": the file failed as an unexpected
 * error), the hyphen patterns backtracked over long runs of letters (10 KB: 0.85 s) and every
 * line re-read the whole paragraph (quadratic). Now linear, with the same result on ordinary text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLines, vocabulary } from '../../ingest/readers/hyphen-join.ts';

const cpuMs = (work: () => void): number => {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** The pairs the old pattern gave, for short tokens (where it was fast). */
function referencePairs(token: string): string[] {
  const pairs: string[] = [];
  for (const c of token.toLowerCase().match(/[\p{L}\p{M}\d]+(?:-[\p{L}\p{M}\d]+)+/gu) ?? []) {
    const segs = c.split('-');
    for (let k = 0; k + 1 < segs.length; k++) pairs.push(`${segs[k]}-${segs[k + 1]}`);
  }
  return pairs;
}

describe('joining PDF lines on hostile text', () => {
  it('a hyphen after a 5,000-letter word joins without error', () => {
    const word = 'ą'.repeat(5000);
    const vocab = vocabulary([{ text: `${word} dalej` }]);
    // Whether such a hyphen stays is judged on the word's last 511 letters: no real word is longer.
    expect(joinLines([`${word}-`, 'dalej tekst'], vocab)).toMatch(/^ą{5000}-?dalej tekst$/u);
    expect(joinLines([`x ${word}-`, 'dalej'], vocabulary([]))).toBe(`x ${word}dalej`);
  });

  it('40,000 hyphenated lines and 40 KB tokens take linear time', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => (i % 2 ? 'securi-' : 'ty and more text'));
    let joined = '';
    expect(cpuMs(() => (joined = joinLines(lines, vocabulary([]))))).toBeLessThan(2000);
    expect(joined.startsWith('ty and more text security and more text security')).toBe(true);
    expect(joined.split('securi-')).toHaveLength(2); // only the last line keeps its hyphen
    expect(cpuMs(() => vocabulary([{ text: 'a1'.repeat(20_000) }, { text: `${'ą'.repeat(40_000)}-` }]))).toBeLessThan(2000);
  });

  it('the compound pairs are those of the old pattern', () => {
    const token = fc.array(fc.constantFrom('a', 'ą', 'Z', '1', '-', '--', '.', '/', '\u0301', 'ß'), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(token, (t) => {
        expect([...vocabulary([{ text: `x ${t} y` }]).pairs].sort()).toEqual([...new Set(referencePairs(t))].sort());
      }),
      { numRuns: 500 },
    );
  });
});
