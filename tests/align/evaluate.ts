/**
 * Precision/recall of an alignment against a gold labels file (tests/align/fixtures/*.labels.json).
 * Pairs are compared by their whitespace-normalized texts; flags by (pair, kind).
 */
import type { Alignment, AlignFlagKind } from '../../src/align/types.ts';
import { FLAG_KINDS } from '../../src/align/types.ts';

export interface GoldPair {
  en: string;
  pl: string;
  flags: string[];
  untranslatedIn?: 'en' | 'pl';
}

export interface Score {
  precision: number;
  recall: number;
  predicted: number;
  gold: number;
  correct: number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function score(predicted: Set<string>, gold: Set<string>): Score {
  let correct = 0;
  for (const p of predicted) if (gold.has(p)) correct++;
  return {
    precision: predicted.size ? correct / predicted.size : 1,
    recall: gold.size ? correct / gold.size : 1,
    predicted: predicted.size,
    gold: gold.size,
    correct,
  };
}

/** Gold pairs and flags as seen from `sourceLang` -> target. */
export function goldFor(pairs: GoldPair[], sourceLang: 'en' | 'pl'): Array<{ key: string; flags: AlignFlagKind[] }> {
  const targetLang = sourceLang === 'en' ? 'pl' : 'en';
  return pairs.map((p) => {
    const s = norm(p[sourceLang]);
    const t = norm(p[targetLang]);
    const flags = p.flags as AlignFlagKind[];
    const all: AlignFlagKind[] = [...flags];
    if (!t) all.push('missing-in-target');
    if (!s) all.push('missing-in-source');
    if (p.untranslatedIn === targetLang) all.push('untranslated');
    return { key: `${s}\u0000${t}`, flags: all };
  });
}

export function evaluate(alignment: Alignment, pairs: GoldPair[], sourceLang: 'en' | 'pl') {
  const gold = goldFor(pairs, sourceLang);
  const predicted = alignment.pairs.map((p) => ({ key: `${norm(p.source.text)}\u0000${norm(p.target.text)}`, flags: p.flags.map((f) => f.kind) }));
  const result: Record<string, Score> = {
    pairs: score(new Set(predicted.map((p) => p.key)), new Set(gold.map((g) => g.key))),
  };
  for (const kind of FLAG_KINDS) {
    result[kind] = score(
      new Set(predicted.filter((p) => p.flags.includes(kind)).map((p) => p.key)),
      new Set(gold.filter((g) => g.flags.includes(kind)).map((g) => g.key)),
    );
  }
  const errors = {
    missed: gold.filter((g) => !predicted.some((p) => p.key === g.key)).map((g) => g.key.replace('\u0000', ' || ')),
    wrong: predicted.filter((p) => !gold.some((g) => g.key === p.key)).map((p) => p.key.replace('\u0000', ' || ')),
    flagErrors: predicted.flatMap((p) => {
      const g = gold.find((x) => x.key === p.key);
      if (!g) return [];
      const extra = p.flags.filter((f) => !g.flags.includes(f));
      const lacking = g.flags.filter((f) => !p.flags.includes(f));
      return extra.length || lacking.length ? [`${p.key.replace('\u0000', ' || ')} extra=${extra} lacking=${lacking}`] : [];
    }),
  };
  return { result, errors };
}
