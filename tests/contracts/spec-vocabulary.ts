/**
 * The claims.md vocabulary written down independently of src/claims (a contract test must not
 * trust the code it checks): value form and allowed qualifier values per attribute.
 */

export const PROVIDERS = ['aws', 'azure', 'gcp', 'oracle', 'ibm', 'ovhcloud', 'hetzner', 'digitalocean', 'alibaba', 'on-premises'];
export const CERTIFICATIONS = [
  'iso27001', 'iso27017', 'iso27018', 'iso27701', 'iso9001', 'iso22301', 'soc1', 'soc2', 'soc3',
  'hipaa', 'fedramp', 'pci-dss', 'csa-star', 'c5', 'tisax', 'cyber-essentials',
];

/** A value (or qualifier value) check: returns a reason when the value breaks the form. */
export type FormCheck = (v: unknown) => string | undefined;

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

const fail = (what: string) => (v: unknown) => `${JSON.stringify(v)} is not ${what}`;
export const duration: FormCheck = (v) => (typeof v === 'string' && DURATION.test(v) ? undefined : fail('an ISO 8601 duration')(v));
export const country: FormCheck = (v) =>
  typeof v === 'string' && /^[A-Z]{2}$/.test(v) && regionNames.of(v) !== v ? undefined : fail('an ISO 3166-1 alpha-2 code')(v);
