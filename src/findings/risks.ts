/**
 * Claims a security reviewer would flag, as `risk` findings (findings.md). Each message cites
 * its source (RFC 8996, GDPR Art. 5/17/33, ISO/IEC 27001:2022 Annex A, NIST SP 800-63B).
 * Browser-safe. line/column are left for the findings engine to fill from the source map.
 *
 * Classes (rule ids): a legacy TLS version accepted (`risk-tls-legacy`); staff acting as a user
 * without the user's password (`risk-impersonation-without-password`); stored data, backups or
 * virtual machines not encrypted, traffic not encrypted (`risk-unencrypted-*`); data deleted in
 * production never purged from backups (`risk-backups-never-purged`); no MFA for customers
 * (`risk-no-mfa`); incident notice slower than 72 hours, a business day counting 7/5 of a day
 * ("within 3 business days" may be 5 calendar days) (`risk-slow-incident-notice`); only the
 * hosting provider's certificates cited where the document raises the vendor's own certification
 * (`risk-only-provider-certs`, provider-certs.ts; round 18).
 * Round 8, where THE VENDOR STATES A WEAKNESS (after reading vendors' pages per class):
 * no penetration test, or none independent (`risk-no-pentest`: `pentest` false, unless the
 * document states a test by someone other than the vendor's own staff; not "tests by customers
 * need our consent", "not performed on customer environments": risk-frames.json); passwords
 * stored in plain text or reversibly encrypted (`risk-password-plaintext`,
 * `risk-password-reversible`; not "one-way encryption", "hashed with bcrypt"); security events
 * not logged (`risk-no-security-logging`; not "passwords never appear in logs"); customer data
 * kept over a year after the contract ends, in a sentence naming that end (`risk-data-kept-long`;
 * not records kept for a legal duty such as tax law, not logs); and, stated in words no claim carries (risk-statements.ts), shared or
 * generic accounts (`risk-shared-accounts`; not "no shared accounts are permitted", advice or a
 * past state) and customer data kept indefinitely (`risk-data-kept-indefinitely`; not anonymised
 * statistics, not "for as long as the subscription is active"). Round 9: these stated weaknesses are
 * also read in words no claim carries (risk-statements.ts, near-cues.ts): a penetration test denied
 * ("we have not commissioned an outside penetration test so far"; not when the document states a
 * test by others elsewhere), passwords that can be decrypted, data never deleted, shared accounts
 * worded freely ("one shared team account", "the engineers share a single login"); a stated risk a
 * claim already reported at that place is not reported twice. Not a risk by itself: data
 * hosted outside the EEA (normal with safeguards), a feature that is merely optional.
 * A superseded questionnaire answer ("Old answer, kept for reference") states nothing.
 */
import type { SeckbDocument } from '../model/types.ts';
import type { Finding, Severity } from './types.ts';
import { hashId } from '../model/ids.ts';
import { getT, type Locale } from '../i18n/index.ts';
import type { Claim } from '../claims/types.ts';
import { durationHours, formatDuration, formatQualifier } from '../claims/format.ts';
import { riskSpan } from './risk-span.ts';
import { businessDays, contrastsCertificates, listsSubprocessors, ownCertificate, quietRisk } from './risk-frames.ts';
import { statedRisks } from './risk-statements.ts';
import { raisesOwnCertification } from './provider-certs.ts';
import { TRIGGERS } from './frame-cues.ts';
import { SpanIndex } from './span-index.ts';

interface RiskRule {
  id: string;
  severity: Severity;
  /** Params for the message when the claim is a risk, else undefined; `own` are the document's claims. */
  test(claim: Claim, locale: Locale, own: readonly Claim[]): Record<string, string> | undefined;
}

const GDPR_ART33_HOURS = 72;
/** Longer than this after the contract ends, keeping customer data is a red flag (GDPR Art. 5(1)(e), storage limitation). */
const LONG_AFTER_END_DAYS = 366;
/** A business day as calendar time: five of them span a week. */
const BUSINESS_DAY_FACTOR = 7 / 5;
/** Deletion clocks that are not the end of the relationship (claims.md triggers). */
const NOT_THE_END = new Set(['inactivity', 'request']);
/** Unencrypted-storage risks of a named store, which a general one at the same place only repeats. */
const NARROWER_UNENCRYPTED = new Set(['risk-unencrypted-backups', 'risk-unencrypted-vm']);

