/**
 * Round 11 (lead): classes read on real retention policies and help-centre pages, written in our
 * own words. Each case fails without its fix.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const read = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${c.value}`);

describe('how long data is kept after the contract ends bounds its deletion', () => {
  it('EN and PL, with no deletion word', () => {
    expect(read('# Retention\n\nClient records are retained for 40 days after the end of the agreement.\n')).toContain('deletion.after_termination=P40D');
    expect(read('# Retention\n\nWe keep customer information for 2 months following termination, then it is gone.\n')).toContain('deletion.after_termination=P2M');
    expect(read('# Przechowywanie\n\nDane Klienta są przechowywane przez 45 dni od rozwiązania umowy.\n')).toContain('deletion.after_termination=P45D');
  });
  it('not for logs or the vendor’s own records', () => {
    expect(read('# Retention\n\nAccess logs are kept for 6 months after termination.\n')).not.toContain('deletion.after_termination=P6M');
    expect(read('# Retention\n\nBilling data is retained for 7 years after the end of the contract.\n').filter((c) => c.startsWith('deletion'))).toEqual([]);
    expect(read('# Przechowywanie\n\nFaktury przechowujemy przez 5 lat od zakończenia umowy.\n').filter((c) => c.startsWith('deletion'))).toEqual([]);
  });
});

describe('a definition or a glossary states nothing the vendor does', () => {
  it('a glossary table gives no claims; the sentence after it does (EN)', () => {
    const got = read('# Sub-processors\n\n| Term | Meaning |\n|---|---|\n| SOC 2 | An audit report on security controls |\n| Backup | A copy of data kept for 30 days |\n\nWe hold an ISO 27001 certificate.\n');
    expect(got).toEqual(['cert.vendor=iso27001']);
  });
  it('a term and "means" (PL "oznacza"): quoted anywhere, bare under a definitions heading', () => {
    const en = read('# Agreement\n\n## 1. Definitions\n\n"Encryption" means encoding data with AES-256.\n\nBackup means a copy of data kept for 30 days.\n\n## 2. Security\n\n"Archive" means the monthly copy, which we keep for 13 months. Backups are kept for 21 days.\n');
    expect(en).toEqual(['backup.retention=P21D']);
    const pl = read('# Umowa\n\n## § 1. Definicje\n\n1. „Kopia zapasowa” oznacza kopię danych przechowywaną przez 30 dni.\n2. Audyt oznacza badanie zgodności z ISO 27001.\n\n## § 2. Bezpieczeństwo\n\nKopie zapasowe przechowujemy przez 14 dni.\n');
    expect(pl).toEqual(['backup.retention=P14D']);
  });
  it('a figure listed under a definitions heading without a defining verb is still the vendor\'s', () => {
    expect(read('# Service levels\n\n## Definitions\n\nRTO (Recovery Time Objective): 8 hours.\n')).toContain('availability.rto=PT8H');
  });
});

describe('a questionnaire answered with one letter', () => {
  const sheet = (header: string, rows: string[]) => `# Questionnaire\n\n| ID | Question | ${header} | Comments |\n|---|---|---|---|\n${rows.join('\n')}\n`;
  it('"N" denies what the question names (EN)', () => {
    const got = read(sheet('Answer (Y / N / NA)', [
      '| 3.2 | Is SSO with SAML 2.0 or OIDC available to customers? | N | |',
      '| 3.3 | Do you hold a current certification (e.g. SOC 2 Type II, ISO 27001)? | N | An audit is planned for 2027. |',
      '| 3.4 | Is MFA available to customer users? | N | |',
    ]));
    expect(got.filter((c) => c.startsWith('auth.sso') || c.startsWith('cert.'))).toEqual([]);
    expect(got).toContain('auth.mfa=false');
  });
  it('"Y" affirms it, and its comment is read (EN)', () => {
    const got = read(sheet('Answer (Y / N / NA)', ['| 2.1 | Is customer data encrypted in transit? | Y | TLS 1.2 minimum. |']));
    expect(got).toEqual(expect.arrayContaining(['encryption.in_transit=true', 'encryption.tls.min_version=1.2']));
  });
  it('PL "T" / "N"', () => {
    const got = read(sheet('Odpowiedź (T / N)', [
      '| 1 | Czy dostępne jest logowanie jednokrotne SAML? | N | |',
      '| 2 | Czy dane są szyfrowane w spoczynku? | T | AES-256. |',
      '| 3 | Czy użytkownicy mogą włączyć MFA? | N | |',
    ]));
    expect(got.filter((c) => c.startsWith('auth.sso'))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['encryption.at_rest=true', 'auth.mfa=false']));
  });
  it('"N/A" and "NA" state nothing, as before', () => {
    expect(read(sheet('Answer', ['| 4.1 | Is SSO with SAML available? | NA | |', '| 4.2 | Is MFA available? | N/A | |']))).toEqual([]);
  });
});
