/**
 * An account said to stay restorable for longer than its data is kept: "an administrator can
 * restore a cancelled workspace for up to 60 days" / "once the grace period is over, we delete it
 * within 14 days". Data deleted on day 44 cannot be restored on day 60, so one figure is wrong.
 * The window is a sentence saying the account (workspace, tenant, subscription) can be restored
 * (`restoreWindow`, `accountLevel` cues in rules/{en,pl}/statement-frames.json, the account word
 * next to the restore words) for a length of time; the bound is the longest deletion.after_termination claim of production or all data with
 * the same trigger (a window after the customer deletes the account says nothing of the contract's
 * end). An item's trash ("deleted work orders can be restored for 30 days") is no account window,
 * and a sentence that also gives the deletion tells its own steps. Needs ctx.claims.
 */
import cardinality from '../../../rules/common/claim-cardinality.json' with { type: 'json' };
import en from '../../../rules/en/statement-frames.json' with { type: 'json' };
import pl from '../../../rules/pl/statement-frames.json' with { type: 'json' };
import type { Claim } from '../../claims/types.ts';
import { lexiconFor } from '../../claims/lexicon.ts';
import { plainDurations } from '../../claims/values/duration.ts';
import { durationDays, effectiveQualifiers } from '../diff.ts';
import { cueRe } from '../frame-cues.ts';
import { place } from '../inconsistency.ts';
import { frameOf } from '../statement-frames.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';

const RESTORE = cueRe([...en.restoreWindow, ...pl.restoreWindow]);
const ACCOUNT = cueRe([...en.accountLevel, ...pl.accountLevel]);
/** A claim's `trigger` qualifier as the frame trigger that names it (statement-frames.json `triggers`). */
const FRAME_TRIGGER: Record<string, string> = { 'contract-end': 'contract-end', 'account-closure': 'customer-deletion', request: 'request' };

/**
 * The sentence says an account can be restored: the account word is what is restored, just
 * before the restore words ("a cancelled workspace can be restored", "konto można przywrócić")
 * or just after them ("can restore a cancelled workspace"); "During the subscription, deleted
 * records can be restored" restores records.
 */
function restoresAccount(text: string): boolean {
  const m = RESTORE.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index).split(/\s+/).filter(Boolean).slice(-2);
  const after = text.slice(m.index + m[0].length).split(/\s+/).filter(Boolean).slice(0, 4);
  return ACCOUNT.test([...before, ...after].join(' '));
}

/** The longest length of time a sentence gives, in days. */
function longestDays(text: string, lang: string): number | undefined {
  const days = plainDurations(text, lexiconFor(lang)).map((d) => durationDays(d.iso) ?? 0);
  return days.length ? Math.max(...days) : undefined;
}

/** Deletion bounds of production or all data, with the frame trigger each counts from. */
function bounds(claims: readonly Claim[]): Array<{ claim: Claim; days: number; trigger: string }> {
  return claims.flatMap((c) => {
    if (c.attribute !== 'deletion.after_termination') return [];
    const q = { ...effectiveQualifiers(c) };
    const days = durationDays(c.value);
    if (days === undefined || (q.scope !== undefined && q.scope !== 'production' && q.scope !== 'all')) return [];
    return [{ claim: c, days, trigger: FRAME_TRIGGER[String(q.trigger ?? 'contract-end')] ?? String(q.trigger) }];
  });
}

export const rule: CodeRule = {
  id: 'restore-window-mismatch',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.restore-window-mismatch',
  detect(doc, ctx) {
    const all = bounds(ctx.claims ?? []);
    if (all.length === 0) return [];
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      if (!restoresAccount(text) || all.some((b) => b.claim.start < s.end && s.start < b.claim.end)) continue;
      const window = longestDays(text, s.lang ?? doc.language);
      if (window === undefined) continue;
      const trigger = frameOf(text).trigger;
      const longest = all.filter((b) => trigger === undefined || b.trigger === trigger).sort((a, b) => b.days - a.days)[0];
      if (!longest || window <= longest.days * (1 + cardinality.durationTolerance)) continue;
      hits.push({ start: s.start, end: s.end, params: { window: `P${window}D`, bound: String(longest.claim.value) }, related: [place(longest.claim)] });
    }
    return hits;
  },
};