/** The quote names the end of the relationship ("after the contract ends", "close your account"): a bound read from elsewhere is no promise. */
const namesTheEnd = (quote: string) => TRIGGERS.some(([name, re]) => name !== 'request' && re.test(quote));

/** A penetration test stated by someone other than the vendor's own staff (or by no one named). */
const testByOthers = (o: Claim) => o.attribute === 'pentest' && o.value === true && o.qualifiers.by !== 'internal';
/** Per list of a document's claims: the rule asks it for each claim that denies a test. */
const tested = new WeakMap<readonly Claim[], boolean>();
const testedByOthers = (own: readonly Claim[]): boolean => {
  let found = tested.get(own);
  if (found === undefined) tested.set(own, (found = own.some(testByOthers)));
  return found;
};

const RULES: RiskRule[] = [
  {
    id: 'risk-tls-legacy',
    severity: 'warning',
    test: (c) => (c.attribute === 'encryption.tls.min_version' && (c.value === '1.0' || c.value === '1.1') ? { version: String(c.value) } : undefined),
  },
  {
    id: 'risk-impersonation-without-password',
    severity: 'warning',
    test: (c) => (c.attribute === 'access.impersonation' && c.value === true && c.qualifiers.password === false ? {} : undefined),
  },
  {
    id: 'risk-unencrypted-vm',
    severity: 'warning',
    test: (c) => (c.attribute === 'encryption.at_rest' && c.value === false && c.qualifiers.scope === 'vm' ? {} : undefined),
  },
  {
    id: 'risk-unencrypted-backups',
    severity: 'warning',
    test: (c) => (c.attribute === 'encryption.at_rest' && c.value === false && c.qualifiers.scope === 'backups' ? {} : undefined),
  },
  {
    id: 'risk-unencrypted-at-rest',
    severity: 'warning',
    test: (c, locale) =>
      c.attribute === 'encryption.at_rest' && c.value === false && c.qualifiers.scope !== 'vm' && c.qualifiers.scope !== 'backups'
        ? { scope: formatQualifier('scope', c.qualifiers.scope ?? 'all', locale) }
        : undefined,
  },
  {
    id: 'risk-unencrypted-transit',
    severity: 'warning',
    test: (c) => (c.attribute === 'encryption.in_transit' && c.value === false ? {} : undefined),
  },
  {
    id: 'risk-backups-never-purged',
    severity: 'warning',
    test: (c) => (c.attribute === 'deletion.backup_purge' && c.value === 'not-actively-deleted' ? {} : undefined),
  },
  {
    id: 'risk-no-mfa',
    severity: 'warning',
    test: (c) => (c.attribute === 'auth.mfa' && c.value === false && c.qualifiers.for !== 'staff' ? {} : undefined),
  },
  {
    id: 'risk-slow-incident-notice',
    severity: 'warning',
    test: (c, locale) => {
      if (c.attribute !== 'incident.notification' || typeof c.value !== 'string') return undefined;
      const h = durationHours(c.value);
      const calendar = h !== undefined && businessDays(c.quote) ? h * BUSINESS_DAY_FACTOR : h;
      return calendar !== undefined && calendar > GDPR_ART33_HOURS ? { duration: formatDuration(c.value, locale) } : undefined;
    },
  },
  {
    id: 'risk-no-pentest',
    severity: 'warning',
    test: (c, _locale, own) => (c.attribute === 'pentest' && c.value === false && c.qualifiers.by !== 'internal' && !testedByOthers(own) ? {} : undefined),
  },
  {
    id: 'risk-password-plaintext',
    severity: 'warning',
    test: (c) => (c.attribute === 'auth.password_storage' && c.value === 'plaintext' ? {} : undefined),
  },
  {
    id: 'risk-password-reversible',
    severity: 'warning',
    // Passwords the document also says it hashes sit hashed in an encrypted store: no reversible password.
    test: (c, _locale, own) => (c.attribute === 'auth.password_storage' && c.value === 'encrypted' && !own.some((o) => o.attribute === c.attribute && o.value === 'hashed') ? {} : undefined),
  },
  {
    id: 'risk-no-security-logging',
    severity: 'warning',
    test: (c) => (c.attribute === 'logging.security_events' && c.value === false ? {} : undefined),
  },
  {
    id: 'risk-data-kept-long',
    severity: 'warning',
    test: (c, locale) => {
      if (c.attribute !== 'deletion.after_termination' || NOT_THE_END.has(String(c.qualifiers.trigger ?? '')) || !namesTheEnd(c.quote)) return undefined;
      const h = durationHours(String(c.value));
      return h !== undefined && h / 24 > LONG_AFTER_END_DAYS ? { duration: formatDuration(String(c.value), locale) } : undefined;
    },
  },
];

