/**
 * Deleted data said to leave the backups as they expire, after a time shorter than the backups
 * are kept: "backups are kept 30 days" / "deleted data disappears from the backups when their
 * retention ends, i.e. after 14 days". A copy kept 30 days still holds what was deleted on its
 * first day, so one of the two figures is wrong. Only a purge tied to expiry (cue words `expiry`,
 * rules/{en,pl}/statement-frames.json) or told as how long deleted data stays in the backups
 * (`linger`: "remains in backups for at most 14 days", which is what their expiry says) is
 * compared: an active purge may well be faster. A deletion that excepts the backups
 * (`backupsExcepted`: "deleted within 30 days, except backups") gives no purge figure. With a
 * retention ladder the longest rung counts (the monthly copy outlives the daily ones). A figure
 * of the production step with none after the backups word (`productionStep`: "from production
 * within 14 days, and from backups as they expire") is not the backups' purge. A longer
 * purge than the retention is no conflict (an upper bound). A figure whose sentence names no backups
 * (a bin or trash tip: "deleted items stay in the Trash for 30 days") is no purge of the backups.
 * Needs ctx.claims.
 */
import cardinality from '../../../rules/common/claim-cardinality.json' with { type: 'json' };
import en from '../../../rules/en/statement-frames.json' with { type: 'json' };
import pl from '../../../rules/pl/statement-frames.json' with { type: 'json' };
import type { Claim } from '../../claims/types.ts';
import { durationDays, effectiveQualifiers, sameValue } from '../diff.ts';
import { place } from '../inconsistency.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { cueRe, RE, ROW_SUBJECTS } from '../frame-cues.ts';
import { tiedToExpiry } from '../statement-frames.ts';

const LINGER = cueRe([...en.linger, ...pl.linger]);
const BACKUPS_EXCEPTED = cueRe([...en.backupsExcepted, ...pl.backupsExcepted]);
/** Words naming the backups themselves (not a restore from the bin). */
const BACKUP_NOUNS = cueRe([...en.backupNouns, ...pl.backupNouns]);

/** The purge's sentence says when deleted data leaves the backups by their expiry, not by an active purge. */
const expiryBound = (quote: string): boolean => (tiedToExpiry(quote) || LINGER.test(quote)) && !BACKUPS_EXCEPTED.test(quote);

const BACKUPS = ROW_SUBJECTS.get('backup')!;

/**
 * "We remove it from production within 14 days, and from backups as they expire": the sentence's
 * figure stands with the production step (named before the backups word) and none follows the
 * backups word, so it is no purge figure of the backups.
 */
function productionStepFigure(quote: string): boolean {
  const at = BACKUPS.exec(quote)?.index;
  if (at === undefined) return false;
  const [before, after] = [quote.slice(0, at), quote.slice(at)];
  return /\d/u.test(before) && !/\d/u.test(after) && RE.productionStep.test(before);
}

/** Claims that say when deleted data leaves the backups. */
function isBackupPurge(c: Claim): boolean {
  if (c.attribute === 'deletion.backup_purge') return true;
  return c.attribute === 'deletion.after_termination' && effectiveQualifiers(c).scope === 'backups';
}

/**
 * One figure read twice in one sentence ("deleted within 30 days; deleted data may persist in
 * backups until they expire" gives the production bound and a purge of 30 days): the figure may
 * belong to the other step, so the purge is not compared.
 */
function sharedFigure(c: Claim, sameSentence: readonly Claim[]): boolean {
  return sameSentence.some((o) => o.attribute.startsWith('deletion.') && !isBackupPurge(o) && sameValue(o.value, c.value));
}

/**
 * The sentence also says when the backups are gone counted from the contract's end ("deleted
 * within 60 days, and backups expire within a further 30": backups gone by day 90), and that
 * total outlasts the retention: the backups that hold the data were taken before it was deleted,
 * so a purge counted after the production step is no shorter than their expiry.
 */
function totalMeetsRetention(sameSentence: readonly Claim[], retentionDays: number): boolean {
  return sameSentence.some(
    (o) => o.attribute === 'deletion.after_termination' && effectiveQualifiers(o).scope === 'backups' && (durationDays(o.value) ?? 0) >= retentionDays * (1 - cardinality.durationTolerance),
  );
}

export interface ExpiryMismatch {
  purge: Claim;
  retention: Claim;
}

export function expiryMismatches(claims: readonly Claim[]): ExpiryMismatch[] {
  let longest: { claim: Claim; days: number } | undefined;
  for (const c of claims) {
    if (c.attribute !== 'backup.retention') continue;
    const days = durationDays(c.value);
    if (days !== undefined && (!longest || days > longest.days)) longest = { claim: c, days };
  }
  if (!longest) return [];
  const bySentence = new Map<number, Claim[]>();
  for (const c of claims) bySentence.set(c.start, [...(bySentence.get(c.start) ?? []), c]);
  const out: ExpiryMismatch[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    const sameSentence = bySentence.get(c.start) ?? [];
    // The figure must be said of the backups: "deleted work orders stay in the Trash for 30 days" is an undo window.
    if (!isBackupPurge(c) || !BACKUP_NOUNS.test(c.quote) || c.start === longest.claim.start || !expiryBound(c.quote) || sharedFigure(c, sameSentence) || productionStepFigure(c.quote)) continue;
    if (totalMeetsRetention(sameSentence, longest.days)) continue;
    const days = durationDays(c.value);
    if (days === undefined || days >= longest.days * (1 - cardinality.durationTolerance)) continue;
    const key = `${c.start}|${String(c.value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ purge: c, retention: longest.claim });
  }
  return out;
}

export const rule: CodeRule = {
  id: 'backup-expiry-mismatch',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.backup-expiry-mismatch',
  detect(_doc, ctx) {
    return expiryMismatches(ctx.claims ?? []).map(
      ({ purge, retention }): RuleHit => ({
        start: purge.start,
        end: purge.end,
        params: { purge: String(purge.value), retention: String(retention.value) },
        related: [place(retention)],
      }),
    );
  },
};
