/**
 * "All our servers, databases and backups are located in Germany", "Hosts the application,
 * databases, backups and logs in Helsinki", "Aplikacja, baza danych oraz kopie zapasowe są w
 * Niemczech": backups named as one item of a list of things a place holds are kept there beside
 * the service, as "including backups" says (location.ts `inclusions`), not instead of it.
 * "Data is hosted in Ireland, and backups in Germany": a place between the two ends the list;
 * "Data is hosted by our provider, and backups ...": an item of more than a few words is a clause.
 */
import { hits } from '../context.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Hit } from '../terms.ts';

const ITEM_WORDS = 3;
const WINDOW = 100;

/** `from`: where the list may start at the earliest (the end of the place before the cue). */
export function listedWithHosted(text: string, cue: Hit, from: number, lex: Lexicon): boolean {
  const joins = lex.memo('hostedListJoin', (l) => new RegExp(`\\s*[,&]\\s*|\\s+(?:${l.source('listJoin')})\\s+`, 'giu'));
  // After: "backups, databases and logs are stored in ..." (a join, then a thing held).
  const join = lex.memo('hostedListNext', (l) => new RegExp(`^\\s*(?:[,&]|(?:${l.source('listJoin')})(?![\\p{L}]))\\s*`, 'iu'));
  const after = text.slice(cue.end, cue.end + 40);
  const joined = join.exec(after);
  if (joined) {
    const rest = after.slice(joined[0].length);
    const thing = hits(lex, 'hostedThing', rest)[0];
    if (thing && rest.slice(0, thing.start).split(/\s+/).filter(Boolean).length <= 1) return true;
  }
  // Before: a list that opens with a thing held and ends in a join right before the cue.
  let gap = text.slice(Math.max(from, cue.start - WINDOW), cue.start);
  const stop = Math.max(gap.lastIndexOf('.'), gap.lastIndexOf(';'), gap.lastIndexOf(':'), gap.lastIndexOf('?'), gap.lastIndexOf('\n'));
  gap = gap.slice(stop + 1);
  const first = hits(lex, 'hostedThing', gap)[0];
  if (!first) return false;
  const parts = gap.slice(first.start).split(joins);
  // The last part holds the words before the cue ("the", "encrypted"): at most one.
  const last = parts.pop()!.trim().split(/\s+/).filter(Boolean);
  return parts.length > 0 && last.length <= 1 && parts.every((p) => p.trim().split(/\s+/).filter(Boolean).length <= ITEM_WORDS);
}
