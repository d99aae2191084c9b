import { describe, expect, it } from 'vitest';
import { foldCase } from '../../src/regex/fold.ts';

/** Every code point whose upper or lower case differs from itself. */
function casedCodePoints(): string[] {
  const out: string[] = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCodePoint(c);
    if (s.toUpperCase() !== s || s.toLowerCase() !== s) out.push(s);
  }
  return out;
}

const escape = (s: string) => s.replace(/[\\\]\[^-]/g, '\\$&');

describe('foldCase', () => {
  // The prefilter is sound only if foldCase gives one string to all characters a
  // case-insensitive regex treats as equal; the engine itself is the judge.
  for (const flags of ['giu', 'gi']) {
    it(`sends every class of characters that /${flags} equates to one string`, () => {
      const cased = casedCodePoints();
      const inClass = new RegExp(`[${cased.filter((c) => flags.includes('u') || c.length === 1).map(escape).join('')}]`, flags.replace('g', ''));
      // Characters with no case mapping that the engine still equates with a cased one (U+0345...).
      const extra: string[] = [];
      for (let c = 0; c <= 0x10ffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const s = String.fromCodePoint(c);
        if (!flags.includes('u') && s.length > 1) continue;
        if (s.toUpperCase() === s && s.toLowerCase() === s && inClass.test(s)) extra.push(s);
      }
      const members = [...cased, ...extra].filter((c) => flags.includes('u') || c.length === 1);
      const all = members.join('\u0000');
      let checked = 0;
      for (const c of members) {
        const re = new RegExp(escape(c).replace(/^(.)$/su, '[$1]'), flags);
        for (const m of all.matchAll(re)) {
          expect(foldCase(m[0]), `${c} U+${c.codePointAt(0)!.toString(16)} ~ ${m[0]} U+${m[0].codePointAt(0)!.toString(16)}`).toBe(foldCase(c));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(2000);
    }, 60_000);
  }

  it('folds letter by letter, final sigma included', () => {
    expect(foldCase('ΟΔΟΣ')).toBe('οδοσ');
    expect(foldCase('Straße KOPIE ſ')).toContain('kopie s');
  });
});
