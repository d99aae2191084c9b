/**
 * An exception before a cue ("deleted within 30 days, except backups, which ...", "z wyjątkiem
 * kopii zapasowych"): the cue names what the statement leaves out, not what it is about. An
 * inclusion ("including backups", "łącznie z kopiami zapasowymi") names what one length covers too.
 */
import { hits } from './context.ts';
import type { Hit } from './terms.ts';
import type { Lexicon } from './lexicon.ts';

/** Whether `hit` follows an exception word closely (a few words at most). */
export function excepted(lex: Lexicon, text: string, hit: { start: number }, concept = 'exceptWord'): boolean {
  const lead = text.slice(Math.max(0, hit.start - 30), hit.start);
  return hits(lex, concept, lead).some((h: Hit) => /^[\s,]*(?:\p{L}+\s+){0,2}$/u.test(lead.slice(h.end)));
}

export const included = (lex: Lexicon, text: string, hit: { start: number }) => excepted(lex, text, hit, 'includingWord');
