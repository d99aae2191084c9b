/**
 * A term's clauses as literal ids (src/regex/registry.ts `clauseIds`): the clause whose shortest
 * literal is longest first (it keys the term's owners), fewer literals first among equals, and
 * otherwise the order given. Each clause's shortest literal is measured once; the order must be
 * the one the comparator that measured both sides on every comparison gave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseIds, literalId } from '../../src/regex/registry.ts';

/** The order before: both sides measured (spread into Math.min) on every comparison. */
function reference(clauses: string[][]): number[][] {
  const shortest = (c: string[]) => Math.min(...c.map((s) => s.length));
  return [...clauses].sort((a, b) => shortest(b) - shortest(a) || a.length - b.length).map((c) => c.map(literalId));
}

describe('clauseIds', () => {
  it('orders clauses by their shortest literal, longest first, then by size, else as given', () => {
    const ids = clauseIds([['ab', 'abcdef'], ['backup'], ['kopia', 'xyz'], ['abc', 'abd']]);
    expect(ids).toEqual([[literalId('backup')], [literalId('kopia'), literalId('xyz')], [literalId('abc'), literalId('abd')], [literalId('ab'), literalId('abcdef')]]);
    expect(clauseIds([])).toEqual([]);
    expect(clauseIds([['solo']])).toEqual([[literalId('solo')]]);
  });

  it('gives the order the per-comparison measure gave, empty clauses and ties included', () => {
    const literal = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ą', ' '), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(literal, { maxLength: 4 }), { maxLength: 12 }), (clauses) => {
        expect(clauseIds(clauses)).toEqual(reference(clauses));
      }),
      { numRuns: 500 },
    );
  });
});
