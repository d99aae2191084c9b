/**
 * Round 12 (claims-data): a past state that has been replaced is history, not a claim. A clause
 * told in the past tense under a marker of the past ("Previously …", "At the time of the
 * incident …", "Until June 2025 …", "Wcześniej …", "W chwili incydentu …", "Dotychczas …") says how
 * things were; the present clause or sentence beside it ("since March …", "obecnie …") is the
 * claim. Our own sentences, EN and PL; look-alikes that keep a present claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const got = (text: string, prefix: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute.startsWith(prefix))
    .map((c) => `${c.attribute}=${c.value}`)
    .sort();

describe('a replaced past state gives no claim', () => {
  it('EN: at the time of an incident, then fixed', () => {
    const text = '# What happened\n\nAt the time of the incident the exported reports in that bucket were not encrypted at rest. Since 3 October all stored files are encrypted with AES-256.\n';
    expect(got(text, 'encryption.at_rest')).toEqual(['encryption.at_rest.algorithm=aes-256', 'encryption.at_rest=true']);
  });

  it('EN: "Previously …; since …" in one sentence, and "Until <month> …" then "now"', () => {
    expect(got('# Backups\n\nPreviously backups were kept for 9 days; since March 2026 they are kept for 32 days.\n', 'backup.retention')).toEqual(['backup.retention=P32D']);
    expect(got('# Hosting\n\nUntil June 2025 the service ran in a data centre in the United States. It now runs in Frankfurt, Germany.\n', 'hosting.location')).toEqual(['hosting.location=DE']);
  });

  it('EN: before an upgrade, and a list item with the old value first', () => {
    expect(got('# Transport\n\nBefore the upgrade, TLS 1.0 was still accepted. Today only TLS 1.2 and higher are accepted.\n', 'encryption.tls')).toEqual(['encryption.tls.min_version=1.2']);
    expect(got('# Logs\n\n- Until May, logs were kept for 30 days; logs are now kept for 13 months.\n', 'logging.retention')).toEqual(['logging.retention=P13M']);
  });

  it('PL: "Wcześniej …; od marca …", "W chwili incydentu …"', () => {
    expect(got('# Kopie zapasowe\n\nWcześniej kopie zapasowe przechowywaliśmy przez 9 dni; od marca 2026 r. przechowujemy je przez 32 dni.\n', 'backup.retention')).toEqual(['backup.retention=P32D']);
    const pl = '# Incydent\n\nW chwili incydentu pliki raportów w tym kontenerze nie były szyfrowane. Od 3 października wszystkie przechowywane pliki są szyfrowane algorytmem AES-256.\n';
    expect(got(pl, 'encryption.at_rest')).toEqual(['encryption.at_rest.algorithm=aes-256', 'encryption.at_rest=true']);
  });

  it('PL: "Do czerwca 2025 r. … działał", "Dotychczas … a obecnie …"', () => {
    expect(got('# Hosting\n\nDo czerwca 2025 r. system działał w centrum danych w Stanach Zjednoczonych. Obecnie działa w centrum danych we Frankfurcie (Niemcy).\n', 'hosting.location')).toEqual(['hosting.location=DE']);
    expect(got('# Logi\n\nDotychczas logi przechowywaliśmy przez 30 dni; obecnie przechowujemy je przez 13 miesięcy.\n', 'logging.retention')).toEqual(['logging.retention=P13M']);
  });
});

describe('look-alikes: present claims with a date or an earlier event', () => {
  it('"since" and "od" state the present', () => {
    expect(got('# Backups\n\nSince 2019 backups have been kept for 30 days.\n', 'backup.retention')).toEqual(['backup.retention=P30D']);
    expect(got('# Kopie\n\nOd 2020 r. kopie zapasowe przechowujemy przez 30 dni.\n', 'backup.retention')).toEqual(['backup.retention=P30D']);
  });
  it('a present clause that mentions the past', () => {
    expect(got('# Backups\n\nBackups are kept for 30 days, as they were before the migration.\n', 'backup.retention')).toEqual(['backup.retention=P30D']);
    expect(got('# Backups\n\nPreviously deleted records stay in backups for 14 days.\n', 'deletion.backup_purge')).toEqual(['deletion.backup_purge=P14D']);
  });
  it('"until" a future date is a present state', () => {
    expect(got('# Transport\n\nUntil 31 March 2027 TLS 1.1 is still accepted for old scanners.\n', 'encryption.tls')).toEqual(['encryption.tls.min_version=1.1']);
  });
});

describe('look-alikes: an old name in brackets, a noun that looks like a past verb', () => {
  it('"(dawniej Azure AD)", "(formerly Azure AD)" and "hasłem" keep the sentence', () => {
    const pl = claimsOf('# Logowanie\n\nUżytkownicy logują się hasłem albo przez Microsoft Entra ID (dawniej Azure AD).\n').claims;
    expect(pl.some((c) => c.attribute === 'auth.sso' && c.value === 'azure-ad')).toBe(true);
    const en = claimsOf('# Sign-in\n\nUsers sign in with a password or through Microsoft Entra ID (formerly Azure AD), which was added last year.\n').claims;
    expect(en.some((c) => c.attribute === 'auth.sso' && c.value === 'azure-ad')).toBe(true);
  });
});
