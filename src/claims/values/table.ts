/**
 * Named values from a table of rules/claims/common.json (`value.table`): ciphers ("AES-256"),
 * key stores ("AWS KMS"), export formats, single sign-on methods.
 */
import { COMMON } from '../common.ts';
import { has, hits, isNegated } from '../context.ts';
import type { Hit } from '../terms.ts';
import type { Extractor } from './types.ts';

/** The comma-delimited part of `text` around a hit. */
function partAround(text: string, h: Hit): string {
  const from = Math.max(...[',', ';', '.', '\n'].map((c) => text.lastIndexOf(c, h.start - 1)));
  const ends = [',', ';', '\n', '. '].map((c) => text.indexOf(c, h.end)).filter((i) => i >= 0);
  return text.slice(from + 1, ends.length ? Math.min(...ends) : text.length);
}

/**
 * A name denied where it stands ("never in plain text", "not AES-128") or offered only as an
 * option ("customer-managed keys as a paid option", "SSO on request") is no value.
 */
export const table: Extractor = (seg, spec, ctx) => {
  const found = (COMMON.tables[spec.table ?? '']?.find(seg.text) ?? []).filter(
    (h) => !isNegated(ctx.lex, seg.text, h) && (spec.optionalOk || !has(ctx.lex, 'optionalFeature', partAround(seg.text, h))),
  );
  const keys = [...new Set(found.map((h) => h.key))];
  return (spec.multi ? keys : keys.slice(0, 1)).map((value) => ({ value }));
};

/** Values named by concepts of the lexicon (`value.map`: value -> concept). */
export const concepts: Extractor = (seg, spec, ctx) => {
  const keys = Object.entries(spec.map ?? {})
    .filter(([, concept]) => hits(ctx.lex, concept, seg.text).some((h) => !isNegated(ctx.lex, seg.text, h)))
    .map(([key]) => key);
  return (spec.multi ? keys : keys.slice(0, 1)).map((value) => ({ value }));
};
