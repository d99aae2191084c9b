/**
 * The worker snapshot forgets the precomputed analyses of the terms the rule data registered
 * (src/regex/term-analysis.ts forgetRegisteredTerms): a worker loads every byte of its snapshot at
 * every start. Terms not yet asked for keep theirs, and a forgotten term asked for again gets
 * the same clauses from a fresh analysis.
 */
import { describe, expect, it, vi } from 'vitest';
import { analyse, clausesOf } from '../../src/regex/literals.ts';

// Clauses a fresh analysis would not give, so the test sees which path answered.
const table = new Map<string, string[][]>([
  ['szyfrowan\\p{L}*', [['from-table']]],
  ['kopi\\p{L}*\\s+zapasow', [['kept-in-table']]],
]);
vi.mock('../../src/regex/precomputed.ts', () => ({ PRECOMPUTED: table }));

const { forgetRegisteredTerms, termClauses, analysedTerms } = await import('../../src/regex/term-analysis.ts');

describe('forgetting registered term analyses', () => {
  it('drops what was asked for, keeps the rest, and analyses a forgotten term again alike', () => {
    expect(termClauses('szyfrowan\\p{L}*')).toEqual([['from-table']]);
    expect(termClauses('encrypt\\p{L}*\\s+at\\s+rest')).toEqual(clausesOf(analyse('encrypt\\p{L}*\\s+at\\s+rest', 'u')));
    expect(analysedTerms().size).toBe(1);
    forgetRegisteredTerms();
    expect([...table.keys()]).toEqual(['kopi\\p{L}*\\s+zapasow']);
    expect(analysedTerms().size).toBe(0);
    expect(termClauses('szyfrowan\\p{L}*')).toEqual(clausesOf(analyse('szyfrowan\\p{L}*', 'u')));
    expect(termClauses('kopi\\p{L}*\\s+zapasow')).toEqual([['kept-in-table']]);
  });
});
