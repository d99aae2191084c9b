/**
 * Round 15 (claims-access), from the open half of the wild set and fresh real pages: text that
 * explains, defines or logs a thing states nothing of the vendor holding it. Sub-processor
 * explainers and their examples, kinds of service written as names, change-log removals, terms
 * defined after a dash, recovery objectives defined, MFA named among logged events, and a system
 * authenticating to another. Our own wording, EN and PL, with look-alikes that must still fire.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const values = (text: string, attribute: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => c.value);

describe('an explainer of what a sub-processor is names examples, not the writer\'s own', () => {
  it('EN and PL: explainer headings and defining sentences', () => {
    expect(values('# What counts as a sub-processor\n\n- Mail services (Mailgun, SendGrid)\n- Card payments (Stripe)\n', 'subprocessor')).toEqual([]);
    expect(values('# Guide\n\nA subprocessor is any third party that touches personal data for you, for instance Stripe or Twilio.\n', 'subprocessor')).toEqual([]);
    expect(values('# Guide\n\nIf your app sends mail through SendGrid and takes cards through Stripe, those are all subprocessors.\n', 'subprocessor')).toEqual([]);
    expect(values('# Czym jest podprocesor\n\n- Wysyłka poczty (Mailgun)\n- Płatności kartą (Stripe)\n', 'subprocessor')).toEqual([]);
    expect(values('# Poradnik\n\nPodprocesor to każdy podmiot, który przetwarza dane w Twoim imieniu, np. Stripe albo Twilio.\n', 'subprocessor')).toEqual([]);
  });
  it('look-alikes: the writer\'s own list under a sub-processor heading (EN, PL)', () => {
    expect(values('# Sub-processors\n\n- Card payments (Stripe)\n', 'subprocessor')).toEqual(['stripe']);
    expect(values('# Podprocesorzy\n\n- Płatności kartą (Stripe)\n', 'subprocessor')).toEqual(['stripe']);
    expect(values('# Sub-processors\n\nWe use Twilio to send sign-in codes by text message.\n', 'subprocessor')).toEqual(['twilio']);
  });
});

describe('a kind of service written in title case is no company', () => {
  it('EN and PL', () => {
    const en = '# Why we use sub-processors\n\n- Cloud Hosting: scalable servers for the app\n- Email Delivery: account and billing messages\n- Error Tracking: finding faults quickly\n';
    expect(values(en, 'subprocessor')).toEqual([]);
    const pl = '# Podprocesorzy\n\n- Płatności Online: obsługa subskrypcji\n- Wysyłka Powiadomień: wiadomości o zleceniach\n';
    expect(values(pl, 'subprocessor')).toEqual([]);
  });
  it('look-alikes: a name beside the kind still counts', () => {
    expect(values('# Sub-processors\n\n- Quillpost Mail: transactional e-mail\n', 'subprocessor')).toEqual(['quillpost-mail']);
    expect(values('# Podprocesorzy\n\n- Ferrodesk: obsługa zgłoszeń\n', 'subprocessor')).toEqual(['ferrodesk']);
  });
});

describe('a change-log line removing a sub-processor', () => {
  it('EN and PL, without an auxiliary verb', () => {
    expect(values('# Sub-processors\n\n- 2026-03-02 — Mailgun removed from the sub-processor list.\n', 'subprocessor')).toEqual([]);
    expect(values('# Podprocesorzy\n\n- 2026-03-02 — Mailgun usunięty z listy podprocesorów.\n', 'subprocessor')).toEqual([]);
  });
  it('look-alike: a party added the same way stays', () => {
    expect(values('# Sub-processors\n\n- 2026-03-02 — Mailgun added for transactional e-mail.\n', 'subprocessor')).toEqual(['mailgun']);
  });
});

describe('a term, a dash and "means" is a definition wherever it stands', () => {
  it('EN and PL, lettered or numbered', () => {
    expect(values('Terms\n\nc. Review – means an inspection by the customer, excluding penetration tests of the platform.\n', 'pentest')).toEqual([]);
    expect(values('Pojęcia\n\nc. Kontrola – oznacza sprawdzenie przez Klienta, z wyłączeniem testów penetracyjnych platformy.\n', 'pentest')).toEqual([]);
    expect(values('Terms\n\n4. Outage — means any period in which the platform is unavailable; we restore it within an RTO of 9 hours.\n', 'availability.rto')).toEqual([]);
  });
  it('look-alike: a dash that is no definition leaves the statement', () => {
    expect(values('# Testing\n\nPenetration tests – run every year by an outside firm.\n', 'pentest')).toEqual([true]);
    expect(values('# Testy\n\nTesty penetracyjne – wykonujemy je co roku z firmą zewnętrzną.\n', 'pentest')).toEqual([true]);
  });
});

describe('recovery objectives defined, not set', () => {
  it('EN and PL', () => {
    const en = '# Continuity\n\nWe set a Recovery Time Objective (RTO), which is the maximum time a service may stay down; a disaster is any outage longer than 6 days.\n';
    expect(values(en, 'availability.rto')).toEqual([]);
    expect(values('# Continuity\n\nThe RPO refers to how much data, counted in time, may be lost: for example 3 days of entries.\n', 'availability.rpo')).toEqual([]);
    expect(values('# Ciągłość\n\nRTO to maksymalny czas, w którym usługa może nie działać, np. awaria trwająca 5 dni.\n', 'availability.rto')).toEqual([]);
    expect(values('# Ciągłość\n\nRPO, czyli okres utraty danych, który jest dopuszczalny, np. 4 dni.\n', 'availability.rpo')).toEqual([]);
  });
  it('look-alikes: the vendor\'s own objectives', () => {
    expect(values('# Continuity\n\nOur RTO is 6 hours and our RPO is 30 minutes.\n', 'availability.rto')).toEqual(['PT6H']);
    expect(values('# Continuity\n\nThe RTO is the 8 hours agreed in the contract.\n', 'availability.rto')).toEqual(['PT8H']);
    expect(values('# Ciągłość\n\nNasze RTO to 4 godziny, a RPO to 15 minut.\n', 'availability.rto')).toEqual(['PT4H']);
  });
});

describe('MFA named among the events an audit log records', () => {
  it('EN and PL', () => {
    expect(values('# Audit\n\nThe activity log records administrative events, including new users and switching off two-factor authentication.\n', 'auth.mfa')).toEqual([]);
    expect(values('# Audit\n\nWe log security actions such as password resets and MFA changes.\n', 'auth.mfa')).toEqual([]);
    expect(values('# Audyt\n\nDziennik rejestruje zdarzenia administracyjne, w tym wyłączenie uwierzytelniania dwuskładnikowego.\n', 'auth.mfa')).toEqual([]);
  });
  it('look-alikes: MFA stated beside logging', () => {
    expect(values('# Access\n\nEvery sign-in is logged; two-factor authentication is mandatory for all users.\n', 'auth.mfa')).toEqual([true]);
    expect(values('# Access\n\nWe offer two-factor authentication and log every failed sign-in.\n', 'auth.mfa')).toEqual([true]);
    expect(values('# Dostęp\n\nOferujemy uwierzytelnianie dwuskładnikowe, a dziennik rejestruje każde logowanie.\n', 'auth.mfa')).toEqual([true]);
  });
});

describe('a system authenticating to another is no MFA of people', () => {
  it('EN and PL', () => {
    expect(values('# Mail\n\nOutbound notification mail is relayed over TLS using certificate-based authentication.\n', 'auth.mfa')).toEqual([]);
    expect(values('# Integrations\n\nService-to-service calls use certificate-based authentication.\n', 'auth.mfa')).toEqual([]);
    expect(values('# Integracje\n\nKomunikacja między usługami korzysta z uwierzytelniania kartą kryptograficzną.\n', 'auth.mfa')).toEqual([]);
  });
  it('look-alikes: people signing in with certificates', () => {
    expect(values('# Sign-in\n\nAdministrators sign in with certificate-based authentication on a smart card.\n', 'auth.mfa')).toEqual([true]);
    expect(values('# Logowanie\n\nAdministratorzy logują się kartą kryptograficzną.\n', 'auth.mfa')).toEqual([true]);
  });
});
