import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim, expectQuotesExact, type Expect } from './helpers.ts';

// Sentences written for these tests (no vendor text): one case per attribute group and language.
const CASES: Array<[string, string, Expect[]]> = [
  // hosting
  ['en hosting regions', 'Production systems run in Azure West Europe (Netherlands), with Azure North Europe (Ireland) as the failover region.', [
    { attribute: 'hosting.provider', value: 'azure' },
    { attribute: 'hosting.location', value: 'NL', qualifiers: { role: 'production', region: 'azure:westeurope' } },
    { attribute: 'hosting.location', value: 'IE', qualifiers: { role: 'failover', region: 'azure:northeurope' } },
  ]],
  ['en single-region city', 'Our servers are hosted by Amazon Web Services in Frankfurt, and backups are stored in Stockholm.', [
    { attribute: 'hosting.location', value: 'DE', qualifiers: { role: 'production', region: 'aws:eu-central-1' } },
    { attribute: 'hosting.location', value: 'SE', qualifiers: { role: 'backup', region: 'aws:eu-north-1' } },
  ]],
  ['pl hosting inflected', 'Serwery aplikacji znajdują się w Niemczech, a kopie zapasowe przechowujemy w Holandii.', [
    { attribute: 'hosting.location', value: 'DE', qualifiers: { role: 'production' } },
    { attribute: 'hosting.location', value: 'NL', qualifiers: { role: 'backup' } },
  ]],
  ['pl hosting Irlandii', 'Dane są przechowywane w centrum danych Microsoft Azure w Irlandii.', [
    { attribute: 'hosting.provider', value: 'azure' },
    { attribute: 'hosting.location', value: 'IE', qualifiers: { role: 'production' } },
  ]],
  ['en change notice', 'We will notify customers at least 60 days before we change our hosting provider.', [
    { attribute: 'hosting.change_notice', value: 'P60D' },
  ]],
  // certifications
  ['en vendor cert', 'Our company holds an ISO 27001 certificate and a SOC 2 Type II report.', [
    { attribute: 'cert.vendor', value: 'iso27001' },
    { attribute: 'cert.vendor', value: 'soc2', qualifiers: { type: '2' } },
  ]],
  ['en infra cert', 'Microsoft Azure data centres are certified to ISO 27001 and ISO 27018.', [
    { attribute: 'cert.infrastructure', value: 'iso27001', qualifiers: { holder: 'azure' } },
    { attribute: 'cert.infrastructure', value: 'iso27018', qualifiers: { holder: 'azure' } },
  ]],
  ['pl vendor cert', 'Posiadamy certyfikat ISO 27001 od 2020 roku.', [{ attribute: 'cert.vendor', value: 'iso27001' }]],
  // encryption
  ['en at rest all', 'All customer data is encrypted at rest with AES-256.', [
    { attribute: 'encryption.at_rest', value: true, qualifiers: { scope: 'all' } },
    { attribute: 'encryption.at_rest.algorithm', value: 'aes-256' },
  ]],
  ['en negation vm', 'Virtual machines are not encrypted.', [{ attribute: 'encryption.at_rest', value: false, qualifiers: { scope: 'vm' } }]],
  ['pl negation backups', 'Kopie zapasowe nie są szyfrowane.', [{ attribute: 'encryption.at_rest', value: false, qualifiers: { scope: 'backups' } }]],
  ['pl at rest db', 'Bazy danych są szyfrowane algorytmem AES-256.', [
    { attribute: 'encryption.at_rest', value: true, qualifiers: { scope: 'database' } },
    { attribute: 'encryption.at_rest.algorithm', value: 'aes-256' },
  ]],
  ['en tls', 'All traffic is encrypted with TLS 1.2 or higher.', [
    { attribute: 'encryption.in_transit', value: true },
    { attribute: 'encryption.tls.min_version', value: '1.2' },
  ]],
  ['pl tls legacy', 'Połączenia są szyfrowane protokołem TLS 1.0, 1.1 lub 1.2.', [
    { attribute: 'encryption.in_transit', value: true },
    { attribute: 'encryption.tls.min_version', value: '1.0' },
  ]],
  ['en kms', 'Encryption keys are kept in AWS KMS.', [{ attribute: 'encryption.key_management', value: 'aws-kms' }]],
  // backup
  // "Daily backups are kept..." names a kind of backup; how often is only stated outright
  // (eval/README.md: implied frequencies are not claims).
  ['en backup frequency and retention', 'Backups are taken daily, and daily backups are kept for thirty days.', [
    { attribute: 'backup.frequency', value: 'P1D' },
    { attribute: 'backup.retention', value: 'P30D', qualifiers: { type: 'daily' } },
  ]],
  ['en two frequencies', 'Incremental backups run every 4 hours, while a full backup is taken weekly.', [
    { attribute: 'backup.frequency', value: 'PT4H', qualifiers: { type: 'incremental' } },
    { attribute: 'backup.frequency', value: 'P1W', qualifiers: { type: 'full' } },
  ]],
  ['pl backup inflection', 'Kopie zapasowe wykonujemy codziennie i przechowujemy je przez 14 dni.', [
    { attribute: 'backup.frequency', value: 'P1D' },
    { attribute: 'backup.retention', value: 'P14D' },
  ]],
  ['pl kopii zapasowych miesięcy', 'Okres przechowywania kopii zapasowych wynosi 3 miesiące.', [{ attribute: 'backup.retention', value: 'P3M' }]],
  ['pl tygodni', 'Tygodniowe kopie zapasowe przechowujemy przez pięć tygodni.', [
    { attribute: 'backup.retention', value: 'P5W', qualifiers: { type: 'weekly' } },
  ]],
  ['en pitr', 'Databases support point-in-time restore for the last 7 days.', [{ attribute: 'backup.point_in_time_restore', value: true }]],
  // deletion
  ['en deletion bound', 'Customer data is deleted no later than one month after the contract ends.', [{ attribute: 'deletion.after_termination', value: 'P1M' }]],
  ['pl deletion bound', 'Dane klientów usuwamy w ciągu 90 dni od rozwiązania umowy.', [{ attribute: 'deletion.after_termination', value: 'P90D' }]],
  ['en backup purge never', 'Data deleted by a customer is not removed from backups.', [{ attribute: 'deletion.backup_purge', value: 'not-actively-deleted' }]],
  ['pl backup purge days', 'Usunięte dane znikają z kopii zapasowych po 35 dniach.', [{ attribute: 'deletion.backup_purge', value: 'P35D' }]],
  // data
  ['en ownership', 'The customer owns all data it enters into the service.', [{ attribute: 'data.ownership.customer', value: true }]],
  ['pl ownership', 'Właścicielem danych jest zawsze klient.', [{ attribute: 'data.ownership.customer', value: true }]],
  ['en export', 'Customers can export their data to CSV or JSON at any time.', [
    { attribute: 'data.export.formats', value: 'csv' },
    { attribute: 'data.export.formats', value: 'json' },
    { attribute: 'data.export.self_service', value: true },
  ]],
  ['en export negated', 'Customers cannot export their data themselves.', [{ attribute: 'data.export.self_service', value: false }]],
  ['pl export', 'Klient może samodzielnie wyeksportować dane do pliku Excel.', [
    { attribute: 'data.export.formats', value: 'xlsx' },
    { attribute: 'data.export.self_service', value: true },
  ]],
  // access / auth
  ['en sso mfa', 'Users can sign in with SAML single sign-on, and multi-factor authentication with an authenticator app is available to all customers.', [
    { attribute: 'auth.sso', value: 'saml' },
    { attribute: 'auth.mfa', value: true, qualifiers: { for: 'customers', method: 'totp' } },
  ]],
  ['en no mfa', 'Multi-factor authentication is not offered to customers.', [{ attribute: 'auth.mfa', value: false }]],
  ['pl mfa staff', 'Dostęp pracowników do środowiska produkcyjnego wymaga uwierzytelniania dwuskładnikowego.', [
    { attribute: 'auth.mfa', value: true, qualifiers: { for: 'staff' } },
  ]],
  ['en lockout', 'After 5 failed login attempts, the account is locked for 15 minutes.', [
    { attribute: 'auth.lockout.attempts', value: 5 },
    { attribute: 'auth.lockout.duration', value: 'PT15M' },
  ]],
  ['pl lockout', 'Po trzech nieudanych próbach logowania konto jest blokowane na 30 minut.', [
    { attribute: 'auth.lockout.attempts', value: 3 },
    { attribute: 'auth.lockout.duration', value: 'PT30M' },
  ]],
  ['en password hash', 'Passwords are stored as salted bcrypt hashes.', [{ attribute: 'auth.password_storage', value: 'hashed' }]],
  ['pl rbac', 'Stosujemy kontrolę dostępu opartą na rolach.', [{ attribute: 'access.rbac', value: true }]],
  ['en impersonation', 'Support staff can log in as a customer user without the password.', [
    { attribute: 'access.impersonation', value: true, qualifiers: { password: false } },
  ]],
  ['en access review', 'User access rights are reviewed quarterly.', [{ attribute: 'access.review', value: 'P3M' }]],
  ['en 4 times a year', 'Access permissions are reviewed 4 times a year.', [{ attribute: 'access.review', value: 'P3M' }]],
  // logging / incident / monitoring
  ['en logging', 'Security events are logged and the logs are retained for 12 months.', [
    { attribute: 'logging.security_events', value: true },
    { attribute: 'logging.retention', value: 'P12M' },
  ]],
  ['pl logging', 'Zdarzenia bezpieczeństwa są rejestrowane.', [{ attribute: 'logging.security_events', value: true }]],
  ['en incident', 'We notify affected customers of a security incident within 24 hours.', [{ attribute: 'incident.notification', value: 'PT24H' }]],
  ['pl incident asap', 'O incydentach bezpieczeństwa niezwłocznie informujemy klientów.', [{ attribute: 'incident.notification', value: 'asap' }]],
  ['en monitoring', 'Our operations team monitors the service 24/7.', [{ attribute: 'monitoring.continuous', value: true }]],
  // network / sdlc
  ['en network', 'Production is protected by firewalls, an intrusion detection system and DDoS protection.', [
    { attribute: 'network.firewall', value: true },
    { attribute: 'network.ids', value: true },
    { attribute: 'network.ddos_protection', value: true },
  ]],
  ['pl pentest', 'Raz w roku niezależna firma przeprowadza testy penetracyjne.', [
    { attribute: 'pentest', value: true, qualifiers: { by: 'third-party', frequency: 'P1Y' } },
  ]],
  ['en sdlc', 'Every change goes through peer review and static code analysis, and dependencies are scanned for known vulnerabilities.', [
    { attribute: 'sdlc.code_review', value: true },
    { attribute: 'sdlc.static_analysis', value: true },
    { attribute: 'sdlc.dependency_scanning', value: true },
  ]],
  // more negation and bounds
  ['en negation after', 'Encryption of data at rest is not supported.', [{ attribute: 'encryption.at_rest', value: false }]],
  ['en verb negation is no denial of the control', 'Our firewall does not allow inbound traffic except HTTPS.', [
    { attribute: 'network.firewall', value: true },
    { attribute: 'encryption.in_transit', value: true },
  ]],
  ['pl mfa negated', 'Uwierzytelnianie dwuskładnikowe nie jest dostępne.', [{ attribute: 'auth.mfa', value: false }]],
  ['pl impersonation negated', 'Pracownicy nie mogą logować się jako użytkownicy klienta.', [{ attribute: 'access.impersonation', value: false }]],
  ['en maximum bound', 'Customer data is erased a maximum of 6 weeks after termination of the agreement.', [{ attribute: 'deletion.after_termination', value: 'P6W' }]],
  ['pl bare unit bound', 'Po zakończeniu umowy dane są usuwane najpóźniej w ciągu miesiąca.', [{ attribute: 'deletion.after_termination', value: 'P1M' }]],
  ['pl country list', 'Dane są przechowywane w Finlandii i Danii.', [
    { attribute: 'hosting.location', value: 'FI', qualifiers: { role: 'production' } },
    { attribute: 'hosting.location', value: 'DK', qualifiers: { role: 'production' } },
  ]],
  ['en times a day', 'Backups are taken four times a day.', [{ attribute: 'backup.frequency', value: 'PT6H' }]],
  // availability / organisation
  ['en sla', 'We guarantee 99.9 % uptime.', [{ attribute: 'availability.sla', value: 99.9 }]],
  ['pl sla', 'Gwarantujemy dostępność usługi na poziomie 99,95%.', [{ attribute: 'availability.sla', value: 99.95 }]],
  ['en tier', 'Our data centres are Tier III facilities.', [{ attribute: 'physical.tier', value: 3 }]],
  ['en subprocessor', 'We use SendGrid as a provider for transactional e-mail.', [{ attribute: 'subprocessor', value: 'sendgrid', qualifiers: { purpose: 'email' } }]],
  ['en review', 'Security policies are reviewed annually.', [{ attribute: 'review.frequency', value: 'P1Y' }]],
  ['pl training', 'Wszyscy pracownicy przechodzą coroczne szkolenia z bezpieczeństwa.', [{ attribute: 'training.security_awareness', value: true }]],
  ['pl antivirus', 'Na wszystkich serwerach działa oprogramowanie antywirusowe.', [{ attribute: 'endpoint.antivirus', value: true }]],
];

