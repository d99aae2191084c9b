/**
 * Round 14 (claims-access): who offers what, and when. A company named in a sub-processor row is
 * no sign-on method ("on behalf of Okta Inc"), a role capitalised as a defined term names nobody,
 * a party dropped from the list is not used, a section of plans holds nothing yet, a feature only
 * on request or through the customer's own tenant is not offered, a buyer's requirement with a
 * bracketed reference asks, a certificate the bidder says it lacks is none, and a table cell's
 * second sentence may plan what its first one already offers. Own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const values = (text: string, attribute: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => c.value);

describe('names in sub-processor lists', () => {
  it('a company behind a brand is no sign-on method; a role is no sub-processor', () => {
    const row = '# Sub-processors\n\nLoginly Ltd, 12 Dock Road, Leeds, acting for Okta Inc, San Francisco. User authentication. Germany\n';
    expect(values(row, 'auth.sso')).toEqual([]);
    expect(values('# Annex 3\n\nThe name of each Sub-Processor (with its registered address): see the list below.\n', 'subprocessor')).toEqual([]);
    expect(values('# Załącznik 3\n\nNazwa każdego Podwykonawcy (z adresem siedziby): patrz lista poniżej.\n', 'subprocessor')).toEqual([]);
  });
  it('look-alike: sign-on through Okta offered to customers', () => {
    expect(values('# Login\n\nCustomers can sign in through Okta or any SAML identity provider.\n', 'auth.sso').sort()).toEqual(['okta', 'saml']);
  });
  it('EN and PL: a party no longer used is no sub-processor; the one it hands over to is', () => {
    const en = values('# Sub-processors\n\nPostbox Inc. is no longer used for transactional e-mail since May.\n', 'subprocessor');
    expect(en).toEqual([]);
    const pl = values('# Podmioty przetwarzające\n\nFirma Postbox została wycofana z listy w maju; wysyłkę e-maili obsługuje teraz SendGrid.\n', 'subprocessor');
    expect(pl).toEqual([]);
    expect(values('# Sub-processors\n\nWe use SendGrid for transactional e-mail.\n', 'subprocessor')).toEqual(['sendgrid']);
  });
});

describe('a section of plans holds nothing yet', () => {
  it('EN and PL headings', () => {
    expect(values('# Release notes\n\n## Planned\n\n- Version 5.1: sign-in with hardware security keys (FIDO2).\n', 'auth.mfa')).toEqual([]);
    expect(values('# Nowości\n\n## Planowane\n\n- Wersja 5.1: logowanie dwuskładnikowe aplikacją TOTP.\n', 'auth.mfa')).toEqual([]);
    expect(values('# Release notes\n\n## Coming soon\n\n- Single sign-on via SAML for every plan.\n', 'auth.sso')).toEqual([]);
  });
  it('look-alikes: released versions, a heading of plans one buys', () => {
    expect(values('# Release notes\n\n## Plans and pricing\n\nTwo-factor login with an authenticator app is available to every user.\n', 'auth.mfa')).toEqual([true]);
    expect(values('# Release notes\n\n## Version 5.0\n\n- Users can now sign in with hardware security keys (FIDO2).\n', 'auth.mfa')).toEqual([true]);
    expect(values('# Nowości\n\n## Wersja 5.0 (wydana)\n\n- Logowanie dwuskładnikowe aplikacją TOTP jest dostępne dla wszystkich użytkowników.\n', 'auth.mfa')).toEqual([true]);
  });
  // "What's next" / "Co dalej" head the next steps of a help article as often as a roadmap
  it('look-alikes: next steps after an action', () => {
    expect(values("# Setting up your account\n\n## What's next\n\nTwo-factor login with an authenticator app is required for every user.\n", 'auth.mfa')).toEqual([true]);
    expect(values('# Konfiguracja konta\n\n## Co dalej?\n\nLogowanie dwuskładnikowe aplikacją TOTP jest wymagane dla wszystkich użytkowników.\n', 'auth.mfa')).toEqual([true]);
  });
});

describe('MFA only on request, or through the customer\'s own tenant', () => {
  it('EN and PL', () => {
    expect(values('# Access\n\nWe can switch on two-factor login for an account upon request.\n', 'auth.mfa')).toEqual([]);
    expect(values('# Dostęp\n\nOperator może włączyć logowanie dwuskładnikowe, jeśli Klient zgłosi taką potrzebę.\n', 'auth.mfa')).toEqual([]);
    expect(values('# Dostęp\n\nLogowanie dwuskładnikowe uruchamiamy na pisemny wniosek Klienta.\n', 'auth.mfa')).toEqual([]);
    expect(values('# Access\n\nTeams that need MFA can sign in through their own Entra ID tenant.\n', 'auth.mfa')).toEqual([]);
  });
  it('look-alikes: offered to all, enforced on the owner\'s request (EN, PL)', () => {
    expect(values('# Access\n\nTwo-factor login is available to every user; admins can enforce it on request of the owner.\n', 'auth.mfa')).toEqual([true]);
    expect(values('# Dostęp\n\nLogowanie dwuskładnikowe jest dostępne dla wszystkich użytkowników.\n', 'auth.mfa')).toEqual([true]);
  });
});

describe('tender answers: the buyer asks, the bidder denies', () => {
  it('PL and EN: a requirement after a bracketed reference states nothing; the answer does', () => {
    const pl = '# Wyjaśnienia\n\nPytanie 4 (OPZ pkt 2.1): Zamawiający wymaga dostępności systemu co najmniej 99,4% w miesiącu.\nOdpowiedź: Oferujemy dostępność 99,6% w miesiącu.\n';
    expect(values(pl, 'availability.sla')).toEqual([99.6]);
    const en = '# Clarifications\n\nQuestion 4 (SoW item 2.1): The Buyer requires availability of at least 99.4% per month.\nAnswer: We offer 99.6% monthly availability.\n';
    expect(values(en, 'availability.sla')).toEqual([99.6]);
  });
  it('PL: "Certyfikatu X Wykonawca nie posiada" denies X', () => {
    const text = '# Wyjaśnienia\n\nOdpowiedź: Wykonawca posiada certyfikat ISO/IEC 27001. Certyfikatu ISO 22301 Wykonawca nie posiada.\n';
    expect(values(text, 'cert.vendor')).toEqual(['iso27001']);
  });
});

describe('a questionnaire comment: one sentence offers, the next plans', () => {
  it('the planned sentence alone is dropped (PL, EN)', () => {
    const pl = '| Nr | Pytanie | Odpowiedź | Komentarz |\n|---|---|---|---|\n| 9 | Czy system obsługuje SSO? | Częściowo | Logowanie przez Microsoft Entra ID w planie Enterprise. Obsługa dowolnego dostawcy SAML jest w przygotowaniu. |\n';
    expect(values(pl, 'auth.sso')).toEqual(['azure-ad']);
    const en = '| No | Question | Answer | Comment |\n|---|---|---|---|\n| 9 | Do you support SSO? | Partly | Sign-in with Google Workspace on every plan. SAML support is planned for next year. |\n';
    expect(values(en, 'auth.sso')).toEqual(['google']);
  });
  it('look-alike: both sentences offer', () => {
    const en = '| No | Question | Answer | Comment |\n|---|---|---|---|\n| 9 | Do you support SSO? | Yes | Sign-in with Google Workspace on every plan. SAML is available on Enterprise. |\n';
    expect(values(en, 'auth.sso').sort()).toEqual(['google', 'saml']);
  });
});

describe('support access the customer grants from the app', () => {
  it('EN and PL: "give support access", "allow support login", "ask for permission to access"', () => {
    expect(values('# Support permission\n\nOur agents cannot open your files. When a case needs it, you can provide support access from your profile.\n', 'access.staff_conditions')).toEqual(['customer-request']);
    expect(values('# Support login\n\nYou can allow or disallow support login at any time in Settings.\n', 'access.staff_conditions')).toEqual(['customer-request']);
    expect(values('# Help\n\nWe always ask for permission to access your account before we troubleshoot it.\n', 'access.staff_conditions')).toEqual(['customer-request']);
    expect(values('# Help\n\nYou choose how long you are giving us access to your account.\n', 'access.staff_conditions')).toEqual(['customer-request']);
    expect(values('# Dostęp wsparcia\n\nZanim zajrzymy do konta, prosimy o zgodę na dostęp do Państwa danych.\n', 'access.staff_conditions')).toEqual(['customer-request']);
  });
  it('look-alikes: access granted to colleagues is no staff access', () => {
    expect(values('# Users\n\nAdmins can give access to colleagues from the Users page.\n', 'access.staff_conditions')).toEqual([]);
    expect(values('# Użytkownicy\n\nAdministrator może nadać dostęp współpracownikom na stronie Użytkownicy.\n', 'access.staff_conditions')).toEqual([]);
  });
});

describe('a numbered buyer item asks, however it is phrased; "we confirm" affirms it', () => {
  it('PL', () => {
    const pl = '# Wyjaśnienia\n\nPytanie 5 (OPZ pkt 3.2): Zamawiający wymaga powiadomienia o incydencie w ciągu 20 godzin.\nOdpowiedź: Potwierdzamy.\n\nPytanie 6 (OPZ pkt 3.3): Wykonawca przedstawi raport z testu nie starszy niż 10 miesięcy.\nOdpowiedź: Testy zleca Wykonawca raz w roku.\n';
    expect(values(pl, 'incident.notification')).toEqual(['PT20H']);
    // The figure is the answer's ("Potwierdzamy" affirms it), not the buyer's requirement stated as a claim.
    expect(claimsOf(pl).claims.filter((c) => c.attribute === 'incident.notification').map((c) => c.quote)).toEqual(['Odpowiedź: Potwierdzamy.']);
  });
  it('look-alike: the vendor\'s own numbered clause is no buyer item', () => {
    expect(values('# Umowa\n\n§ 9. Usługodawca informuje Usługobiorcę o naruszeniu w ciągu 30 godzin.\n', 'incident.notification')).toEqual(['PT30H']);
  });
});
