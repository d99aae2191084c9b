/**
 * Round 17 (vocabulary): what real trust pages, help articles and security overviews state and
 * the vocabulary could not express (README "Claims: sessions, passwords and vulnerability
 * reports"): an idle session's timeout, the shortest password accepted, scans of the vendor's own
 * infrastructure, a way for outsiders to report vulnerabilities, and MFA by a code sent by e-mail.
 * Invented vendors in our own words, EN and PL, each beside look-alikes that must give nothing:
 * advice to the reader, a customer's own setting, a researcher's rules, plans and questions.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectQuotesExact } from './helpers.ts';

const values = (text: string, attribute: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => c.value);

const methods = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'auth.mfa')
    .map((c) => c.qualifiers.method)
    .filter((m) => m !== undefined);

describe('auth.session_timeout: an idle session ends after a stated length', () => {
  it('EN: a trust page section of Harrowgate Works', () => {
    const text =
      '# Harrowgate Works: account security\n\n## Sessions\n\nA web session that sees no activity for 45 minutes is closed, and the user signs in again.\n\nThe mobile app keeps its token for 7 days.\n';
    expect(values(text, 'auth.session_timeout')).toEqual(['PT45M']);
    expectQuotesExact(claimsOf(text).doc, claimsOf(text).claims);
  });
  it('EN: a named timeout in a list', () => {
    expect(values('# Platform controls\n\n- Idle session timeout: 20 minutes\n- Encryption in transit: TLS 1.2+\n', 'auth.session_timeout')).toEqual(['PT20M']);
  });
  it('PL: Warsztatex, przegląd bezpieczeństwa', () => {
    const text = '# Warsztatex: bezpieczeństwo kont\n\nPo 30 minutach bezczynności sesja użytkownika wygasa i trzeba zalogować się ponownie.\n';
    expect(values(text, 'auth.session_timeout')).toEqual(['PT30M']);
    expect(values('# Ustawienia\n\n- Automatyczne wylogowanie: po 10 minutach\n', 'auth.session_timeout')).toEqual(['PT10M']);
  });
  it('look-alikes give nothing: advice, a customer setting, an absolute lifetime, a reset link, a lockout', () => {
    expect(values('# Tips\n\nWe recommend that you set an idle logout of 15 minutes on shared terminals.\n', 'auth.session_timeout')).toEqual([]);
    expect(values('# Admin guide\n\nYour administrator can change the inactivity timeout to anything from 5 to 240 minutes.\n', 'auth.session_timeout')).toEqual([]);
    expect(values('# Sessions\n\nEvery session ends after 10 hours, even if the user is active.\n', 'auth.session_timeout')).toEqual([]);
    expect(values('# Sign-in\n\nA password reset link expires after 60 minutes.\n', 'auth.session_timeout')).toEqual([]);
    expect(values('# Sign-in\n\nAfter 5 failed attempts the account is locked for 30 minutes.\n', 'auth.session_timeout')).toEqual([]);
    expect(values('# FAQ\n\nAfter how many minutes of inactivity are users logged out?\n', 'auth.session_timeout')).toEqual([]);
    expect(values('# Porady\n\nZalecamy ustawienie wylogowania po 15 minutach bezczynności na komputerach współdzielonych.\n', 'auth.session_timeout')).toEqual([]);
    expect(values('# Panel administratora\n\nCzas bezczynności, po którym użytkownik jest wylogowywany, administrator może ustawić od 5 do 240 minut.\n', 'auth.session_timeout')).toEqual([]);
  });
});

describe('auth.password.min_length: the shortest password the service accepts', () => {
  it('EN: Tollbridge Assets password rules', () => {
    const text = '# Tollbridge Assets: password rules\n\nEvery password must be at least 14 characters long and contain 2 special characters.\n';
    expect(values(text, 'auth.password.min_length')).toEqual([14]);
  });
  it('PL: Smarowniczka, zasady haseł', () => {
    const text = '# Smarowniczka: zasady haseł\n\nHasło użytkownika musi zawierać co najmniej 1 znak specjalny i mieć minimum 12 znaków.\n';
    expect(values(text, 'auth.password.min_length')).toEqual([12]);
  });
  it('look-alikes give nothing: advice, special characters only, a maximum, a range, a customer setting', () => {
    expect(values('# Staying safe\n\nChoose a password with at least 16 characters and never reuse it.\n', 'auth.password.min_length')).toEqual([]);
    expect(values('# Password rules\n\nPasswords must include at least 2 special characters.\n', 'auth.password.min_length')).toEqual([]);
    expect(values('# Password rules\n\nPasswords are limited to 128 characters.\n', 'auth.password.min_length')).toEqual([]);
    expect(values('# Policy settings\n\nAdministrators can require a minimum password length of 8 to 64 characters.\n', 'auth.password.min_length')).toEqual([]);
    expect(values('# Bezpieczeństwo\n\nHasło powinno mieć co najmniej 12 znaków i nie zawierać imienia.\n', 'auth.password.min_length')).toEqual([]);
    expect(values('# Zasady\n\nHasło może mieć od 8 do 64 znaków.\n', 'auth.password.min_length')).toEqual([]);
  });
});

describe('vulnerability.scanning and vulnerability.disclosure', () => {
  it('EN: Quarrybank Systems security overview', () => {
    const text =
      '# Quarrybank Systems: security overview\n\n## Vulnerability management\n\nAn authenticated scanner checks all production hosts for known vulnerabilities every week.\n\nOutside researchers may report issues through our coordinated disclosure policy. We do not pay bug bounties.\n';
    expect(values(text, 'vulnerability.scanning')).toEqual([true]);
    expect(values(text, 'vulnerability.disclosure')).toEqual([true]);
    expect(values(text, 'sdlc.dependency_scanning')).toEqual([]);
  });
  it('PL: Przęsłomet, zarządzanie podatnościami', () => {
    const text =
      '# Przęsłomet: zarządzanie podatnościami\n\nSerwery produkcyjne skanujemy co miesiąc pod kątem znanych podatności.\n\nLuki w zabezpieczeniach można zgłaszać zgodnie z naszą polityką odpowiedzialnego ujawniania podatności.\n';
    expect(values(text, 'vulnerability.scanning')).toEqual([true]);
    expect(values(text, 'vulnerability.disclosure')).toEqual([true]);
  });
  it('look-alikes give nothing: a researcher\'s rules, dependency checks, a denied bounty, a plan, a buyer\'s question', () => {
    expect(values('# Rules for researchers\n\nDo not use automated scanners to find vulnerabilities in our service.\n', 'vulnerability.scanning')).toEqual([]);
    expect(values('# Build\n\nOpen-source libraries are scanned for known vulnerabilities on every build.\n', 'vulnerability.scanning')).toEqual([]);
    expect(values('# Researchers\n\nWe do not currently run a bug bounty programme.\n', 'vulnerability.disclosure')).toEqual([]);
    expect(values('# Roadmap\n\nWe plan to open a bug bounty programme in 2027.\n', 'vulnerability.disclosure')).toEqual([]);
    expect(values('# Questions to ask a vendor\n\nDoes the vendor have a responsible disclosure policy?\n', 'vulnerability.disclosure')).toEqual([]);
    expect(values('# Badacze\n\nNie prowadzimy programu bug bounty.\n', 'vulnerability.disclosure')).toEqual([]);
  });
});

describe('auth.mfa method email: a one-time code sent by e-mail', () => {
  it('EN and PL', () => {
    expect(methods('# Sign-in\n\nWith two-factor authentication on, Fernhollow sends a six-digit code to the e-mail address on the account.\n')).toEqual(['email']);
    expect(methods('# Logowanie\n\nLogowanie dwuetapowe w Kuźniku wymaga jednorazowego kodu przesyłanego e-mailem.\n')).toEqual(['email']);
  });
  it('an app code beside an e-mail code gives both; a support address gives no method', () => {
    expect(methods('# Sign-in\n\nTwo-factor authentication accepts a code from an authenticator app or a code sent by e-mail.\n').sort()).toEqual(['email', 'totp']);
    expect(methods('# Sign-in\n\nMulti-factor authentication is required; write to our support e-mail if you lose your phone.\n')).toEqual([]);
  });
});

describe('a fixed bug and a customer\'s contractual duty state no policy of the service', () => {
  it('EN and PL', () => {
    expect(values('# Release 5.2\n\n- Fixed a bug where users were logged out after 3 minutes of inactivity.\n', 'auth.session_timeout')).toEqual([]);
    expect(values('# Wersja 5.2\n\n- Naprawiono błąd, przez który użytkownicy byli wylogowywani po 3 minutach bezczynności.\n', 'auth.session_timeout')).toEqual([]);
    expect(values('# Terms\n\nThe Customer undertakes to use passwords of at least 12 characters for all its users.\n', 'auth.password.min_length')).toEqual([]);
    expect(values('# Regulamin\n\nKlient zobowiązuje się używać haseł o długości co najmniej 12 znaków.\n', 'auth.password.min_length')).toEqual([]);
  });
  it('look-alikes: the service\'s own rule in a release note and in a DPA annex still count', () => {
    expect(values('# Release 5.2\n\n- Idle sessions now end after 20 minutes of inactivity.\n', 'auth.session_timeout')).toEqual(['PT20M']);
    expect(values('# Annex II\n\nThe Processor\'s service accepts only passwords of at least 12 characters.\n', 'auth.password.min_length')).toEqual([12]);
  });
});
