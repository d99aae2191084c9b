/**
 * One field of a filled-in block left as a blank line ("Approved by: ______" under "Version: 2.1",
 * "Last reviewed: 4 May 2026"): the document-control block of a published policy, not a form.
 * A block whose fields are mostly blank is a form meant to be filled in, and a block naming a
 * signature or a stamp is meant to be signed (signatureCaptions): both stay quiet.
 */
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { alternation, signatureCaptions } from './structure-data.ts';
import { linesOf } from './text-utils.ts';

/** "Label: value" on one line; the label is a few words, not a sentence. */
const FIELD = /^[ \t]*(\p{L}[\p{L}\p{N} ./()&-]{1,40}?)[ \t]*:[ \t]*(.*?)[ \t]*$/u;
/** A blank: a run of underscores, of five dots or more, or of two ellipses or more. */
const BLANK = /^(?:_{3,}|\.{5,}|(?:\.{0,3}…){2,}\.*)$/u;
const SIGNATURE = new RegExp(`(?<!\\p{L})(?:${alternation(signatureCaptions)})`, 'iu');
/** How many non-empty lines either side belong to the same block of fields. */
const WINDOW = 5;
const MIN_FILLED = 2;

type Field = { start: number; end: number; blank: boolean; filled: boolean } | undefined;

export const rule: CodeRule = {
  id: 'unfilled-field',
  kind: 'placeholder',
  severity: 'warning',
  messageKey: 'findings.unfilled-field',
  detect(doc) {
    if (!/_{3}|\.{5}|…{2}|…\.…/u.test(doc.text)) return [];
    const lines = linesOf(doc.text).filter((l) => l.text.trim() !== '');
    const fields: Field[] = lines.map((l) => {
      // Long lines are prose (and the lazy label/value split is kept linear).
      const m = l.text.length <= 160 ? FIELD.exec(l.text) : null;
      if (!m || m[2].length > 80) return undefined;
      const blank = BLANK.test(m[2]);
      const start = l.start + l.text.length - l.text.trimStart().length;
      return { start, end: l.end, blank, filled: !blank && /[\p{L}\p{N}]/u.test(m[2]) };
    });
    // Any line of the block may name the signature ("……… (podpis)", "Signature" over a line).
    const signature = lines.map((l) => SIGNATURE.test(l.text));
    const hits: RuleHit[] = [];
    fields.forEach((f, i) => {
      if (!f?.blank) return;
      const from = Math.max(0, i - WINDOW);
      if (signature.slice(from, i + WINDOW + 1).some(Boolean)) return;
      const near = fields.slice(from, i + WINDOW + 1).filter((n): n is NonNullable<Field> => n !== undefined);
      const filled = near.filter((n) => n.filled).length;
      const blanks = near.filter((n) => n.blank).length;
      if (filled >= MIN_FILLED && filled > blanks) hits.push({ start: f.start, end: f.end });
    });
    return hits;
  },
};
