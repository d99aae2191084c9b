/**
 * Look-alikes of a red flag: the claim is read, but the words that state it say it is no risk now
 * (rules/{en,pl}/risk-frames.json). "We do not enforce two-factor authentication, but every user
 * can turn it on" offers MFA; "we stopped accepting TLS 1.1 in 2023" tells of a past state; "no
 * customer data is ever stored unencrypted" denies the unencrypted state. A quiet cue beside a
 * word that the state still holds ("still accepted until March"), or in a questionnaire row
 * answered "No", quiets nothing; an answer the row marks as superseded ("Old answer, kept for
 * reference") states nothing, whatever it answers. Browser-safe.
 */
import en from '../../rules/en/risk-frames.json' with { type: 'json' };
import pl from '../../rules/pl/risk-frames.json' with { type: 'json' };
import { cueRe } from './frame-cues.ts';

type Cues = typeof en;
const LANGS: Cues[] = [en, pl];
const all = (pick: (l: Cues) => string[]) => cueRe(LANGS.flatMap(pick));

const QUIET = new Map<string, RegExp>(
  [...new Set(LANGS.flatMap((l) => Object.keys(l.quiet)))].map((rule) => [rule, all((l) => (l.quiet as Record<string, string[]>)[rule] ?? [])]),
);
const UNLESS = new Map<string, RegExp>(
  [...new Set(LANGS.flatMap((l) => Object.keys(l.unless)))].map((rule) => [rule, all((l) => (l.unless as Record<string, string[]>)[rule] ?? [])]),
);
const NEGATION = all((l) => l.denied.negation);
const PLAIN = all((l) => l.denied.plain);
const ANSWERED_NO = new Set(LANGS.flatMap((l) => l.answeredNo));
const SUPERSEDED = all((l) => l.superseded);
const BUSINESS_DAYS = all((l) => l.businessDays);
/** A notice period counted in business days ("within 3 business days", "3 dni roboczych"). */
export const businessDays = (text: string): boolean => BUSINESS_DAYS.test(text);
/** A table row (cells joined by ' | ') with a cell saying just "No": the vendor's answer stands. */
const answeredNo = (text: string): boolean => text.includes('|') && text.split('|').some((cell) => ANSWERED_NO.has(cell.trim().replace(/[.!]$/u, '').toLowerCase()));

/** Risks of stored data not encrypted, which a denied denial quiets. */
const UNENCRYPTED = new Set(['risk-unencrypted-at-rest', 'risk-unencrypted-backups', 'risk-unencrypted-vm']);

/** "No data is ever stored unencrypted": a negation word, then an unencrypted word in the same clause. */
function deniesPlain(text: string): boolean {
  for (const clause of text.split(/[;,:]/u)) {
    const neg = NEGATION.exec(clause);
    if (neg && PLAIN.test(clause.slice(neg.index + neg[0].length))) return true;
  }
  return false;
}

/** The risk's text (its sentence or clause) says the claim is no risk now. */
export function quietRisk(rule: string, text: string): boolean {
  // An answer its own row marks as old ("Old answer, kept for reference") states nothing, even "No".
  if (SUPERSEDED.test(text)) return true;
  if (UNENCRYPTED.has(rule) && deniesPlain(text)) return true;
  const quiet = QUIET.get(rule);
  return quiet !== undefined && quiet.test(text) && !UNLESS.get(rule)?.test(text) && !answeredNo(text);
}
