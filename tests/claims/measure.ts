/** Precision/recall of extracted claims against hand labels, per attribute group. */
import type { Claim } from '../../src/claims/types.ts';
import { ATTRIBUTE_BY_ID } from '../../src/claims/vocabulary.ts';

export type Label = [string, string | number | boolean, Record<string, string | number | boolean>];

export const claimKey = (a: string, v: unknown, q: Record<string, unknown>) =>
  `${a}=${String(v)} ${JSON.stringify(Object.fromEntries(Object.entries(q).sort(([x], [y]) => x.localeCompare(y))))}`;

export interface Measure {
  precision: number;
  recall: number;
  report: string;
}

export function measure(runs: Array<{ name: string; claims: Claim[]; labels: Label[] }>): Measure {
  const stats = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (g: string, k: 'tp' | 'fp' | 'fn') => {
    const s = stats.get(g) ?? { tp: 0, fp: 0, fn: 0 };
    s[k]++;
    stats.set(g, s);
  };
  const missed: string[] = [];
  const extra: string[] = [];
  const group = (k: string) => ATTRIBUTE_BY_ID.get(k.split('=')[0])?.group ?? 'other';
  for (const { name, claims, labels } of runs) {
    const want = new Set(labels.map(([a, v, q]) => claimKey(a, v, q)));
    const got = new Set(claims.map((c) => claimKey(c.attribute, c.value, c.qualifiers)));
    for (const k of got) {
      if (want.has(k)) bump(group(k), 'tp');
      else {
        bump(group(k), 'fp');
        extra.push(`${name} ${k}`);
      }
    }
    for (const k of want) {
      if (!got.has(k)) {
        bump(group(k), 'fn');
        missed.push(`${name} ${k}`);
      }
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  const lines = [...stats.entries()].sort().map(([g, s]) => {
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    return `${g.padEnd(15)} P=${(s.tp / (s.tp + s.fp || 1)).toFixed(2)} R=${(s.tp / (s.tp + s.fn || 1)).toFixed(2)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  });
  const precision = total.tp / (total.tp + total.fp || 1);
  const recall = total.tp / (total.tp + total.fn || 1);
  const report = [...lines, `ALL P=${precision.toFixed(3)} R=${recall.toFixed(3)}`, 'missed:', ...missed, 'extra:', ...extra].join('\n');
  return { precision, recall, report };
}
