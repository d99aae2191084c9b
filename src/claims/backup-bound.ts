/**
 * The backups' deletion bound told in two statements: "We delete your data within 30 days after
 * the contract ends." then "Deleted data stays in our backups for at most 35 days." The second
 * counts from the first (deletion.backup_purge: when data deleted in production is gone from the
 * backups), so the backups are clear 65 days after the contract ends: a
 * deletion.after_termination of scope `backups`, quoted on the purge, as a retention schedule's row
 * gives it (schedule.ts). Browser-safe.
 */
import type { Claim } from './types.ts';
import { claimId, sortQualifiers } from './records.ts';
import { addLengths } from './values/duration.ts';

/** How far back (characters) the production deletion may stand before the purge: one section or two of a help page. */
const REACH = 2500;

const isLength = (v: Claim['value']) => typeof v === 'string' && /^P\d+[DWMY]$/.test(v);

export function backupBounds(claims: readonly Claim[]): Claim[] {
  const bounds = claims.filter((c) => c.attribute === 'deletion.after_termination' && isLength(c.value));
  const out: Claim[] = [];
  for (const purge of claims) {
    if (purge.attribute !== 'deletion.backup_purge' || !isLength(purge.value)) continue;
    // The production (or unscoped) deletion told last before the purge, or in the purge's own sentence.
    const step = bounds
      .filter((b) => (b.qualifiers.scope ?? 'production') === 'production' && b.start <= purge.start && purge.start - b.end <= REACH)
      .sort((a, b) => a.start - b.start)
      .at(-1);
    if (!step) continue;
    const trigger = JSON.stringify(step.qualifiers.trigger);
    // A bound the document states for the backups itself, for the same trigger, stands.
    if (bounds.some((b) => b.qualifiers.scope === 'backups' && JSON.stringify(b.qualifiers.trigger) === trigger)) continue;
    const value = addLengths(String(step.value), String(purge.value));
    if (!value) continue;
    const qualifiers = sortQualifiers({ ...step.qualifiers, scope: 'backups' });
    const claim = { ...purge, attribute: 'deletion.after_termination', value, qualifiers, id: claimId(purge.documentId, purge.start, 'deletion.after_termination', value, qualifiers) };
    if (!out.some((c) => c.id === claim.id)) out.push(claim);
  }
  return out;
}
