/**
 * Round 11 (claims), second part: who acts, what a clause refers back to, bands and conditions.
 * Our own examples, EN and PL; each case fails without its fix, each look-alike must not fire.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const read = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${c.value}${c.qualifiers.scope ? ` ${c.qualifiers.scope}` : ''}${c.qualifiers.role ? ` ${c.qualifiers.role}` : ''}`);

describe('"This means that …" refers back; it defines no term', () => {
  it('the statement after it stands (EN, PL)', () => {
    expect(read('# Backups\n\nThis means that backups are kept for 17 days.\n')).toContain('backup.retention=P17D');
    expect(read('# Kopie\n\nTo oznacza, że kopie zapasowe przechowujemy przez 17 dni.\n')).toContain('backup.retention=P17D');
  });
  it('look-alike: a term defined by "oznacza, że" still states nothing', () => {
    expect(read('# Pojęcia\n\nSzyfrowanie oznacza, że dane są kodowane algorytmem AES-256.\n').filter((c) => c.startsWith('encryption.at_rest='))).toEqual([]);
  });
});

describe('a step told to the reader ("Sign in as the owner.") is no staff impersonation', () => {
  it('a numbered step (EN) and an imperative (PL)', () => {
    expect(read('# Closing the account\n\n1. Sign in as the account owner.\n2. Open Settings.\n').filter((c) => c.startsWith('access'))).toEqual([]);
    expect(read('# Zamknięcie konta\n\n1. Zaloguj się jako właściciel konta.\n').filter((c) => c.startsWith('access'))).toEqual([]);
  });
  it('look-alikes: staff who sign in as a user, a feature named "Log in as user"', () => {
    expect(read('# Support\n\nWith your consent, our engineers can sign in as any user.\n')).toContain('access.impersonation=true');
    expect(read('# Support\n\nLog in as user is available to our support team only.\n')).toContain('access.impersonation=true');
  });
});

describe('a service-credit band ("99.0% to below 99.8%") is no promise', () => {
  it('the band gives no availability; the promise does (EN, PL)', () => {
    expect(read('# Service credits\n\nMonthly uptime from 98.0% to below 99.7% earns a credit of 10% of the fee.\n')).toEqual([]);
    expect(read('# Rabaty\n\nDostępność od 97,0% do poniżej 99,6% daje rabat 10% opłaty.\n')).toEqual([]);
    expect(read('# SLA\n\nWe guarantee 99.7% availability per month.\n')).toEqual(['availability.sla=99.7']);
  });
  it('look-alike: a promised range up to 100% still promises its lower end', () => {
    expect(read('# SLA\n\nWe guarantee monthly availability from 99.7% to 100%.\n')).toContain('availability.sla=99.7');
  });
});

describe('a "No" whose comment says the same: the question names what is denied', () => {
  const sheet = (rows: string[]) => `# Questionnaire\n\n| ID | Question | Answer | Comment |\n|---|---|---|---|\n${rows.join('\n')}\n`;
  it('the question’s scope stands, not the comment’s (EN, PL)', () => {
    expect(read(sheet(['| Q-1 | Are backups encrypted? | No | Copies go to a file server; its disk volume is not encrypted. |']))).toEqual(['encryption.at_rest=false backups']);
    expect(read(sheet(['| P-1 | Czy kopie zapasowe są szyfrowane? | Nie | Kopie trafiają na serwer plików; jego wolumen dyskowy nie jest szyfrowany. |']))).toEqual(['encryption.at_rest=false backups']);
  });
  it('look-alike: a comment that says otherwise still stands', () => {
    expect(read(sheet(['| Q-2 | Are backups encrypted? | No | But the database itself is encrypted at rest. |']))).toContain('encryption.at_rest=true database');
  });
});

describe('a known brand in brackets after a company’s legal name: the company is the party', () => {
  it('a list line under a processors heading and a sentence (PL, EN)', () => {
    expect(read('# Podmioty przetwarzające\n\n- Deskworks Inc. (Freshdesk) - obsługa zgłoszeń (Niemcy)\n')).toEqual(['subprocessor=deskworks']);
    expect(read('# Sub-processors\n\nWe use Parcelnet Ltd. (Postmark) for e-mail.\n')).toEqual(['subprocessor=parcelnet']);
  });
  it('look-alike: a brand with its owner in brackets keeps the brand', () => {
    expect(read('# Sub-processors\n\n- SendGrid (Twilio) - e-mail delivery\n')).toEqual(['subprocessor=sendgrid']);
  });
});

describe('a condition of failure ("If that region fails, …") makes the place a failover', () => {
  it('EN, like PL "w razie awarii"', () => {
    const got = read('# Hosting\n\nWe run in Microsoft Azure West Europe. If that region fails, we restore the service in Azure North Europe.\n');
    expect(got).toContain('hosting.location=NL production');
    expect(got).toContain('hosting.location=IE failover');
    expect(read('# Hosting\n\nIn the event of a regional outage, the service runs from AWS Stockholm (eu-north-1).\n')).toContain('hosting.location=SE failover');
  });
  it('look-alike: a condition about something else leaves the place production', () => {
    expect(read('# Hosting\n\nIf a payment fails, we retry it. The service runs in AWS Frankfurt (eu-central-1).\n')).toContain('hosting.location=DE production');
  });
});

describe('"stored unencrypted" denies storage, not transit', () => {
  it('no in-transit denial from a storage verb, even beside a network (EN, PL)', () => {
    const en = read('# Backups\n\nBackup files are stored unencrypted on a server reachable only over the internal network.\n');
    expect(en.filter((c) => c.startsWith('encryption.in_transit'))).toEqual([]);
    const pl = read('# Kopie\n\nPliki kopii są przechowywane w postaci niezaszyfrowanej na serwerze dostępnym tylko przez sieć wewnętrzną.\n');
    expect(pl.filter((c) => c.startsWith('encryption.in_transit'))).toEqual([]);
  });
  it('look-alike: data sent over the network unencrypted is an in-transit denial', () => {
    expect(read('# Transit\n\nData sent over the network is not encrypted.\n')).toContain('encryption.in_transit=false');
  });
});

describe('the same statement gives the same claims in PL as in EN (a translation pair)', () => {
  it('staff open data only on request; a consultant sees the app as a user without the password (PL)', () => {
    const got = read('# Wsparcie\n\nNasz zespół wsparcia otwiera dane klienta tylko na jego prośbę. Za zgodą klienta konsultant może zobaczyć aplikację tak, jak widzi ją wybrany użytkownik, bez znajomości jego hasła.\n');
    expect(got).toContain('access.staff_conditions=customer-request');
    expect(got).toContain('access.impersonation=true');
  });
  it('EN: without knowing that user’s password', () => {
    const claims = claimsOf('# Support\n\nWith consent, an engineer can view the application as a particular user without knowing that user’s password.\n').claims;
    expect(claims.find((c) => c.attribute === 'access.impersonation')?.qualifiers.password).toBe(false);
  });
  it('look-alike: opening a file is no staff access condition', () => {
    expect(read('# Pliki\n\nAplikacja otwiera dane z pliku CSV tylko na prośbę użytkownika.\n').filter((c) => c.startsWith('access'))).toEqual([]);
  });
});

describe('guards on duty round the clock are physical security, not monitoring of the service', () => {
  it('no monitoring claim from 24/7 guards (EN, PL)', () => {
    expect(read('# Physical\n\nThe servers stand in a facility with badge access, video surveillance and 24/7 guards.\n').filter((c) => c.startsWith('monitoring'))).toEqual([]);
    expect(read('# Fizyczne\n\nSerwerownia ma monitoring wizyjny i całodobową ochronę fizyczną.\n').filter((c) => c.startsWith('monitoring'))).toEqual([]);
  });
  it('look-alike: a platform monitored 24/7 still is', () => {
    expect(read('# Monitoring\n\nOur platform is monitored 24/7 by the operations team.\n')).toContain('monitoring.continuous=true');
  });
});
