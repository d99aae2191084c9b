/**
 * Claims and then findings read a document's sentences one pass after another, so the scans of
 * its short texts are kept for the whole scoped document (src/regex/registry.ts, kept-scans.ts):
 * a cache of the last 256 texts had lost each sentence before the next pass came back to it. A
 * kept scan must say what a fresh scan says, also after registrations made it stale; its memory
 * is bounded. Counted as characters scanned (scopeWork), not timed.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { KeptScans } from '../../src/regex/kept-scans.ts';
import { possibleTerms, registerTermList, scanText, scopeText, scopeWork } from '../../src/regex/registry.ts';

afterEach(() => scopeText(undefined));

/** Sentences of a long document, each its own text. */
const sentences = (n: number) => Array.from({ length: n }, (_, i) => `Snapshot ${i} of the ledger is retained for ${i % 40} days in the vault.`);

describe('scans kept for the scoped document', () => {
  it('a second pass over more sentences than the recent-texts cache holds scans nothing again', () => {
    const texts = sentences(2_000);
    scopeText(texts.join(' '));
    registerTermList(['ledger', 'vault'], [[['ledger']], [['vault']]]);
    for (const t of texts) scanText(t);
    const before = scopeWork.scanned;
    for (const t of texts) scanText(t);
    expect(scopeWork.scanned - before).toBe(0);
  });

  it('a scan kept before registrations says what a fresh scan says after them', () => {
    const words = fc.constantFrom('kopia', 'zapas', 'backup', 'days', 'kept', 'Dni', 'aaa', 'ą', 'x', ' ');
    fc.assert(
      fc.property(fc.array(fc.array(words, { minLength: 1, maxLength: 12 }), { minLength: 300, maxLength: 320 }), fc.array(fc.constantFrom('kop', 'zap', 'ba', 'dni', 'aa', 'q', 'ys k', 'ą'), { minLength: 1, maxLength: 4 }), (parts, lits) => {
        const texts = parts.map((p, i) => `${p.join(' ')} ${i}`);
        scopeText(texts.join('\n'));
        for (const t of texts) scanText(t);
        // Registered after the scans, as a rule's pattern on first use; the texts are read again.
        const list = registerTermList(lits.map((_, i) => `k${i}`), lits.map((l) => [[l]]));
        const kept = texts.map((t) => [...possibleTerms(scanText(t), list)]);
        scopeText(undefined);
        const fresh = texts.map((t) => [...possibleTerms(scanText(t), list)]);
        expect(kept).toEqual(fresh);
      }),
      { numRuns: 15 },
    );
  });

  it('keeps no more than its capacity, and gives back what it kept', () => {
    const store = new KeptScans(100);
    const scan = (ids: number[], found: number[]) => ({ version: 1, literals: 64, terms: 10, present: { bits: new Uint32Array(2), ids }, found: Int32Array.from(found) });
    store.set('a', scan([3, 40], [1, 7]));
    const back = store.get('a')!;
    expect(back.present.ids).toEqual([3, 40]);
    expect([...back.present.bits]).toEqual([1 << 3, 1 << 8]);
    expect([...back.found]).toEqual([1, 7]);
    for (let i = 0; i < 50; i++) store.set(`t${i}`, scan([1, 2, 3], [4, 5]));
    // 9 integers the first, 10 each after it: 100 hold the first and 9 more.
    expect(store.size).toBe(10);
    expect(store.get('t8')).toBeDefined();
    expect(store.get('t9')).toBeUndefined();
  });
});
