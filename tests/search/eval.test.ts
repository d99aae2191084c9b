/**
 * The search evaluation (eval/search/queries.json, 156 queries over content/sources and
 * eval/docs) as a floor: issue 14's targets, hit@5 >= 0.95 and MRR >= 0.85, on the tuned and the
 * sealed split separately. bench/search-quality.ts prints the full table and Pagefind's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evalFiles, loadQueries, metrics, rankOf, resolveTargets, type EvalQuery } from '../../eval/search/score.ts';
import { loadDocument } from '../../ingest/load.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { loadSearchSync } from '../../src/search/query.ts';

describe('search evaluation', () => {
  const queries = loadQueries();
  let docs: SeckbDocument[];
  beforeAll(async () => {
    docs = await Promise.all(evalFiles().map((f) => loadDocument(f)));
  });

  it('has at least 100 queries, a sealed split of about 30%, and every label resolves', () => {
    expect(queries.length).toBeGreaterThanOrEqual(100);
    const sealed = queries.filter((q) => q.split === 'sealed').length / queries.length;
    expect(sealed).toBeGreaterThan(0.2);
    expect(sealed).toBeLessThan(0.4);
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
    expect(() => resolveTargets(queries, docs)).not.toThrow();
  });

  it('meets hit@5 >= 0.95 and MRR >= 0.85 on the tuned and on the sealed queries', () => {
    const targets = resolveTargets(queries, docs);
    const engine = loadSearchSync(buildSearchIndexes(docs));
    const rank = (q: EvalQuery) =>
      rankOf(engine.search(q.q, { limit: 10, ...(q.lang ? { lang: q.lang } : {}) }).map((r) => ({ doc: r.documentId, section: r.sectionId })), targets.get(q.id)!);
    for (const split of ['tune', 'sealed'] as const) {
      const m = metrics(queries.filter((q) => q.split === split).map(rank));
      expect(m.hit5, `${split} hit@5`).toBeGreaterThanOrEqual(0.95);
      expect(m.mrr, `${split} MRR`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('scores ranks as hit@1, hit@5 and MRR within 10', () => {
    expect(metrics([1, 2, 0, 11])).toEqual({ n: 4, hit1: 0.25, hit5: 0.5, mrr: 0.375 });
    expect(rankOf([{ doc: 'a', section: 's1' }, { doc: 'a', section: 's1' }, { doc: 'b', section: 's2' }], [{ doc: 'b', section: 's2' }])).toBe(2);
  });
});
