/** Every structure rule against its must/must-not examples, in English and Polish. */
import { describe, expect, it } from 'vitest';
import { CODE_RULES } from '../../../src/findings/code-rules.ts';
import { examples } from './examples.ts';
import { excerpts } from './helpers.ts';

const byId = new Map(CODE_RULES.map((r) => [r.id, r]));

describe('structure rules: examples', () => {
  it('covers every structure rule in both languages, with positives and negatives', () => {
    const ids = [...new Set(examples.map((e) => e.rule))];
    for (const id of ids) {
      for (const lang of ['en', 'pl'] as const) {
        const mine = examples.filter((e) => e.rule === id && e.lang === lang);
        expect(mine.some((e) => e.expect.length > 0), `${id} ${lang} positive`).toBe(true);
      }
      expect(examples.some((e) => e.rule === id && e.expect.length === 0), `${id} negative`).toBe(true);
    }
  });

  for (const [i, ex] of examples.entries()) {
    const label = `${ex.rule} [${ex.lang}] #${i}: ${ex.expect.length ? 'finds ' + JSON.stringify(ex.expect) : 'clean'} in ${JSON.stringify(ex.text.slice(0, 50))}`;
    it(label, () => {
      const rule = byId.get(ex.rule);
      expect(rule, `rule ${ex.rule} registered`).toBeDefined();
      expect(excerpts(rule!, ex.text, ex.format ?? 'md')).toEqual(ex.expect);
    });
  }
});