function finding(doc: SeckbDocument, rule: string, severity: Severity, [start, end]: [number, number], message: string): Finding {
  return {
    id: hashId(doc.id, 'risk', rule, start, end),
    documentId: doc.id,
    kind: 'risk',
    rule,
    severity,
    message,
    excerpt: doc.text.slice(start, end),
    start,
    end,
  };
}

/** Risk findings of one document's claims, one per rule and quote, ordered by position. */
export function riskFindings(doc: SeckbDocument, claims: Claim[], locale: Locale = 'en'): Finding[] {
  const t = getT(locale, 'claims');
  const own = claims.filter((c) => c.documentId === doc.id);
  const out = new Map<string, Finding>();
  for (const claim of own) {
    for (const rule of RULES) {
      const params = rule.test(claim, locale, own);
      if (!params) continue;
      const span = riskSpan(rule.id, claim, doc);
      // A look-alike: the words stating it say it is no risk now (an option, a past state, a denied denial).
      if (quietRisk(rule.id, doc.text.slice(...span))) continue;
      const f = finding(doc, rule.id, rule.severity, span, t(`risk.${rule.id}`, params));
      if (!out.has(f.id)) out.set(f.id, f);
    }
  }
  // Indexed, not searched per statement: a long text may state one weakness thousands of times.
  const byRule = new Map<string, Finding[]>();
  for (const f of out.values()) byRule.get(f.rule)?.push(f) ?? byRule.set(f.rule, [f]);
  const claimed = new Map([...byRule].map(([rule, fs]) => [rule, new SpanIndex(fs)]));
  let firstEnd = Infinity;
  let lastStart = -Infinity;
  for (const c of own.filter(testByOthers)) [firstEnd, lastStart] = [Math.min(firstEnd, c.end), Math.max(lastStart, c.start)];
  for (const { rule, start, end } of statedRisks(doc)) {
    if (quietRisk(rule, doc.text.slice(start, end))) continue;
    // The same weakness a claim already reported there; or a test by others stated elsewhere in the
    // document (a test ending before the statement or starting after it).
    if (claimed.get(rule)?.overlaps(start, end)) continue;
    if (rule === 'risk-no-pentest' && (firstEnd <= start || lastStart >= end)) continue;
    const f = finding(doc, rule, 'warning', [start, end], t(`risk.${rule}`));
    if (!out.has(f.id)) out.set(f.id, f);
  }
  // Citing only the hosting provider's certificates says nothing of the vendor's own controls, where
  // the document raises the vendor's certification (provider-certs.ts); not when the vendor's own
  // certificate was read as the provider's, nor in a list of sub-processors.
  const infra = own.filter((c) => c.attribute === 'cert.infrastructure' && !contrastsCertificates(c.quote));
  const vendorCertified = own.some((c) => c.attribute === 'cert.vendor') || infra.some((c) => ownCertificate(c.quote, doc.vendor?.name));
  if (infra.length > 0 && !vendorCertified && !listsSubprocessors(doc.title) && raisesOwnCertification(doc, infra)) {
    const first = infra.reduce((a, b) => (b.start < a.start ? b : a));
    const f = finding(doc, 'risk-only-provider-certs', 'warning', riskSpan('risk-only-provider-certs', first, doc), t('risk.risk-only-provider-certs'));
    out.set(f.id, f);
  }
  // One weakness, one finding: "backup disks are not encrypted" is read at two scopes; the narrower names it.
  const narrower = new SpanIndex([...out.values()].filter((f) => NARROWER_UNENCRYPTED.has(f.rule)));
  for (const [id, f] of out) if (f.rule === 'risk-unencrypted-at-rest' && narrower.overlaps(f.start, f.end)) out.delete(id);
  return [...out.values()].sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
}
