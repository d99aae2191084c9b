/**
 * Rules register literals and term lists on first use, and each registration makes older scans
 * stale. A long text's scan is brought up to date instead of redone (src/regex/registry.ts
 * `updated`): the first document of a process scanned a 2 MB paragraph 59 times. The updated scan
 * must say what a fresh scan says, and a long text must be scanned once however many
 * registrations follow. Counted as characters scanned (scopeWork), not timed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase } from '../../src/regex/fold.ts';
import { holdsLiteral } from '../../src/regex/literal-trie.ts';
import { literalId, possibleTerms, registerTermList, scanText, scopeWork } from '../../src/regex/registry.ts';

const LONG = 20_000;
/** A character no literal holds: a text with it appended is a different key with the same literals. */
const FRESH = '\u0001';

describe('scans of long texts after registrations', () => {
  it('say what a fresh scan says: every literal and term, old and new', () => {
    const words = fc.constantFrom('kopia', 'zapas', 'backup', 'days', 'kept', 'Dni', 'aaa', 'ą', 'x', ' ');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 30 }), fc.array(fc.array(fc.constantFrom('kop', 'zap', 'ba', 'dni', 'aa', 'q', 'ys k', 'ą'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (parts, clauseLists) => {
        const unit = parts.join(' ');
        const text = unit.repeat(Math.ceil(LONG / unit.length));
        scanText(text);
        // Registered after the scan, as a rule's pattern on first use.
        const list = registerTermList(clauseLists.map((_, i) => `t${i}`), clauseLists.map((c) => c.map((l) => [l])));
        const updated = scanText(text);
        const fresh = scanText(text + FRESH);
        expect(possibleTerms(updated, list)).toEqual(possibleTerms(fresh, list));
        const folded = foldCase(text);
        for (const c of clauseLists.flat()) expect(holdsLiteral(updated.present, literalId(c)), c).toBe(folded.includes(c));
        expect([...updated.terms]).toEqual([...fresh.terms]);
      }),
      { numRuns: 60 },
    );
  });

  it('scan a long text once, however many registrations follow', () => {
    const text = 'a'.repeat(200_000);
    const before = scopeWork.scanned;
    for (let i = 0; i < 50; i++) {
      scanText(text);
      registerTermList([`r${i}`], [[[`aa${'b'.repeat(i % 5)}`, `zz${i}`]]]);
    }
    expect(scopeWork.scanned - before).toBe(text.length);
    expect(holdsLiteral(scanText(text).present, literalId('aa'))).toBe(true);
    expect(holdsLiteral(scanText(text).present, literalId('aab'))).toBe(false);
  });
});
