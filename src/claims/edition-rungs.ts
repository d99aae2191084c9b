/**
 * One sentence, one length per plan: "kept 14 days on the Standard plan and 30 days on the Pro
 * plan", "7 dni w planie Start, 14 dni w planie Zespół i 30 dni w planie Biznes". Each length is
 * followed by the plan it holds for, and the rungs follow one another as a list (a short join,
 * no other figure or sentence between): then each length is a claim of its own with its plan as
 * the `edition`, as a table with plans as columns gives them. Anything else is no such list
 * ("30 days on every plan; a restore on the Pro plan takes 2 hours").
 */
import type { Lexicon } from './lexicon.ts';
import { editionPattern } from './qualifiers.ts';
import { plainDurations } from './values/duration.ts';
import { findFrequencies } from './values/frequency.ts';

export interface Rung {
  iso: string;
  edition: string;
}

/** Words between a length and its plan ("on the", "w", "(", "(pakiet" is in the plan's own match). */
const TO_PLAN = /^[\s(,–-]*(?:\p{L}+\s+){0,2}$/u;
/** Between one rung's plan and the next length: a list join ("and", ", ", " i przez "), nothing more. */
const TO_NEXT = /^[^.!?;\d]{0,25}$/u;

/** The rungs of `text`, or undefined when its lengths are not one per plan (at least two). */
export function editionRungs(text: string, kind: string, lex: Lexicon): Rung[] | undefined {
  const found = kind === 'frequency' ? findFrequencies(text, lex) : kind === 'duration' ? plainDurations(text, lex) : [];
  if (found.length < 2) return undefined;
  const rungs: Rung[] = [];
  for (const [i, d] of found.entries()) {
    const after = text.slice(d.end, found[i + 1]?.start ?? text.length);
    const m = editionPattern(lex).exec(after);
    if (!m || !TO_PLAN.test(after.slice(0, m.index))) return undefined;
    if (i + 1 < found.length && !TO_NEXT.test(after.slice(m.index + m[0].length))) return undefined;
    rungs.push({ iso: d.iso, edition: (m[1] ?? m[2]).trim() });
  }
  return new Set(rungs.map((r) => r.edition)).size === rungs.length ? rungs : undefined;
}
