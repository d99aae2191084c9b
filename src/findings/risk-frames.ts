/**
 * Look-alikes of a red flag: the claim is read, but the words that state it say it is no risk now
 * (rules/{en,pl}/risk-frames.json). "We do not enforce two-factor authentication, but every user
 * can turn it on" offers MFA; "we stopped accepting TLS 1.1 in 2023" tells of a past state; "no
 * customer data is ever stored unencrypted" denies the unencrypted state. A quiet cue beside a
 * word that the state still holds ("still accepted until March"), or in a questionnaire row
 * answered "No", quiets nothing; an answer the row marks as superseded ("Old answer, kept for
 * reference") states nothing, whatever it answers. A weakness of stored data told as a past state
 * ("at the time of the incident the files were not encrypted", "do migracji kopie nie były
 * szyfrowane") is no risk now, unless the same words speak of now ("are still not"). Advice
 * ("should never be stored in plain text") states no weakness of anyone's service. Browser-safe.
 */
import en from '../../rules/en/risk-frames.json' with { type: 'json' };
import pl from '../../rules/pl/risk-frames.json' with { type: 'json' };
import { cueRe, datedTimeframe } from './frame-cues.ts';

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
const OWN_CERT = all((l) => l.ownCert);
const NOT_OWN = all((l) => l.notOwn);
const CERT_CONTRAST = all((l) => l.certContrast);
/** The sentence tells a provider's certificate from the vendor's ("not the same as"): it cites neither as assurance. */
export const contrastsCertificates = (quote: string): boolean => CERT_CONTRAST.test(quote);
const INFRASTRUCTURE = all((l) => l.infrastructure);
const ADVICE = all((l) => l.advice);
/**
 * Advice, a warning or a rule of thumb ("passwords should never be stored in plain text", "storing
 * them reversibly is dangerous", "hasła nie powinny być przechowywane jawnie"): what anyone should
 * do, or what a vendor's policy forbids, not the state of the vendor's service. Guides and
 * explainers are full of it; a claim read from it states no weakness and contradicts nothing.
 */
export const givesAdvice = (text: string): boolean => ADVICE.test(text);
const SUBPROCESSOR_LIST = all((l) => l.subprocessorList);

/** A certificate the vendor states of itself: 'our ISMS is certified', or its name with no data-centre word beside it ('Acme GmbH holds ISO/IEC 27001'). */
export function ownCertificate(quote: string, vendorName = ''): boolean {
  const own = OWN_CERT.exec(quote);
  // "we ourselves are not certified" denies it.
  if (own) return !NOT_OWN.test(quote.slice(Math.max(0, own.index - 24), own.index + own[0].length));
  const name = vendorName.trim().toLowerCase();
  return name.length > 1 && quote.toLowerCase().includes(name) && !INFRASTRUCTURE.test(quote);
}

/** A list of sub-processors (by its title): about who processes data, not the vendor's own assurance. */
export const listsSubprocessors = (title = ''): boolean => SUBPROCESSOR_LIST.test(title);
/** A notice period counted in business days ("within 3 business days", "3 dni roboczych"). */
export const businessDays = (text: string): boolean => BUSINESS_DAYS.test(text);
/** A table row (cells joined by ' | ') with a cell saying just "No": the vendor's answer stands. */
const answeredNo = (text: string): boolean => text.includes('|') && text.split('|').some((cell) => ANSWERED_NO.has(cell.trim().replace(/[.!]$/u, '').toLowerCase()));

/** Risks of stored data not encrypted, which a denied denial or a past state quiets. */
const UNENCRYPTED = new Set(['risk-unencrypted-at-rest', 'risk-unencrypted-backups', 'risk-unencrypted-vm']);
const PAST_ANCHOR = all((l) => l.pastState.anchors);
const PAST_TENSE = all((l) => l.pastState.tense);
const PRESENT = all((l) => l.pastState.present);
/**
 * "At the time of the incident the files were not encrypted", "until March 2026 backups were not
 * encrypted": a past-tense denial anchored to a moment that is over, with no word of now. A past
 * tense alone is narrative ("the bucket was not encrypted, unlike our databases"): it may still hold.
 */
const pastState = (text: string): boolean =>
  PAST_TENSE.test(text) && (PAST_ANCHOR.test(text) || datedTimeframe(text) === 'past') && !PRESENT.test(text);

/** "No data is ever stored unencrypted": a negation word, then an unencrypted word in the same clause. */
function deniesPlain(text: string): boolean {
  // A table cell ("| No |") is an answer, never a negation of what the next cell says.
  for (const clause of text.split(/[;,:|]/u)) {
    const neg = NEGATION.exec(clause);
    if (neg && PLAIN.test(clause.slice(neg.index + neg[0].length))) return true;
  }
  return false;
}

/** The risk's text (its sentence or clause) says the claim is no risk now. */
export function quietRisk(rule: string, text: string): boolean {
  // An answer its own row marks as old ("Old answer, kept for reference") states nothing, even "No".
  if (SUPERSEDED.test(text)) return true;
  if (UNENCRYPTED.has(rule) && (deniesPlain(text) || (pastState(text) && !answeredNo(text)))) return true;
  if (givesAdvice(text) && !answeredNo(text)) return true;
  const quiet = QUIET.get(rule);
  return quiet !== undefined && quiet.test(text) && !UNLESS.get(rule)?.test(text) && !answeredNo(text);
}
