/**
 * The term analyses made at compile time (src/regex/precompute.ts, put into lib/ by
 * scripts/compile.mjs) are the run-time analyses: for every term the rule data registers, the
 * clauses equal a fresh analysis of its source, and every concept term of both lexicons is among
 * them. A term missing from the table (rule data edited since) is analysed at run time.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../rules/claims/en.json' with { type: 'json' };
import pl from '../../rules/claims/pl.json' with { type: 'json' };
import { termSource } from '../../src/claims/terms.ts';
import { analyse, clausesOf } from '../../src/regex/literals.ts';
import { analyseRuleTerms } from '../../src/regex/precompute.ts';
import { termClauses } from '../../src/regex/term-analysis.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('term analyses made at compile time', () => {
  it('equal the run-time analysis of every rule term, and cover every concept term', async () => {
    const table = await analyseRuleTerms(root);
    expect(table.length).toBeGreaterThan(2000);
    for (const [source, clauses] of table) {
      let fresh: string[][] = [];
      try {
        fresh = clausesOf(analyse(source, 'u'));
      } catch {
        fresh = [];
      }
      expect(clauses, source).toEqual(fresh);
    }
    const sources = new Set(table.map(([s]) => s));
    const concepts = [en, pl].flatMap((data) => Object.values(data.concepts).flat().map(termSource));
    expect(concepts.filter((s) => !sources.has(s))).toEqual([]);
    // The table is sorted by source, so lib/ is the same for the same rule data.
    expect(table.map(([s]) => s)).toEqual([...sources].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }, 120_000);

  it('a term not in the table is analysed when registered', () => {
    expect(termClauses('zqxnew\\p{L}*\\s+termin')).toEqual(clausesOf(analyse('zqxnew\\p{L}*\\s+termin', 'u')));
  });
});
