/**
 * Named values from a table of rules/claims/common.json (`value.table`): ciphers ("AES-256"),
 * key stores ("AWS KMS"), export formats, single sign-on methods.
 */
import { COMMON } from '../common.ts';
import { has } from '../context.ts';
import type { Extractor } from './types.ts';

export const table: Extractor = (seg, spec) => {
  const found = COMMON.tables[spec.table ?? '']?.find(seg.text) ?? [];
  const keys = [...new Set(found.map((h) => h.key))];
  return (spec.multi ? keys : keys.slice(0, 1)).map((value) => ({ value }));
};

/** Values named by concepts of the lexicon (`value.map`: value -> concept). */
export const concepts: Extractor = (seg, spec, ctx) => {
  const keys = Object.entries(spec.map ?? {})
    .filter(([, concept]) => has(ctx.lex, concept, seg.text))
    .map(([key]) => key);
  return (spec.multi ? keys : keys.slice(0, 1)).map((value) => ({ value }));
};
