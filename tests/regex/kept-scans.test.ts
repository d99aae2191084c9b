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
    const store = new KeptScans(200);
    const scan = (ids: number[], found: number[]) => ({ version: 1, literals: 64, terms: 10, present: { bits: new Uint32Array(2), ids }, found: Int32Array.from(found) });
    store.set('a', scan([3, 40], [1, 7]));
    const back = store.get('a')!;
    expect(back.present.ids).toEqual([3, 40]);
    expect([...back.present.bits]).toEqual([1 << 3, 1 << 8]);
    expect([...back.found]).toEqual([1, 7]);
    for (let i = 0; i < 50; i++) store.set(`t${i}`, scan([1, 2, 3], [4, 5]));
    // 22 bytes of header and 2 a value: 30 bytes the first, 32 each after it; 200 hold the first and 5 more.
    expect(store.size).toBe(6);
    expect(store.get('t4')).toBeDefined();
    expect(store.get('t5')).toBeUndefined();
  });

  it("keeps ids and terms in two bytes each: a long document's scans fit twice as many", () => {
    const values = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + 97 * i);
    const store = new KeptScans(10 * (22 + 400));
    const scan = { version: 70_000, literals: 20_000, terms: 30_000, present: { bits: new Uint32Array(625), ids: values(100, 5) }, found: Int32Array.from(values(100, 11)) };
    for (let i = 0; i < 11; i++) store.set(`sentence ${i}`, scan);
    expect(store.size).toBe(10);
    const back = store.get('sentence 9')!;
    expect([back.version, back.literals, back.terms]).toEqual([70_000, 20_000, 30_000]);
    expect(back.present.ids).toEqual(scan.present.ids);
    expect([...back.found]).toEqual([...scan.found]);
  });

  it("a scan caught up again takes its text's place when it fits there, so other texts still fit", () => {
    const scan = (version: number, ids: number[]) => ({ version, literals: 64, terms: 10, present: { bits: new Uint32Array(2), ids }, found: Int32Array.from([2, 3]) });
    // Room for two entries of 22 + 2 x 5 bytes.
    const store = new KeptScans(64);
    for (let v = 1; v <= 20; v++) store.set('caught up', scan(v, [1, 2, 3]));
    store.set('other', scan(1, [4, 5, 6]));
    expect(store.get('other')?.present.ids).toEqual([4, 5, 6]);
    expect(store.get('caught up')?.version).toBe(20);
    // A smaller scan fits in the place too; a larger one moves to the end, if there is room.
    store.set('caught up', scan(21, [7]));
    expect(store.get('caught up')?.present.ids).toEqual([7]);
    store.set('caught up', scan(22, [1, 2, 3, 4, 5, 6, 7]));
    expect(store.get('caught up')?.version).toBe(21);
  });

  it('gives back any ids and terms, those past 16 bits too', () => {
    const id = fc.oneof(fc.integer({ min: 0, max: 70_000 }), fc.constantFrom(0xfffe, 0xffff, 0x10000));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.uniqueArray(id, { maxLength: 40 }), fc.array(id, { maxLength: 40 }))), (entries) => {
        const store = new KeptScans(1 << 20);
        entries.forEach(([ids, found], i) => {
          const literals = Math.max(0, ...ids) + 1;
          store.set(`t${i}`, { version: i * 40_000, literals, terms: 99_999, present: { bits: new Uint32Array(0), ids }, found: Int32Array.from(found.sort((a, b) => a - b)) });
        });
        entries.forEach(([ids, found], i) => {
          const back = store.get(`t${i}`)!;
          expect(back.version).toBe(i * 40_000);
          expect(back.terms).toBe(99_999);
          expect(back.present.ids).toEqual(ids);
          expect([...back.found]).toEqual(found);
          for (const x of ids) expect((back.present.bits[x >>> 5] >>> (x & 31)) & 1).toBe(1);
        });
      }),
      { numRuns: 100 },
    );
  });
});
