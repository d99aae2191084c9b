/**
 * Packed integer lists (src/search/packed.ts) and packed postings (postings.ts packField): every
 * list comes back exactly, the letters need no escaping in JSON, small numbers take one letter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packInts, unpackInts, unzigzag, zigzag } from '../../src/search/packed.ts';
import { decodeFields, encodeFields, packField, unpackField } from '../../src/search/postings.ts';

describe('packed integers', () => {
  it('round-trip any list of non-negative integers, in JSON unescaped', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(40), fc.nat(), fc.maxSafeNat())), (xs) => {
        const s = packInts(xs);
        expect(unpackInts(s)).toEqual(xs);
        expect(JSON.stringify(s)).toBe(`"${s}"`);
      }),
    );
    expect(packInts([0, 5, 31, 32, 1023, 1024])).toBe('05vx0_vxw0');
    expect(packInts(Array.from({ length: 32 }, (_, i) => i))).toHaveLength(32);
  });

  it('refuse what they cannot hold, and a string cut inside a number', () => {
    expect(() => packInts([-1])).toThrow(RangeError);
    expect(() => packInts([1.5])).toThrow(RangeError);
    expect(() => unpackInts('x')).toThrow(/ends inside/);
    expect(() => unpackInts('0"')).toThrow(/not a packed digit/);
  });

  it('zigzag maps signed to non-negative and back', () => {
    fc.assert(fc.property(fc.integer(), (n) => unzigzag(zigzag(n)) === n));
    expect([0, -1, 1, -2].map(zigzag)).toEqual([0, 1, 2, 3]);
  });
});

describe('packed postings', () => {
  const postingsArb = fc.dictionary(fc.constantFrom('0', '1', '2'), fc.dictionary(fc.nat(5000).map(String), fc.integer({ min: 1, max: 40 })));

  it('decode to the same postings as the plain lists', () => {
    fc.assert(
      fc.property(postingsArb, (postings) => {
        const plain = encodeFields(postings, 3);
        const packed = plain.map(packField);
        expect(packed.map(unpackField)).toEqual(plain);
        expect(decodeFields(packed)).toEqual(decodeFields(plain));
      }),
    );
  });

  it('write a run of consecutive units as one letter', () => {
    // Units 10-109 once each (a term in every passage of a document), then 200 twice.
    const units = Object.fromEntries([...Array.from({ length: 100 }, (_, i) => [String(10 + i), 1]), ['200', 2]]);
    const plain = encodeFields({ 0: units }, 1)[0]!;
    expect(plain.length).toBe(102);
    const packed = packField(plain);
    expect(packed.length).toBeLessThan(10);
    expect(unpackField(packed)).toEqual(plain);
  });
});
