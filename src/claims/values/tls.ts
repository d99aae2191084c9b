/**
 * The lowest TLS version a text accepts: "TLS 1.2 or higher", "TLS 1.0, 1.1 lub 1.2" (1.0),
 * "co najmniej w wersji 1.2". Versions named as disabled are not accepted ones.
 */
import type { Lexicon } from '../lexicon.ts';
import { allHits } from '../terms.ts';
import { clauseBefore, has } from '../context.ts';
import type { Extractor } from './types.ts';
import { append } from '../../lists.ts';

function tlsRegex(l: Lexicon): RegExp {
  const atLeast = l.source('tlsAtLeast');
  const versionWord = l.source('tlsVersionWord');
  return new RegExp(
    `(?<![\\p{L}])TLS,?\\s*v?(?:(?:${atLeast})\\s+(?=${versionWord}))?(?:(?:${versionWord})\\s*)?` +
      `(?<min>(?:${l.source('tlsMinimum')})\\s*)?(?<v>1\\.[0-3])` +
      `(?<more>(?:\\s*(?:,|\\/|-|–|${l.source('versionJoin')})\\s*(?:TLS\\s*v?)?1\\.[0-3])*)` +
      `(?<up>\\s*(?:\\+|${l.source('orHigher')}))?`,
    'iu',
  );
}

/**
 * Every version the segment names from its first TLS mention on, in parts cut at commas and
 * semicolons: "TLS 1.3 where available, 1.2 supported" -> 1.2. A part that denies or disables
 * ("TLS 1.0 and 1.1 are disabled") names versions that are not accepted, unless it states a
 * floor ("not lower than 1.2").
 */
/** Where the clause before the first TLS mention starts: a comma, semicolon, bracket, cell or sentence stop. */
const CLAUSE_STOPS = [',', ';', '(', ')', '|', '. '];

/** A table cell that is a version and nothing else ("Minimum TLS version? | 1.2"). */
const BARE_VERSION_CELL = /^\s*(?:TLS\s*)?v?(1\.[0-3])\s*$/i;

export const tlsMin: Extractor = (seg, _spec, ctx) => {
  const m = ctx.lex.memo('tls', tlsRegex).exec(seg.text);
  // A row naming TLS whose answer cell holds only the version; never its first cell, which
  // numbers the row ("1.2 | Is TLS enforced? | Yes").
  const bare = seg.text.includes('|') ? seg.text.split('|').slice(1).flatMap((c) => BARE_VERSION_CELL.exec(c)?.[1] ?? []) : [];
  if (!m) return least(bare);
  const lex = ctx.lex;
  const floor = lex.memo('tlsFloor', (l) => new RegExp(`(?:${l.source('tlsAtLeast')})\\s|(?:${l.source('tlsMinimum')})\\s*(?:TLS\\s*v?)?1\\.|\\+|${l.source('orHigher')}`, 'iu'));
  const accepted: string[] = [];
  const clients = lex.memo('tlsClients', (l) => new RegExp(l.source('tlsClientsClause'), 'iu'));
  for (const { part: whole, at } of parts(seg.text, m.index)) {
    // "TLS 1.2 is supported for clients that do not support 1.3": the clause about those clients
    // neither names an accepted version nor denies the one before it.
    const part = cutAt(whole, clients);
    const versions = part.match(/(?<![\d.])1\.[0-3](?![\d])/g) ?? [];
    if (versions.length === 0) continue;
    // The first match decides for its own part as it always did ("TLS 1.2 or higher").
    const own = at === m.index ? m[0] : part;
    // "TLS 1.3 preferred": a preference is no floor.
    if (has(lex, 'tlsPreferred', part)) continue;
    // The first part's verb may stand before the first TLS mention ("We disabled support for
    // TLS 1.0"), and so may its floor ("rejects anything older than TLS 1.2").
    const lead = at === m.index ? clauseBefore(seg.text, m.index, CLAUSE_STOPS) : '';
    const denied = allHits(lex.negation, lead + part).length > 0 || has(lex, 'tlsDisabled', lead + part);
    if (denied && !floor.test(lead + own)) {
      // "... and refuse anything older than TLS 1.2": the floor after the refusal is accepted.
      const f = floor.exec(part);
      if (f) append(accepted, part.slice(f.index).match(/(?<![\d.])1\.[0-3](?![\d])/g) ?? []);
      continue;
    }
    append(accepted, versions);
  }
  return least([...accepted, ...bare]);
};

/**
 * The parts from `start` on: brackets hold asides ("TLS 1.2+ (TLS 1.0/1.1 disabled)"), table cells
 * their own values, and a dash before words a clause of its own ("TLS 1.2 or 1.3 – older
 * versions are disabled"); a dash between versions is a range.
 */
function parts(text: string, start: number): Array<{ part: string; at: number }> {
  const out: Array<{ part: string; at: number }> = [];
  let at = start;
  for (const sep of text.slice(start).matchAll(/[,;()|]|\s[–—]\s(?=\p{L})/gu)) {
    out.push({ part: text.slice(at, start + sep.index), at });
    at = start + sep.index + sep[0].length;
  }
  out.push({ part: text.slice(at), at });
  return out;
}

function cutAt(text: string, re: RegExp): string {
  const m = re.exec(text);
  return m ? text.slice(0, m.index) : text;
}

function least(versions: string[]) {
  return versions.length > 0 ? [{ value: [...versions].sort()[0] }] : [];
}
