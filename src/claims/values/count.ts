/** Counts: "after 5 failed attempts", "po pięciu nieudanych próbach", "Tier III". */
import type { Lexicon } from '../lexicon.ts';
import { hits } from '../context.ts';
import { parseNumber } from './number.ts';
import type { Extractor } from './types.ts';

/** The number written just before `pos` ("after 5 failed", "po pięciu nieudanych"). */
export function numberBefore(text: string, pos: number, lex: Lexicon): number | undefined {
  const words = text.slice(Math.max(0, pos - 40), pos).trim().split(/\s+/).slice(-3).reverse();
  for (const w of words) {
    const n = parseNumber(w.replace(/[(),:;]/g, ''), lex);
    if (n !== undefined && Number.isInteger(n) && n > 0 && n < 1000) return n;
  }
  return undefined;
}

/** The count written before the anchor concept, or the count a questionnaire answer opens with. */
export const countBefore: Extractor = (seg, spec, ctx) => {
  for (const h of hits(ctx.lex, spec.anchor ?? '', seg.text)) {
    const n = numberBefore(seg.text, h.start, ctx.lex);
    if (n !== undefined) return [{ value: n }];
  }
  // "How many failed attempts lock an account? | Four": the answer opens with the count.
  const answer = /\?\s*\|?\s*([\p{L}\p{N}]+)/u.exec(seg.text);
  const n = answer ? parseNumber(answer[1], ctx.lex) : undefined;
  return n !== undefined && Number.isInteger(n) && n > 1 && n < 100 ? [{ value: n }] : [];
};

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** Data-centre tier 1..4, in digits or Roman numerals (the last word of the `tier` hit). */
export const tier: Extractor = (seg, _spec, ctx) => {
  const h = hits(ctx.lex, 'tier', seg.text)[0];
  if (!h) return [];
  const raw = /[IV]+$|\d$/i.exec(seg.text.slice(h.start, h.end))?.[0].toUpperCase() ?? '';
  const n = ROMAN[raw] ?? Number(raw);
  return n >= 1 && n <= 4 ? [{ value: n }] : [];
};
