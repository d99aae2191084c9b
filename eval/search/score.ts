/**
 * Search evaluation: the query set (eval/search/queries.json) resolved against the documents,
 * and hit@1 / hit@5 / MRR of ranked (document, section) lists. Used by bench/search-quality.ts
 * (seckb vs Pagefind) and by tests/search/eval.test.ts (the floor seckb must keep).
 *
 * A query expects one of several passages, each named by document id and a distinctive piece of
 * its text; the text is looked up in the loaded document, so offsets never go stale. A ranked
 * item hits when it is that document's section holding the text.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SeckbDocument } from '../../src/model/types.ts';

export interface EvalQuery {
  id: string;
  kind: string;
  q: string;
  lang?: string;
  expect: Array<{ doc: string; text: string }>;
  split: 'tune' | 'sealed';
}

/** A ranked item: document id and section id ('' = text before the first heading). */
export type Ranked = { doc: string; section: string };

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEARCH_EVAL_DIRS = ['content/sources', 'eval/docs/dev', 'eval/docs/test', 'eval/docs/test2'].map((d) => path.join(ROOT, d));

export function loadQueries(): EvalQuery[] {
  const data = JSON.parse(readFileSync(path.join(ROOT, 'eval/search/queries.json'), 'utf8')) as { queries: EvalQuery[] };
  return data.queries;
}

/** Source files of the evaluation corpus, sorted. */
export function evalFiles(): string[] {
  return SEARCH_EVAL_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => !f.startsWith('.') && !f.endsWith('.meta.json') && !f.endsWith('.seckb-ignore'))
      .sort()
      .map((f) => path.join(dir, f))
      .filter((f) => statSync(f).isFile()),
  );
}

/** The section of `doc` that holds `offset`: the last section starting at or before it. */
function sectionAt(doc: SeckbDocument, offset: number): string {
  let id = '';
  for (const s of [...doc.sections].sort((a, b) => a.start - b.start)) if (s.start <= offset) id = s.id;
  return id;
}

/** Per query, the (document, section) pairs that count as a hit; throws on a stale label. */
export function resolveTargets(queries: EvalQuery[], docs: SeckbDocument[]): Map<string, Ranked[]> {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const targets = new Map<string, Ranked[]>();
  for (const q of queries) {
    targets.set(
      q.id,
      q.expect.map(({ doc, text }) => {
        const d = byId.get(doc);
        if (!d) throw new Error(`eval/search/queries.json ${q.id}: no document "${doc}"`);
        const at = d.text.indexOf(text);
        if (at < 0) throw new Error(`eval/search/queries.json ${q.id}: "${text}" not found in ${doc}`);
        return { doc, section: sectionAt(d, at) };
      }),
    );
  }
  return targets;
}

/** 1-based rank of the first hit among distinct (document, section) items, or 0. */
export function rankOf(ranked: Ranked[], targets: Ranked[]): number {
  const seen = new Set<string>();
  let rank = 0;
  for (const r of ranked) {
    const key = `${r.doc}#${r.section}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rank++;
    if (targets.some((t) => t.doc === r.doc && t.section === r.section)) return rank;
  }
  return 0;
}

export interface Metrics {
  n: number;
  hit1: number;
  hit5: number;
  mrr: number;
}

/** hit@1, hit@5 and MRR (reciprocal rank within the first 10) over ranks (0 = not found). */
export function metrics(ranks: number[]): Metrics {
  const n = ranks.length || 1;
  return {
    n: ranks.length,
    hit1: ranks.filter((r) => r === 1).length / n,
    hit5: ranks.filter((r) => r >= 1 && r <= 5).length / n,
    mrr: ranks.reduce((s, r) => s + (r >= 1 && r <= 10 ? 1 / r : 0), 0) / n,
  };
}
