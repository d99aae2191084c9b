/**
 * The lowest TLS version a text accepts: "TLS 1.2 or higher", "TLS 1.0, 1.1 lub 1.2" (1.0),
 * "co najmniej w wersji 1.2". Versions named as disabled are not accepted ones.
 */
import type { Lexicon } from '../lexicon.ts';
import { allHits } from '../terms.ts';
import { has } from '../context.ts';
import type { Extractor } from './types.ts';

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

export const tlsMin: Extractor = (seg, _spec, ctx) => {
  const m = ctx.lex.memo('tls', tlsRegex).exec(seg.text);
  if (!m) return [];
  const g = m.groups!;
  const versions = [g.v, ...(g.more.match(/1\.[0-3]/g) ?? [])].sort();
  const atLeast = ctx.lex.memo('tlsAtLeast', (l) => new RegExp(`(?:${l.source('tlsAtLeast')})\\s`, 'iu'));
  const orHigher = g.up !== undefined || g.min !== undefined || atLeast.test(m[0]);
  // "TLS 1.0 and 1.1 are disabled" names versions that are not accepted.
  if (!orHigher && (allHits(ctx.lex.negation, seg.text).length > 0 || has(ctx.lex, 'tlsDisabled', seg.text))) return [];
  return [{ value: versions[0] }];
};
