/**
 * Where a risk finding points: its claim's sentence, or, when the sentence has several clauses
 * (split at ';'), the one clause holding the risk's words (rules/{en,pl}/risk-clauses.json):
 * "Engineers can open a user's session to reproduce a problem; this does not require the user's
 * password" points at the second clause. Browser-safe.
 */
import en from '../../rules/en/risk-clauses.json' with { type: 'json' };
import pl from '../../rules/pl/risk-clauses.json' with { type: 'json' };
import type { Claim } from '../claims/types.ts';
import { clauses } from './clauses.ts';
import { cueRe } from './frame-cues.ts';

const CUES = new Map<string, RegExp>();
for (const rule of new Set([...Object.keys(en), ...Object.keys(pl)].filter((k) => !k.startsWith('$')))) {
  const words = [en, pl].flatMap((l) => ((l as Record<string, unknown>)[rule] as string[] | undefined) ?? []);
  CUES.set(rule, cueRe(words));
}

/** [start, end] of the risk's text in the document: the claim's, or its one matching clause. */
export function riskSpan(rule: string, claim: Claim): [number, number] {
  const re = CUES.get(rule);
  if (!re || !claim.quote.includes(';')) return [claim.start, claim.end];
  const hits = clauses(claim.quote, ';').filter(([s, e]) => re.test(claim.quote.slice(s, e)));
  return hits.length === 1 ? [claim.start + hits[0][0], claim.start + hits[0][1]] : [claim.start, claim.end];
}
