/**
 * Named values from a table of rules/claims/common.json (`value.table`): ciphers ("AES-256"),
 * key stores ("AWS KMS"), export formats, single sign-on methods.
 */
import { COMMON } from '../common.ts';
import { has, hits, isNegated, lastSentence, type Segment, type UnitContext } from '../context.ts';
import type { Hit } from '../terms.ts';
import type { Extractor } from './types.ts';
import type { Lexicon } from '../lexicon.ts';

/** The comma-delimited part of `text` around a hit. */
function partAround(text: string, h: Hit): string {
  const from = Math.max(...[',', ';', '.', '\n'].map((c) => text.lastIndexOf(c, h.start - 1)));
  const ends = [',', ';', '\n', '. '].map((c) => text.indexOf(c, h.end)).filter((i) => i >= 0);
  return text.slice(from + 1, ends.length ? Math.min(...ends) : text.length);
}

/** "on behalf of Okta Inc, 100 1st Street": the company of that name (a sub-processor list's row), not a sign-on offered. */
const companyAfter = (text: string, h: Hit) => /^,?\s+(?:Inc\.?|LLC|Ltd\.?|Limited|Corp\.?|Corporation|GmbH|B\.V\.)(?![\p{L}])/u.test(text.slice(h.end, h.end + 16));

/**
 * "Google Authenticator – an app made by Google", "the six digits you enter with your password to
 * Google services": beside an authenticator app (in the segment or the sentence before), a bare
 * maker's name is the app's maker or its store, not a sign-on; a product ("Google Workspace",
 * "Entra ID", "Microsoft SSO") still is one.
 */
function appMaker(seg: Segment, ctx: UnitContext, text: string, h: Hit): boolean {
  if ((h.key !== 'google' && h.key !== 'azure-ad') || /Workspace|Entra|Azure|Active Directory|SSO|single sign/iu.test(text.slice(h.start, h.end))) return false;
  // A sign-in with the name ("sign in with Google", "logowanie kontem Google") is still one.
  if (/(?:kont\p{L}*|accounts?|with|via|using|through|za pomocą|login|logowani\p{L}*)\s+$/iu.test(text.slice(Math.max(0, h.start - 30), h.start))) return false;
  return has(ctx.lex, 'authenticatorApp', seg.text) || has(ctx.lex, 'authenticatorApp', lastSentence(ctx.before) ?? '');
}

/**
 * A name denied where it stands ("never in plain text", "not AES-128") or offered only as an
 * option ("customer-managed keys as a paid option", "SSO on request") is no value.
 */
export const table: Extractor = (seg, spec, ctx) => {
  const found = (COMMON.tables[spec.table ?? '']?.find(seg.text) ?? []).filter(
    (h) => !isNegated(ctx.lex, seg.text, h) && (spec.optionalOk || !has(ctx.lex, 'optionalFeature', partAround(seg.text, h))) && !(spec.table === 'sso' && (companyAfter(seg.text, h) || appMaker(seg, ctx, seg.text, h))),
  );
  const keys = [...new Set(found.map((h) => h.key))];
  return (spec.multi ? keys : keys.slice(0, 1)).map((value) => ({ value }));
};

/** A hit a word or two after an example cue ("gdy sami poprosicie, np. zgłaszając błąd"). */
const afterExample = (text: string, h: { start: number }, lex: Lexicon) =>
  lex.memo('exampleLead', (l) => new RegExp(`(?<![\\p{L}])(?:${l.source('exampleBefore')})[\\s,:]*(?:[\\p{L}-]+\\s+){0,2}$`, 'iu')).test(text.slice(Math.max(0, h.start - 40), h.start));

/**
 * Values named by concepts of the lexicon (`value.map`: value -> concept). A value named only in an
 * example of another one it stands beside is that one's illustration ("only when you ask us, for
 * example by reporting a bug": a request, not a support case); examples alone still count.
 */
export const concepts: Extractor = (seg, spec, ctx) => {
  const found = Object.entries(spec.map ?? {}).flatMap(([key, concept]) => {
    const held = hits(ctx.lex, concept, seg.text).filter((h) => !isNegated(ctx.lex, seg.text, h));
    return held.length > 0 ? [{ key, example: held.every((h) => afterExample(seg.text, h, ctx.lex)) }] : [];
  });
  const keys = (found.some((f) => !f.example) ? found.filter((f) => !f.example) : found).map((f) => f.key);
  return (spec.multi ? keys : keys.slice(0, 1)).map((value) => ({ value }));
};