describe('extractClaims on written sentences', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      const { doc, claims } = claimsOf(`# Security\n\n${text}\n`);
      for (const e of expected) expectClaim(claims, e);
      expectQuotesExact(doc, claims);
      for (const c of claims) expect(c.lang).toBe(doc.sentences.find((s) => s.start === c.start)?.lang);
    });
  }

  it('does not read claims from links, headings or unrelated prose', () => {
    const { claims } = claimsOf('# Encryption and Backups\n\nSee https://example.com/encryption-at-rest for details.\n\nOur offices are in Germany.\n');
    expectNoClaim(claims, 'encryption.in_transit');
    expectNoClaim(claims, 'encryption.at_rest');
    expectNoClaim(claims, 'hosting.location');
  });

  it('reads a retention table with plans as columns, one claim per cell, none for "-"', () => {
    const md = [
      '# Backups',
      '',
      'How long backups are kept depends on the plan:',
      '',
      '| Plan | Basic | Professional | Enterprise |',
      '|---|---|---|---|',
      '| Point-in-time restore | 7 days | 14 days | 30 days |',
      '| Monthly backup | - | 6 months | 12 months |',
      '',
    ].join('\n');
    const { doc, claims } = claimsOf(md);
    const cells = claims.filter((c) => c.attribute === 'backup.retention');
    expect(cells).toHaveLength(5);
    expectClaim(claims, { attribute: 'backup.retention', value: 'P30D', qualifiers: { type: 'point-in-time', edition: 'Enterprise' } });
    expectClaim(claims, { attribute: 'backup.retention', value: 'P6M', qualifiers: { type: 'monthly', edition: 'Professional' } });
    expect(cells.some((c) => c.qualifiers.edition === 'Basic' && c.qualifiers.type === 'monthly')).toBe(false);
    for (const c of cells) expect(c.quote).toContain(' | ');
    expectQuotesExact(doc, claims);
  });

  it('does not read recovery objectives (RPO, RTO) beside a retention sentence as backup retention, EN and PL', () => {
    const en = ['# Backups', '', 'Backups are retained for 35 days.', '', '| Parameter | Value |', '|---|---|', '| RPO (maximum data loss) | 15 minutes |', '| Recovery time objective | 4 hours |', ''].join('\n');
    const pl = ['# Kopie zapasowe', '', 'Kopie zapasowe przechowujemy przez 30 dni.', '', '| Parametr | Wartość |', '| --- | --- |', '| RPO (maksymalna utrata danych) | 15 minut |', '| RTO (czas przywrócenia usługi) | 4 godziny |', ''].join('\n');
    for (const [md, kept] of [[en, 'P35D'], [pl, 'P30D']]) {
      const retention = claimsOf(md).claims.filter((c) => c.attribute === 'backup.retention');
      expect(retention.map((c) => c.value)).toEqual([kept]);
    }
  });

  it('reads a Polish table with inflected units', () => {
    const md = ['# Kopie', '', 'Okres przechowywania kopii zapasowych:', '', '| Rodzaj | Standard | Premium |', '|---|---|---|', '| Kopie dzienne | 7 dni | 30 dni |', '| Kopie miesięczne | 3 miesiące | 12 miesięcy |', ''].join('\n');
    const { claims } = claimsOf(md);
    expectClaim(claims, { attribute: 'backup.retention', value: 'P7D', qualifiers: { type: 'daily', edition: 'Standard' } });
    expectClaim(claims, { attribute: 'backup.retention', value: 'P12M', qualifiers: { type: 'monthly', edition: 'Premium' } });
  });

  it('is deterministic: same input, same ids and order', () => {
    const text = '# S\n\nDaily backups are kept for 30 days. All data is encrypted at rest.\n';
    const a = claimsOf(text).claims;
    const b = claimsOf(text).claims;
    expect(b).toEqual(a);
    expect(new Set(a.map((c) => c.id)).size).toBe(a.length);
    const sorted = [...a].sort((x, y) => x.start - y.start);
    expect(a.map((c) => c.start)).toEqual(sorted.map((c) => c.start));
  });
});
