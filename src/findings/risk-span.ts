/**
 * Where a risk finding points: the words that state the risk (rules/{en,pl}/risk-clauses.json).
 * When its claim's sentence has several clauses (split at ';'), the one clause holding them:
 * "Engineers can open a user's session to reproduce a problem; this does not require the user's
 * password" points at the second clause. When the sentence holds none of them, the claim read
 * them from around it, and the finding takes them in: the question of a questionnaire row whose
 * answer is a bare "No" ("Do you support MFA? | No"), or the next sentence of its paragraph that holds them ("An engineer can log
 * in as the user. No password is needed."), the source's paragraph where a plain-text reader split
 * it at a line ending a sentence. Browser-safe.
 */
import en from '../../rules/en/risk-clauses.json' with { type: 'json' };
import pl from '../../rules/pl/risk-clauses.json' with { type: 'json' };
import type { Claim } from '../claims/types.ts';
import type { SeckbDocument } from '../model/types.ts';
import { clauses } from './clauses.ts';
import { cueRe } from './frame-cues.ts';
import { blockAt } from '../model/block-at.ts';
import { lineColumn } from './position.ts';

const CUES = new Map<string, RegExp>();
for (const rule of new Set([...Object.keys(en), ...Object.keys(pl)].filter((k) => !k.startsWith('$')))) {
  const words = [en, pl].flatMap((l) => ((l as Record<string, unknown>)[rule] as string[] | undefined) ?? []);
  CUES.set(rule, cueRe(words));
}

/** Answer cells that say nothing without their question ("No | On the roadmap"). */
const BARE = new Set(en.$bareAnswers);
const bareAnswer = (quote: string): boolean => BARE.has(quote.split('|')[0].trim().replace(/[.!]$/u, '').toLowerCase());

/** How many sentences after the claim's own a risk's words may stand in (same paragraph). */
const FOLLOWING = 2;

/** Formats whose reader keeps the source's lines, and may split one of its paragraphs in two. */
const LINE_FORMATS = new Set(['txt', 'md']);

/**
 * The block after `block` when both are one paragraph of a plain-text or markdown source: it
 * starts on the line right after `block` ends, with no blank line between (a reader may split a
 * hard-wrapped paragraph where a line ends a sentence).
 */
function sameParagraph(doc: RiskDoc, block: { end: number }): { end: number } | undefined {
  if (!doc.format || !LINE_FORMATS.has(doc.format) || !doc.sourceMap?.length) return undefined;
  // The first block starting at or after `block`'s end (blocks are sorted by start).
  let lo = 0;
  let hi = doc.blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.blocks[mid].start < block.end) lo = mid + 1;
    else hi = mid;
  }
  const next = doc.blocks[lo];
  if (!next || next.type !== 'paragraph') return undefined;
  const a = lineColumn(doc as SeckbDocument, Math.max(0, block.end - 1));
  const b = lineColumn(doc as SeckbDocument, next.start);
  return a && b && b.line === a.line + 1 ? next : undefined;
}

type RiskDoc = Pick<SeckbDocument, 'text' | 'blocks' | 'sentences'> & Partial<Pick<SeckbDocument, 'format' | 'sourceMap'>>;

/** [start, end] of the risk's text in the document: the claim's, its one matching clause, or the claim with its row or next sentence. */
export function riskSpan(rule: string, claim: Claim, doc?: RiskDoc): [number, number] {
  const re = CUES.get(rule);
  if (!re) return [claim.start, claim.end];
  if (claim.quote.includes(';')) {
    const hits = clauses(claim.quote, ';').filter(([s, e]) => re.test(claim.quote.slice(s, e)));
    if (hits.length === 1) return [claim.start + hits[0][0], claim.start + hits[0][1]];
    if (hits.length > 1) return [claim.start, claim.end];
  }
  if (!doc || re.test(claim.quote)) return [claim.start, claim.end];
  const block = blockAt(doc.blocks, claim.start);
  if (!block) return [claim.start, claim.end];
  if (block.type === 'table-row' && block.cells && block.cells.length > 1) {
    return bareAnswer(claim.quote) && re.test(doc.text.slice(block.start, block.end)) ? [block.start, Math.max(claim.end, block.end)] : [claim.start, claim.end];
  }
  const end = sameParagraph(doc, block)?.end ?? block.end;
  const next = doc.sentences.filter((s) => s.start >= claim.end && s.end <= end).slice(0, FOLLOWING);
  const holder = next.find((s) => re.test(doc.text.slice(s.start, s.end)));
  return holder ? [claim.start, holder.end] : [claim.start, claim.end];
}