export const oneOf = (ids: string[]): FormCheck => (v) => (typeof v === 'string' && ids.includes(v) ? undefined : fail(`one of ${ids.join(', ')}`)(v));
export const provider = oneOf(PROVIDERS);
export const certification = oneOf(CERTIFICATIONS);
export const boolean: FormCheck = (v) => (typeof v === 'boolean' ? undefined : fail('a boolean')(v));
export const percent: FormCheck = (v) => (typeof v === 'number' && v >= 0 && v <= 100 ? undefined : fail('a percent number')(v));
export const slug: FormCheck = (v) => (typeof v === 'string' && SLUG.test(v) ? undefined : fail('a lower-case slug')(v));
export const text: FormCheck = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : fail('a non-empty string')(v));
export const region: FormCheck = (v) => {
  if (typeof v !== 'string') return fail('provider:region-code')(v);
  const [p, code, ...rest] = v.split(':');
  return PROVIDERS.includes(p) && code !== undefined && rest.length === 0 && SLUG.test(code) ? undefined : fail('provider:region-code')(v);
};
const either = (...checks: FormCheck[]): FormCheck => (v) => (checks.some((c) => c(v) === undefined) ? undefined : checks[0](v) ?? `${JSON.stringify(v)} breaks every allowed form`);
const integerIn = (lo: number, hi: number): FormCheck => (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi ? undefined : fail(`an integer ${lo}..${hi}`)(v);

export interface AttributeSpec {
  value: FormCheck;
  qualifiers: Record<string, FormCheck>;
}

const spec = (value: FormCheck, qualifiers: Record<string, FormCheck> = {}): AttributeSpec => ({ value, qualifiers });

/** claims.md: any claim from a questionnaire row with a control id may add `control` ("CEK-03.1"). */
export const ANY_CLAIM_QUALIFIERS: Record<string, FormCheck> = {
  control: (v) => (typeof v === 'string' && /^\S{2,40}$/.test(v) ? undefined : fail('a control id such as CEK-03.1')(v)),
};

/** The attributes table of claims.md. */
export const ATTRIBUTES: Record<string, AttributeSpec> = {
  'hosting.provider': spec(provider),
  'hosting.location': spec(country, { role: oneOf(['production', 'failover', 'backup', 'development']), region }),
  'hosting.change_notice': spec(duration),
  'cert.vendor': spec(certification, { type: (v) => (typeof v === 'string' || typeof v === 'number' ? undefined : fail('a report type')(v)) }),
  'cert.infrastructure': spec(certification, { holder: provider }),
  'encryption.at_rest': spec(boolean, { scope: oneOf(['all', 'database', 'files', 'backups', 'disks', 'vm', 'local-cache']) }),
  'encryption.at_rest.algorithm': spec(slug),
  'encryption.in_transit': spec(boolean),
  'encryption.tls.min_version': spec(oneOf(['1.0', '1.1', '1.2', '1.3'])),
  'encryption.key_management': spec(slug),
  'backup.frequency': spec(duration, { type: oneOf(['full', 'differential', 'incremental', 'files', 'database']), edition: text }),
  'backup.retention': spec(duration, { type: oneOf(['point-in-time', 'daily', 'weekly', 'monthly']), edition: text }),
  'backup.point_in_time_restore': spec(boolean),
  'deletion.after_termination': spec(duration, { scope: oneOf(['all', 'production', 'backups']) }),
  'deletion.backup_purge': spec(either(duration, oneOf(['not-actively-deleted']))),
  'data.ownership.customer': spec(boolean),
  'data.export.formats': spec(oneOf(['xlsx', 'csv', 'json', 'xml', 'bacpac', 'sql', 'pdf'])),
  'data.export.self_service': spec(boolean),
  'auth.sso': spec(oneOf(['saml', 'oidc', 'azure-ad', 'google', 'okta', 'ldap'])),
  'auth.mfa': spec(boolean, { for: oneOf(['customers', 'staff']), method: oneOf(['totp', 'sms', 'pki', 'webauthn', 'e-id']) }),
  'auth.lockout.attempts': spec(integerIn(1, 1000)),
  'auth.lockout.duration': spec(duration),
  'auth.password_storage': spec(oneOf(['hashed', 'encrypted', 'plaintext'])),
  'access.rbac': spec(boolean),
  'access.staff_conditions': spec(oneOf(['customer-request', 'support-case', 'volunteered', 'emergency'])),
  'access.impersonation': spec(boolean, { password: boolean }),
  'access.review': spec(duration),
  'logging.security_events': spec(boolean),
  'logging.personal_data': spec(oneOf(['username-only', 'none', 'full'])),
  'logging.retention': spec(duration),
  'incident.notification': spec(either(duration, oneOf(['asap']))),
  'monitoring.continuous': spec(boolean),
  'network.firewall': spec(boolean),
  'network.ids': spec(boolean),
  'network.ddos_protection': spec(boolean),
  pentest: spec(boolean, { frequency: duration, by: oneOf(['third-party', 'internal']) }),
  'sdlc.code_review': spec(boolean),
  'sdlc.static_analysis': spec(boolean),
  'sdlc.dependency_scanning': spec(boolean),
  'availability.sla': spec(percent),
  'physical.tier': spec(integerIn(1, 4)),
  subprocessor: spec(slug, { purpose: text }),
  'review.frequency': spec(duration),
  'training.security_awareness': spec(boolean),
  'endpoint.antivirus': spec(boolean),
};

/**
 * Attributes the project added beyond the claims.md table ("Add attributes when the corpus needs
 * them"), each with its form (README "Claims: recovery objectives"); any other attribute fails
 * the contract test.
 */
export const EXTENSIONS: Record<string, AttributeSpec> = {
  'availability.rto': spec(duration, { edition: anyText }),
  'availability.rpo': spec(duration, { edition: anyText }),
  // README "Claims: sessions, passwords and vulnerability reports".
  'auth.password.min_length': spec(integerIn(4, 128)),
  'auth.session_timeout': spec(duration),
  'vulnerability.scanning': spec(boolean),
  'vulnerability.disclosure': spec(boolean),
  // README "Claims: data residency by area": the EU or the EEA, with hosting.location's roles.
  'hosting.area': spec(oneOf(['eu', 'eea']), { role: oneOf(['production', 'failover', 'backup', 'development']) }),
  // README "Claims: maintenance notice": the shortest notice promised before planned maintenance.
  'availability.maintenance_notice': spec(duration),
};

/**
 * Qualifiers the project added to claims.md attributes, or values it added to a qualifier (README
 * "Claims: deletion triggers", "the yearly backup tier", "scoped backup retention"); they replace the
 * claims.md check.
 */
export const QUALIFIER_EXTENSIONS: Record<string, Record<string, FormCheck>> = {
  'deletion.after_termination': { trigger: oneOf(['contract-end', 'account-closure', 'inactivity', 'request']) },
  'backup.retention': { type: oneOf(['point-in-time', 'daily', 'weekly', 'monthly', 'yearly']), scope: oneOf(['database', 'files']) },
  // README "Claims: per-plan availability": the plan a table row, column or section heading names.
  'availability.sla': { edition: anyText },
  // README "Claims: sessions, passwords and vulnerability reports": a one-time code sent by e-mail.
  'auth.mfa': { method: oneOf(['totp', 'sms', 'pki', 'webauthn', 'e-id', 'email']) },
};

function anyText(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? undefined : `${JSON.stringify(v)} is not a plan name`;
}

export const FINDING_KINDS = [
  'ai-chat-residue', 'markup-residue', 'editorial-note', 'placeholder', 'duplicated-phrase', 'missing-figure',
  'toc-mismatch', 'mixed-script', 'unbalanced-quote', 'broken-paragraph', 'joined-words', 'untranslated-segment',
  'stale-document', 'inconsistency', 'risk',
];

export const ALIGN_FLAG_KINDS = ['number-mismatch', 'entity-mismatch', 'missing-in-target', 'missing-in-source', 'untranslated'];

/** content/README.md: documents with no planted residue (no `error` finding allowed). */
export const CLEAN_SOURCES = ['plantwise-security-2025.txt', 'konserwo-bezpieczenstwo.md', 'serwisix-security-en.docx'];
