/**
 * The backups' deletion bound told in two statements: "We delete your data within 30 days after
 * the contract ends." then "Deleted data stays in our backups for at most 35 days." The second
 * counts from the first (deletion.backup_purge: when data deleted in production is gone from the
 * backups), so the backups are clear 65 days after the contract ends: a
 * deletion.after_termination of scope `backups`, as a retention schedule's row gives it
 * (schedule.ts). It rests on both statements, so its quote runs from the first to the second (one
 * section): no sentence alone states the total, which the findings read as a sentence's own
 * (backup-expiry-mismatch). Only a purge told as counting on adds ("a further 21 days", "14 days
 * later", "35 days after the deletion", "od usunięcia"): "Deleted data leaves the backups when they
 * expire, within 12 weeks" tells how long any deleted data lingers, and no sum is in the text. Browser-safe.
 */
import type { SeckbDocument } from '../model/types.ts';
import type { Claim } from './types.ts';
import { claimId, sortQualifiers } from './records.ts';
import { addLengths } from './values/steps.ts';
import { has } from './context.ts';
import { lexiconFor } from './lexicon.ts';

/** How far back (characters) the production deletion may stand before the purge, in its section. */
const REACH = 1500;

const isLength = (v: Claim['value']) => typeof v === 'string' && /^P\d+[DWMY]$/.test(v);

/** The purge's own words count it on from the deletion before ("a further", "later", "after the deletion", "po usunięciu"). */
function countsOn(purge: Claim): boolean {
  const lex = lexiconFor(purge.lang);
  return ['furtherWord', 'countsFromThen', 'countsFromDeletion'].some((concept) => has(lex, concept, purge.quote));
}

export function backupBounds(doc: SeckbDocument, claims: readonly Claim[]): Claim[] {
  const lengths = claims
    .filter((c) => (c.attribute === 'deletion.after_termination' || c.attribute === 'deletion.backup_purge') && isLength(c.value))
    .sort((a, b) => a.start - b.start);
  const trigger = (c: Claim) => JSON.stringify(c.qualifiers.trigger);
  // Bounds the document states for the backups itself, per trigger: they stand.
  const stated = new Set(lengths.filter((c) => c.attribute === 'deletion.after_termination' && c.qualifiers.scope === 'backups').map(trigger));
  const out = new Map<string, Claim>();
  // One pass in document order: `step` is the production (or unscoped) deletion told last before
  // the current sentence; one sentence that gives both would give the total itself (the rules
  // pair a further length with the backups), so a deletion at the purge's own start is no step.
  let step: Claim | undefined;
  let atStart: Claim | undefined;
  let groupStart = -1;
  for (const c of lengths) {
    if (c.start !== groupStart) [step, atStart, groupStart] = [atStart ?? step, undefined, c.start];
    if (c.attribute === 'deletion.after_termination') {
      if ((c.qualifiers.scope ?? 'production') === 'production') atStart = c;
      continue;
    }
    // A deletion on request is done during the contract, record by record: the backups' tail after
    // it is the purge alone, no bound counted from an end.
    if (!step || step.qualifiers.trigger === 'request' || step.sectionId !== c.sectionId || c.start - step.end > REACH || stated.has(trigger(step))) continue;
    if (!countsOn(c)) continue;
    const value = addLengths(String(step.value), String(c.value));
    if (!value) continue;
    const qualifiers = sortQualifiers({ ...step.qualifiers, scope: 'backups' });
    const [start, end] = [step.start, Math.max(step.end, c.end)];
    const id = claimId(c.documentId, start, 'deletion.after_termination', value, qualifiers);
    if (!out.has(id)) out.set(id, { ...c, attribute: 'deletion.after_termination', value, qualifiers, id, start, end, quote: doc.text.slice(start, end) });
  }
  return [...out.values()];
}
