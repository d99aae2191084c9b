/**
 * Claims a security reviewer would flag, as `risk` findings (findings.md). Each message cites
 * its source (RFC 8996, GDPR Art. 17/33, ISO/IEC 27001:2022 Annex A, NIST SP 800-63B).
 * Browser-safe. line/column are left for the findings engine to fill from the source map.
 */
import type { SeckbDocument } from '../model/types.ts';
import type { Finding, Severity } from './types.ts';
import { hashId } from '../model/ids.ts';
import { getT, type Locale } from '../i18n/index.ts';
import type { Claim } from '../claims/types.ts';
import { durationHours, formatDuration, formatQualifier } from '../claims/format.ts';
import { riskSpan } from './risk-span.ts';
import { quietRisk } from './risk-frames.ts';

interface RiskRule {
  id: string;
  severity: Severity;
  /** Params for the message when the claim is a risk, else undefined. */
  test(claim: Claim, locale: Locale): Record<string, string> | undefined;
}

const GDPR_ART33_HOURS = 72;

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
      return h !== undefined && h > GDPR_ART33_HOURS ? { duration: formatDuration(c.value, locale) } : undefined;
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
      const params = rule.test(claim, locale);
      if (!params) continue;
      const span = riskSpan(rule.id, claim, doc);
      // A look-alike: the words stating it say it is no risk now (an option, a past state, a denied denial).
      if (quietRisk(rule.id, doc.text.slice(...span))) continue;
      const f = finding(doc, rule.id, rule.severity, span, t(`risk.${rule.id}`, params));
      if (!out.has(f.id)) out.set(f.id, f);
    }
  }
  // Citing only the hosting provider's certificates says nothing of the vendor's own controls.
  const infra = own.filter((c) => c.attribute === 'cert.infrastructure');
  if (infra.length > 0 && !own.some((c) => c.attribute === 'cert.vendor')) {
    const first = infra.reduce((a, b) => (b.start < a.start ? b : a));
    const f = finding(doc, 'risk-only-provider-certs', 'warning', riskSpan('risk-only-provider-certs', first, doc), t('risk.risk-only-provider-certs'));
    out.set(f.id, f);
  }
  return [...out.values()].sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
}
