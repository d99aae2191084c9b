/**
 * Cues made of words that stand near each other, for statements worded many ways: "shared" a few
 * words before "account" ("one shared team account", "a shared 'ops' account"), "share" before
 * "login" ("the engineers share a single administrator login"), a denial a few words before or
 * after "penetration test" ("we have not commissioned an outside penetration test", "a penetration
 * test has not yet been carried out"). Each entry is a sequence of slots (cue lists, as cueRe
 * reads them) with at most `gaps[i]` words between slot i and slot i+1; no gap word may be one of
 * `stops` ("shared with your account manager": "with" ends it), and a gap crosses no punctuation
 * but quotes. Browser-safe.
 */
import { narrowedRegExp, termList, type Piece } from '../regex/narrowed.ts';
import { cueSources } from './frame-cues.ts';

export interface Near {
  slots: string[][];
  gaps: number[];
  stops?: string[];
}

const OPEN = '(?<![\\p{L}\\p{N}])';
const CLOSE = '(?![\\p{L}\\p{N}])';
/** White space and quotes between words ("a shared 'ops' account"). */
const SEP = `[\\s'"‘’“”„]+`;

function gap(words: number, stops: readonly string[]): string {
  const stop = stops.length > 0 ? `(?!(?:${cueSources(stops).join('|')})${CLOSE})` : '';
  return `(?:${SEP}${stop}[\\p{L}\\p{N}][\\p{L}\\p{N}’_-]*){0,${words}}${SEP}`;
}

/** One regex for the entries (case ignored), or undefined when there are none. */
export function nearRe(entries: readonly Near[]): RegExp | undefined {
  if (entries.length === 0) return undefined;
  const pieces: Piece[] = [];
  entries.forEach((e, i) => {
    pieces.push(i === 0 ? '(?:' : ')|(?:');
    e.slots.forEach((slot, j) => {
      if (j > 0) pieces.push(gap(e.gaps[j - 1] ?? 0, e.stops ?? []));
      pieces.push(OPEN, termList(cueSources(slot)), CLOSE);
    });
  });
  pieces.push(')');
  return narrowedRegExp(pieces, 'iu');
}

/** The text with every match of the regexes blanked out (so a denial inside a cue does not deny it), and whether any matched. */
export function blankMatches(text: string, regexes: ReadonlyArray<RegExp | undefined>): { text: string; matched: boolean } {
  let out = text;
  let matched = false;
  for (const re of regexes) {
    if (!re) continue;
    for (let m = re.exec(out); m && m[0].length > 0; m = re.exec(out)) {
      matched = true;
      out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
    }
  }
  return { text: out, matched };
}
