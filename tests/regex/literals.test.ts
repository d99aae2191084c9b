/**
 * The literal analysis behind narrowed patterns must never claim a literal a match can lack:
 * for generated regexes and texts, every match's text meets every clause (folded).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase } from '../../src/regex/fold.ts';
import { requiredLiterals } from '../../src/regex/literals.ts';
import { captureGroups } from '../../src/regex/groups.ts';

/** Letters that make case folding interesting, and a few that make words. */
const LETTERS = ['a', 'b', 'K', 'k', '\u212a', 's', 'S', 'ſ', 'ß', 'ẞ', 'ą', 'Ą', 'σ', 'Σ', 'ς', 'i', 'I', 'İ', 'ı', '1', ' ', '-', '.'];
const letter = fc.constantFrom(...LETTERS);
const escapeChar = (c: string) => (/[.\-]/.test(c) ? `\\${c}` : c);

/** Regex sources from a small grammar: literals, classes, escapes, groups, lookarounds, quantifiers. */
const regexSource: fc.Arbitrary<string> = fc.letrec<{ re: string; atom: string; seq: string }>((tie) => ({
  atom: fc.oneof(
    { weight: 6, arbitrary: letter.map(escapeChar) },
    { weight: 2, arbitrary: fc.array(letter, { minLength: 1, maxLength: 4 }).map((cs) => `[${cs.map((c) => (c === '-' ? '\\-' : c)).join('')}]`) },
    { weight: 1, arbitrary: fc.constantFrom('\\s', '\\p{L}', '[\\p{L}\\p{N}]', '.', '\\d', '\\b', '^', '$', '[a-z]', '[a-c]', '\\u0061', '\\x41') },
    { weight: 2, arbitrary: tie('re').map((r) => `(?:${r})`) },
    { weight: 1, arbitrary: tie('re').map((r) => `(${r})`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), tie('re')).map(([h, r]) => `${h}${r})`) },
  ),
  seq: fc
    .array(fc.tuple(tie('atom'), fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{0,2}', '{1,}', '??')), { minLength: 1, maxLength: 5 })
    // Unbounded repeats only on single characters: nested ones backtrack exponentially.
    .map((items) => items.map(([a, q]) => (/^(?:\\b|\^|\$|\(\?<?[=!])/.test(a) ? a : a.startsWith('(') && /[*+]|,}/.test(q) ? `${a}?` : a + q)).join('')),
  re: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|')),
})).re;

const text = fc.array(fc.oneof(letter, fc.constantFrom('ab', 'KS', 'straße', 'STRASSE', 'ΟΣ', 'σς')), { maxLength: 30 }).map((p) => p.join(''));

describe('requiredLiterals', () => {
  it('names only literals that every match contains (generated regexes and texts)', () => {
    fc.assert(
      fc.property(regexSource, fc.constantFrom('giu', 'gu', 'gi', 'g'), fc.array(text, { minLength: 1, maxLength: 4 }), (source, flags, texts) => {
        let re: RegExp;
        try {
          re = new RegExp(source, flags);
        } catch {
          return; // not a valid pattern under these flags
        }
        const clauses = requiredLiterals(source, flags);
        for (const t of texts) {
          for (const m of t.matchAll(re)) {
            const folded = foldCase(m[0]);
            for (const clause of clauses) expect(clause.some((lit) => folded.includes(lit)), `${source} /${flags} on ${JSON.stringify(m[0])}: ${JSON.stringify(clauses)}`).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('counts capturing groups as the engine does', () => {
    fc.assert(
      fc.property(regexSource, (source) => {
        let engine: number;
        try {
          engine = new RegExp(`${source}|`, 'u').exec('')!.length - 1;
        } catch {
          return;
        }
        expect(captureGroups(source), source).toBe(engine);
      }),
      { numRuns: 2000 },
    );
    expect(captureGroups('(?<year>\\d{4})-([a(]\\))(?:x)(?=y)(?<!z)\\(')).toBe(2);
  });

  it('reads the shapes rule terms use', () => {
    expect(requiredLiterals('(?<![\\p{L}\\p{N}])(?:kopi\\p{L}*\\s+zapas|backup(?![\\p{L}\\p{N}]))', 'giu')).toEqual([['zapas', 'backup']]);
    expect(requiredLiterals('Szwecj[aięą]', 'gu')).toEqual([['szwecja', 'szwecji', 'szwecję', 'szwecją']]);
    expect(requiredLiterals('TLS,?\\s*v?1\\.[0-3]', 'iu')).toEqual([['tls'], ['1.0', '1.1', '1.2', '1.3']]);
    expect(requiredLiterals('colou?r', 'i')).toEqual([['color', 'colour']]);
    // Nothing is known: an empty alternative, a class, a back-reference.
    expect(requiredLiterals('a|', 'i')).toEqual([]);
    expect(requiredLiterals('\\p{Lu}+', 'u')).toEqual([]);
    expect(requiredLiterals('(a)\\1', '')).toEqual([['a']]);
  });

  it('gives up on what it cannot read, never throws', () => {
    expect(requiredLiterals('(?i:abc)', 'u')).toEqual([]);
    expect(requiredLiterals('(unclosed', 'u')).toEqual([]);
  });
});
