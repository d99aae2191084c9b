/**
 * Wordings the claim rules must read in any document (EN and PL), written for these tests:
 * questionnaire answers, numbers as words and idioms, negation, standard citations, third-party
 * lists, backup sites, multi-step deletion.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim, expectQuotesExact } from './helpers.ts';
import type { Claim } from '../../src/claims/types.ts';

const of = (claims: Claim[], attribute: string) => claims.filter((c) => c.attribute === attribute);

describe('questionnaire answers carry the meaning', () => {
  it('en: "Not at present" denies what the question asks; "Yes" affirms it', () => {
    const { doc, claims } = claimsOf(
      '# Questionnaire\n\n| Question | Answer |\n|---|---|\n| Do you support two-factor authentication? | Not at present, planned for next year. |\n| Is there a web application firewall? | Yes. |\n| How long are audit logs retained? | 180 days |\n',
    );
    expectClaim(claims, { attribute: 'auth.mfa', value: false });
    expect(of(claims, 'auth.mfa').filter((c) => c.value === true)).toEqual([]);
    expectClaim(claims, { attribute: 'network.firewall', value: true });
    expectClaim(claims, { attribute: 'logging.retention', value: 'P180D' });
    expectQuotesExact(doc, claims);
  });

  it('pl: "Nie" denies, "Tak" affirms, and "Nie" keeps no value the question names', () => {
    const { claims } = claimsOf(
      '# Ankieta\n\n| Pytanie | Odpowiedź |\n|---|---|\n| Czy oferujecie logowanie jednokrotne przez SAML? | Nie. |\n| Czy stosujecie uwierzytelnianie wieloskładnikowe? | Tak, dla wszystkich kont. |\n',
    );
    expectNoClaim(claims, 'auth.sso');
    expectClaim(claims, { attribute: 'auth.mfa', value: true });
  });

  it('an FAQ heading is the subject of a short answer under it', () => {
    const en = claimsOf('# FAQ\n\n## Who owns the information we store in the app?\n\nYou do.\n').claims;
    expectClaim(en, { attribute: 'data.ownership.customer', value: true });
    const pl = claimsOf('# FAQ\n\n## Czy oferujecie uwierzytelnianie dwuskładnikowe?\n\nNie, jeszcze nie.\n').claims;
    expectClaim(pl, { attribute: 'auth.mfa', value: false });
  });

  it('a question in running text states nothing', () => {
    expectNoClaim(claimsOf('# Notes\n\nAre backups still kept for 14 days?\n').claims, 'backup.retention');
  });
});

describe('numbers written as words and idioms', () => {
  const cases: Array<[string, string, string]> = [
    ['After four failed logins the account is locked for half an hour.', 'auth.lockout.duration', 'PT30M'],
    ['Po trzech nieudanych próbach logowania konto jest blokowane na kwadrans.', 'auth.lockout.duration', 'PT15M'],
    ['User access rights are reviewed every half year.', 'access.review', 'P6M'],
    ['Uprawnienia dostępu weryfikujemy dwa razy do roku.', 'access.review', 'P6M'],
    ['Backup copies are retained for forty days.', 'backup.retention', 'P40D'],
    ['Kopie zapasowe przechowujemy przez czterdzieści pięć dni.', 'backup.retention', 'P45D'],
    ['Dane klienta usuwamy w ciągu trzydziestu dni od wygaśnięcia umowy.', 'deletion.after_termination', 'P30D'],
    ['Customers get two-month notice before we change hosting provider.', 'hosting.change_notice', 'P2M'],
    ['O zmianie dostawcy hostingu informujemy z dwumiesięcznym wyprzedzeniem.', 'hosting.change_notice', 'P2M'],
    ['O zmianie dostawcy hostingu informujemy z 6-miesięcznym wyprzedzeniem.', 'hosting.change_notice', 'P6M'],
  ];
  for (const [text, attribute, value] of cases) {
    it(`${attribute} = ${value}: ${text}`, () => {
      const { claims } = claimsOf(`# Security\n\n${text}\n`);
      expectClaim(claims, { attribute, value });
      // A fused "6-miesięcznym" is a length, not a monthly frequency.
      expect(of(claims, attribute).map((c) => c.value)).toEqual([value]);
    });
  }
});

describe('negation and citations', () => {
  it('a standard cited for a control is no certificate of the vendor', () => {
    expectNoClaim(claimsOf('# Controls\n\nRestore tests follow the standard (ISO/IEC 27001:2022, A.8.13).\n').claims, 'cert.vendor');
    expectNoClaim(claimsOf('# Kontrole\n\nOdwołania do norm podajemy w nawiasach, np. (ISO/IEC 27001:2022, A.5.30).\n').claims, 'cert.vendor');
  });

  it('a certificate the vendor does not yet hold or works towards is no claim', () => {
    expectNoClaim(claimsOf('# Certificates\n\nWe do not yet hold ISO 27001; an audit is planned.\n').claims, 'cert.vendor');
    expectNoClaim(claimsOf('# Certyfikaty\n\nNie posiadamy jeszcze certyfikatu ISO/IEC 27001.\n').claims, 'cert.vendor');
    expectClaim(claimsOf('# Certyfikaty\n\nSpółka posiada certyfikat ISO/IEC 27001.\n').claims, { attribute: 'cert.vendor', value: 'iso27001' });
  });

  it('passwords stored encrypted are no at-rest encryption claim', () => {
    const { claims } = claimsOf('# Hasła\n\nHasła kont są przechowywane w formie zaszyfrowanej.\n');
    expectNoClaim(claims, 'encryption.at_rest');
    expectClaim(claims, { attribute: 'auth.password_storage', value: 'encrypted' });
  });

  it('an unencrypted database in Polish keeps its scope', () => {
    const { claims } = claimsOf('# Szyfrowanie\n\nBaza produkcyjna nie jest szyfrowana w spoczynku.\n');
    expectClaim(claims, { attribute: 'encryption.at_rest', value: false, qualifiers: { scope: 'database' } });
  });
});

describe('third parties in tables and lists', () => {
  it('en: a Name | Purpose | Location table gives subprocessors, and its locations are no hosting', () => {
    const { claims } = claimsOf(
      '# Annex\n\n## Sub-processors\n\nWe engage the following sub-processors:\n\n| Name | Purpose | Location |\n|---|---|---|\n| Pigeonpost Ltd | transactional e-mail | Ireland |\n| Ticketly.io | support tickets | Germany |\n',
    );
    expectClaim(claims, { attribute: 'subprocessor', value: 'pigeonpost', qualifiers: { purpose: 'email' } });
    expectClaim(claims, { attribute: 'subprocessor', value: 'ticketly', qualifiers: { purpose: 'support' } });
    expectNoClaim(claims, 'hosting.location');
  });

  it('pl: "Podmiot | Cel | Lokalizacja" and "Nazwa – cel" lines under a subprocessor heading', () => {
    const table = claimsOf(
      '# Załącznik\n\n## Dalsze podmioty przetwarzające\n\nKorzystamy z następujących podmiotów:\n\n| Podmiot | Cel | Lokalizacja |\n|---|---|---|\n| Esemeska Sp. z o.o. | wysyłka kodów SMS | Polska |\n',
    ).claims;
    expectClaim(table, { attribute: 'subprocessor', value: 'esemeska', qualifiers: { purpose: 'sms' } });
    expectNoClaim(table, 'hosting.location');
    const list = claimsOf('# Bezpieczeństwo\n\n## Podwykonawcy\n\n- Listonosz – wysyłka powiadomień e-mail\n- Pomocnik – obsługa zgłoszeń\n').claims;
    expectClaim(list, { attribute: 'subprocessor', value: 'listonosz', qualifiers: { purpose: 'email' } });
    expectClaim(list, { attribute: 'subprocessor', value: 'pomocnik', qualifiers: { purpose: 'support' } });
  });

  it('a contacts table (Name | Role) is no subprocessor list', () => {
    const { claims } = claimsOf('# Contacts\n\n| Name | Role |\n|---|---|\n| Anna Berg | Security officer |\n');
    expectNoClaim(claims, 'subprocessor');
  });
});

describe('backup sites and deletion steps', () => {
  it('a Polish backup site in its own sentence, split over lines, is role backup', () => {
    const { claims } = claimsOf('Bezpieczeństwo\n\nSerwery stoją w Niemczech. Kopie\nzapasowe są replikowane do centrum danych w Szwecji.\n', 'Acme');
    expectClaim(claims, { attribute: 'hosting.location', value: 'DE', qualifiers: { role: 'production' } });
    expectClaim(claims, { attribute: 'hosting.location', value: 'SE', qualifiers: { role: 'backup' } });
  });

  it('export window then deletion: the deletion length counts, with its scope', () => {
    const en = claimsOf('# Exit\n\nWithin 10 days of termination we send an export, and then delete the data from production systems within 45 days.\n').claims;
    expect(of(en, 'deletion.after_termination').map((c) => [c.value, c.qualifiers.scope])).toEqual([['P45D', 'production']]);
    const pl = claimsOf('# Koniec umowy\n\nW ciągu 10 dni od rozwiązania umowy wydajemy eksport, a następnie usuwamy dane z systemów produkcyjnych w ciągu 45 dni.\n').claims;
    expect(of(pl, 'deletion.after_termination').map((c) => [c.value, c.qualifiers.scope])).toEqual([['P45D', 'production']]);
  });

  it('under a termination heading a deletion needs no termination word', () => {
    const { claims } = claimsOf('# Overview\n\n## Leaving the service\n\nAll customer data is then erased within sixty days.\n');
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P60D' });
  });

  it('backup retention then overwrite is retention, not purge; deleted data leaving backups is purge', () => {
    const pl = claimsOf('# Kopie\n\nKopie zapasowe trzymamy przez trzy tygodnie, po czym są nadpisywane.\n').claims;
    expectClaim(pl, { attribute: 'backup.retention', value: 'P3W' });
    expectNoClaim(pl, 'deletion.backup_purge');
    const en = claimsOf('# Backups\n\nDeleted records disappear from backups within 35 days.\n').claims;
    expectClaim(en, { attribute: 'deletion.backup_purge', value: 'P35D' });
    expectNoClaim(en, 'deletion.after_termination');
    expect(of(en, 'deletion.backup_purge').map((c) => c.value)).not.toContain('asap');
  });

  it('typed retention pairs: daily and monthly copies each keep their length', () => {
    const en = claimsOf('# Backups\n\nWe retain daily backups for ten days and monthly backups for one year.\n').claims;
    expectClaim(en, { attribute: 'backup.retention', value: 'P10D', qualifiers: { type: 'daily' } });
    expectClaim(en, { attribute: 'backup.retention', value: 'P1Y', qualifiers: { type: 'monthly' } });
    expectNoClaim(en, 'backup.frequency');
    const pl = claimsOf('# Kopie zapasowe\n\nKopie przechowujemy 21 dni, a kopie miesięczne przez 6 miesięcy.\n').claims;
    expectClaim(pl, { attribute: 'backup.retention', value: 'P21D' });
    expectClaim(pl, { attribute: 'backup.retention', value: 'P6M', qualifiers: { type: 'monthly' } });
    expectNoClaim(pl, 'backup.frequency');
  });

  it('a point-in-time window is its retention', () => {
    expectClaim(claimsOf('# Backups\n\nYou can request a point-in-time restore within the last fourteen days.\n').claims, {
      attribute: 'backup.retention',
      value: 'P14D',
      qualifiers: { type: 'point-in-time' },
    });
  });
});

describe('access wordings', () => {
  it('staff access conditions, roles and impersonation with the user password (PL)', () => {
    const { claims } = claimsOf(
      '# Dostęp\n\nKonsultanci wsparcia mogą zalogować się na konto użytkownika klienta tylko za zgodą klienta i po podaniu przez niego hasła. Administrator klienta przypisuje użytkownikom role.\n',
    );
    expectClaim(claims, { attribute: 'access.impersonation', value: true, qualifiers: { password: true } });
    expectClaim(claims, { attribute: 'access.staff_conditions', value: 'customer-request' });
    expectClaim(claims, { attribute: 'access.rbac', value: true });
  });

  it('staff see customer data only at the written request of the customer (EN)', () => {
    const { claims } = claimsOf('# Access\n\nOur engineers view customer data only at the written request of the customer. Admins assign one of three built-in roles to each user.\n');
    expectClaim(claims, { attribute: 'access.staff_conditions', value: 'customer-request' });
    expectClaim(claims, { attribute: 'access.rbac', value: true });
  });

  it('hardware keys for administrators are MFA for staff', () => {
    expectClaim(claimsOf('# Dostęp\n\nAdministratorzy systemów logują się kluczami sprzętowymi FIDO2.\n').claims, {
      attribute: 'auth.mfa',
      value: true,
      qualifiers: { for: 'staff', method: 'webauthn' },
    });
  });

  it('"MFA is optional" is MFA offered', () => {
    expectClaim(claimsOf('# Access\n\nMFA is optional for every user account.\n').claims, { attribute: 'auth.mfa', value: true });
  });
});
