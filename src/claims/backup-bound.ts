/**
 * The backups' deletion bound told in two statements: "We delete your data within 30 days after
 * the contract ends." then "Deleted data stays in our backups for at most 35 days." The second
 * counts from the first (deletion.backup_purge: when data deleted in production is gone from the
 * backups), so the backups are clear 65 days after the contract ends: a
 * deletion.after_termination of scope `backups`, as a retention schedule's row gives it
 * (schedule.ts). It rests on both statements, so its quote runs from the first to the second (one
 * section): no sentence alone states the total, which the findings read as a sentence's own
 * (backup-expiry-mismatch). Browser-safe.
 */
import type { SeckbDocument } from '../model/types.ts';
import type { Claim } from './types.ts';
import { claimId, sortQualifiers } from './records.ts';
import { addLengths } from './values/duration.ts';

/** How far back (characters) the production deletion may stand before the purge, in its section. */
const REACH = 1500;

const isLength = (v: Claim['value']) => typeof v === 'string' && /^P\d+[DWMY]$/.test(v);

export function backupBounds(doc: SeckbDocument, claims: readonly Claim[]): Claim[] {
  const bounds = claims.filter((c) => c.attribute === 'deletion.after_termination' && isLength(c.value));
  const out: Claim[] = [];
  for (const purge of claims) {
    if (purge.attribute !== 'deletion.backup_purge' || !isLength(purge.value)) continue;
    // The production (or unscoped) deletion told last before the purge. One sentence that gives both
    // would give the total itself (the rules pair a further length with the backups).
    const step = bounds
      .filter((b) => (b.qualifiers.scope ?? 'production') === 'production' && b.sectionId === purge.sectionId && b.start < purge.start && purge.start - b.end <= REACH)
      .sort((a, b) => a.start - b.start)
      .at(-1);
    if (!step) continue;
    const trigger = JSON.stringify(step.qualifiers.trigger);
    // A bound the document states for the backups itself, for the same trigger, stands.
    if (bounds.some((b) => b.qualifiers.scope === 'backups' && JSON.stringify(b.qualifiers.trigger) === trigger)) continue;
    const value = addLengths(String(step.value), String(purge.value));
    if (!value) continue;
    const qualifiers = sortQualifiers({ ...step.qualifiers, scope: 'backups' });
    const [start, end] = [step.start, Math.max(step.end, purge.end)];
    const id = claimId(purge.documentId, start, 'deletion.after_termination', value, qualifiers);
    const claim = { ...purge, attribute: 'deletion.after_termination', value, qualifiers, id, start, end, quote: doc.text.slice(start, end) };
    if (!out.some((c) => c.id === claim.id)) out.push(claim);
  }
  return out;
}
