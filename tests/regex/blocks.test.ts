/**
 * Typed arrays cut from shared blocks (src/regex/blocks.ts): a scan's bitset and terms no longer
 * get a backing store each. Each array is zeroed or a copy, of its own length, and writing one
 * never shows in another, however many are cut and whatever their sizes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { int32Of, zeroedUint32 } from '../../src/regex/blocks.ts';

describe('typed arrays cut from blocks', () => {
  it('share a backing store when small, instead of one each', () => {
    const a = zeroedUint32(313);
    const b = zeroedUint32(313);
    expect(a.buffer).toBe(b.buffer);
    expect(int32Of([5, 3, 9, 1, 7, 2, 8, 4, 6, 0, 11, 12, 13, 14, 15, 16, 17]).buffer).toBe(a.buffer);
  });

  it('are zeroed or copies, of their own length, and independent of each other', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(20_000).map((n) => ({ zeros: n })), fc.array(fc.integer(), { maxLength: 3000 }).map((values) => ({ values }))), { maxLength: 60 }), (specs) => {
        const made = specs.map((s) => ('zeros' in s ? { want: new Array<number>(s.zeros).fill(0), got: zeroedUint32(s.zeros) as ArrayLike<number> & { fill(v: number): unknown } } : { want: s.values.map((v) => v | 0), got: int32Of(s.values) }));
        for (const { want, got } of made) expect(Array.from(got)).toEqual(want);
        // Filling each in turn with its own mark leaves every other one as it was.
        made.forEach(({ got }, i) => got.fill(i + 1));
        made.forEach(({ got }, i) => expect(Array.from(got).every((v) => v === i + 1)).toBe(true));
      }),
      { numRuns: 200 },
    );
  });
});
