/** Percentages: "99,95%", "99.95 %", "99.9 percent", "99,9 procent" (uptime: 50..100). */
import type { Lexicon } from '../lexicon.ts';
import { matchAll, type Span } from './number.ts';
import type { Extractor } from './types.ts';

export function findPercents(text: string, lex: Lexicon): Array<Span & { value: number }> {
  const re = lex.memo('percent', (l) => new RegExp(`(?<![\\p{N}.,])(\\d{1,3}(?:[.,]\\d{1,4})?)\\s?(?:%|${l.source('percentWord')})`, 'giu'));
  return [...matchAll(re, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: Number(m[1].replace(',', '.')) }));
}

export const percent: Extractor = (seg, _spec, ctx) => {
  const p = findPercents(seg.text, ctx.lex).find((x) => x.value >= 50 && x.value <= 100);
  return p ? [{ value: p.value }] : [];
};
