/**
 * A gated regex (src/regex/gated.ts) answers exactly as the plain one: through exec, test,
 * match, matchAll, replace, split and lastIndex, on texts that hold its literals and texts that
 * do not, for every clause break of both claim lexicons on generated texts of their own words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../rules/claims/en.json' with { type: 'json' };
import pl from '../../rules/claims/pl.json' with { type: 'json' };
import { GatedRegExp, gatedRegExp } from '../../src/regex/gated.ts';

function matches(re: RegExp, text: string): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0], [...m], re.lastIndex]);
    if (!re.global) break;
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

describe('gated regexes', () => {
  it('find what the plain regex finds: every clause break on generated text', () => {
    const breaks = [...en.clauseBreaks, ...pl.clauseBreaks];
    const words = [...new Set(breaks.flatMap((b) => b.split(/[^\p{L}]+/u)).filter((w) => w.length > 1))];
    const cased = fc.tuple(fc.constantFrom(...words), fc.constantFrom((w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w[0].toUpperCase() + w.slice(1))).map(([w, c]) => c(w));
    const token = fc.oneof(cased, fc.constantFrom(' ', ', ', '; ', '. ', ' and ', ' i ', 'IS', 'Are'));
    let found = 0;
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 30 }).map((t) => t.join('')), (text) => {
        for (const br of breaks) {
          const [gated, plain] = [gatedRegExp(br, 'giu'), new RegExp(br, 'giu')];
          const want = matches(plain, text);
          found += want.length;
          expect(matches(gated, text), br).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it('behaves as a RegExp through every entry point', () => {
    const source = '(?<=(?:is|are)[^;]*), and (?<what>each|every) ';
    const text = 'Data is kept, and each copy is encrypted; nothing, and every one.';
    for (const flags of ['giu', 'iu', 'gu', 'yiu']) {
      const [a, b] = [new GatedRegExp(source, flags), new RegExp(source, flags)];
      expect(a.source).toBe(b.source);
      expect(a.flags).toBe(b.flags);
      for (const t of [text, 'no such words here']) {
        expect(matches(a, t)).toEqual(matches(b, t));
        expect(a.test(t)).toBe(b.test(t));
        expect(t.match(a)).toEqual(t.match(b));
        if (flags.includes('g')) expect([...t.matchAll(a)].map((m) => [m.index, m[0]])).toEqual([...t.matchAll(b)].map((m) => [m.index, m[0]]));
        expect(t.replace(a, '<$<what>>')).toBe(t.replace(b, '<$<what>>'));
        expect(t.split(a)).toEqual(t.split(b));
      }
      a.lastIndex = 9;
      b.lastIndex = 9;
      expect(a.exec('no such words here')).toBe(b.exec('no such words here'));
      expect(a.lastIndex).toBe(b.lastIndex);
    }
  });
});
