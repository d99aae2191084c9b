/**
 * Precision and recall of the structure rules per kind, over the example table and the labelled
 * documents. Prints the figures (the note in the report quotes them) and holds a floor.
 */
import { describe, expect, it } from 'vitest';
import { CODE_RULES } from '../../../src/findings/code-rules.ts';
import { documentFromText } from '../../../src/model/from-text.ts';
import { examples } from './examples.ts';
import { runRule } from './helpers.ts';
import { labelledDocs } from './labelled.ts';

interface Score { tp: number; fp: number; fn: number }

function score(): Map<string, Score> {
  const kinds = new Map<string, Score>();
  const add = (kind: string, k: keyof Score) => {
    const s = kinds.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    s[k]++;
    kinds.set(kind, s);
  };
  const structure = CODE_RULES.filter((r) => r.kind !== 'inconsistency');
  // A hit matches a label of its rule when their ranges overlap (excerpt edges may differ).
  type Place = [string, number, number];
  const compare = (kindOf: (rule: string) => string, found: Place[], wanted: Place[]) => {
    const left = [...wanted];
    for (const f of found) {
      const i = left.findIndex(([r, s, e]) => r === f[0] && s < f[2] && f[1] < e);
      if (i === -1) add(kindOf(f[0]), 'fp');
      else {
        add(kindOf(f[0]), 'tp');
        left.splice(i, 1);
      }
    }
    for (const [r] of left) add(kindOf(r), 'fn');
  };
  const label = (text: string, rule: string, excerpt: string): Place => {
    const at = text.indexOf(excerpt);
    if (at === -1) throw new Error(`label not in text: ${excerpt}`);
    return [rule, at, at + excerpt.length];
  };
  const kindOf = (id: string) => CODE_RULES.find((r) => r.id === id)!.kind;
  for (const ex of examples) {
    const doc = documentFromText(ex.text, { format: ex.format ?? 'md' });
    const rule = CODE_RULES.find((r) => r.id === ex.rule)!;
    compare(kindOf, runRule(rule, doc).map((h): Place => [ex.rule, h.start, h.end]), ex.expect.map((e) => label(doc.text, ex.rule, e)));
  }
  for (const d of labelledDocs) {
    const doc = documentFromText(d.text, { format: d.format });
    const found = structure.flatMap((r) => runRule(r, doc).map((h): Place => [r.id, h.start, h.end]));
    compare(kindOf, found, d.expect.map(([r, e]) => label(doc.text, r, e)));
  }
  return kinds;
}

describe('precision and recall per kind (own labelled examples)', () => {
  it('stays above the floor for every kind', () => {
    const kinds = score();
    const rows = [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, s]) => {
      const p = s.tp / Math.max(1, s.tp + s.fp);
      const r = s.tp / Math.max(1, s.tp + s.fn);
      return { kind, ...s, precision: Number(p.toFixed(2)), recall: Number(r.toFixed(2)) };
    });
    console.table(rows);
    for (const row of rows) {
      expect(row.precision, `${row.kind} precision`).toBeGreaterThanOrEqual(0.8);
      expect(row.recall, `${row.kind} recall`).toBeGreaterThanOrEqual(0.75);
    }
  });
});
