/** Percentages: "99,95%", "99.95 %", "99.9 percent", "99,9 procent" (uptime: 50..100). */
import type { Lexicon } from '../lexicon.ts';
import { has } from '../context.ts';
import { allHits } from '../terms.ts';
import { matchAll, type Span } from './number.ts';
import type { Extractor } from './types.ts';
import { illustrates, isExample } from './example.ts';

export function findPercents(text: string, lex: Lexicon): Array<Span & { value: number }> {
  const re = lex.memo('percent', (l) => new RegExp(`(?<![\\p{N}.,])(\\d{1,3}(?:[.,]\\d{1,4})?)\\s?(?:%|${l.source('percentWord')})`, 'giu'));
  return [...matchAll(re, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: Number(m[1].replace(',', '.')) }));
}

/**
 * A tier of a service-credit table, not a promise: an end of a dashed range ("99.0% - 99.9%"), a figure
 * glued to the next cell of a table flattened to text ("99.9%10% of the monthly fee"), or a
 * threshold ("below 95.0%", "poniżej 99%") unless it is denied ("never below 99.5%").
 */
function creditTier(text: string, p: Span, lex: Lexicon): boolean {
  const after = text.slice(p.end, p.end + 12);
  const before = text.slice(Math.max(0, p.start - 30), p.start);
  // Only a dash makes a tier: "od 99,95% do 100%", "from 99.9% to 100%" is the promise's range.
  if (/^\s*[-–—]\s*\d/u.test(after) || /^\d/.test(after) || /\d\s?%\s*[-–—]\s*$/u.test(before)) return true;
  const threshold = lex.memo('percentThresholdEnd', (l) => new RegExp(`(?:${l.source('percentThreshold')})\\s*$`, 'iu'));
  // "99.0% to below 99.8%", "od 98% do poniżej 99,5%": a band whose other end is a threshold.
  const band = lex.memo('percentBandStart', (l) => new RegExp(`^\\s*\\S{1,3}\\s+(?:${l.source('percentThreshold')})\\s*\\d`, 'iu'));
  if (band.test(text.slice(p.end, p.end + 24))) return true;
  // "Below 98.0% availability: 50% credit", "10% of the monthly fee", "5% rabatu": the credit itself.
  const credit = lex.memo('percentCreditAfter', (l) => new RegExp(`^\\s*(?:${l.source('creditAmount')})`, 'iu'));
  if (credit.test(text.slice(p.end, p.end + 40))) return true;
  // "uptime < 85%": the sign of "below" bounds a remedy (a credit, a right to terminate); a promise is
  // never written under its own floor. ">= 97.0%" is a tier's bound only in a service-credit table.
  if (/(?:<=?|≤)\s*$/u.test(before)) return true;
  // "| 95.0% - 98.0% | 50% |", "< 95% 50%", "Less than 95.0%100%": beside credits, a figure right after
  // another (a cell on) is the credit column of the tier the first one bounds.
  if (/\d\s?%\s*\|?\s*$/u.test(before) && has(lex, 'creditTable', text)) return true;
  if (/(?:>=?|≥)\s*$/u.test(before) && has(lex, 'creditTable', text)) return true;
  return threshold.test(before) && allHits(lex.negation, before).length === 0;
}

/** "(TMPM - MUPM) / TMPM * 100%": a figure an operator joins to the one before is a formula's term, no promise. */
const inFormula = (text: string, p: Span) => /[*×·/]\s*$/u.test(text.slice(Math.max(0, p.start - 4), p.start));

/**
 * The first uptime figure; with `multi`, every figure when the segment names plans ("99.5% on
 * Standard and 99.9% on Business"), since otherwise a second figure is a credit threshold or a
 * past measurement beside the promise.
 */
export const percent: Extractor = (seg, spec, ctx) => {
  const all = findPercents(seg.text, ctx.lex).filter((x) => x.value >= 50 && x.value <= 100 && !isExample(seg.text, x, ctx.lex) && !illustrates(seg.text, x, ctx.lex) && !inFormula(seg.text, x) && !creditTier(seg.text, x, ctx.lex));
  const perPlan = spec.multi && has(ctx.lex, 'perPlan', seg.text);
  const values = [...new Set((perPlan ? all : all.slice(0, 1)).map((p) => p.value))];
  return values.map((value) => ({ value }));
};
