/**
 * Round 13 (claims-access): logins and network words that are not the vendor's control. Two-factor
 * checks at a data centre's door, MFA the customer enforces in its own identity provider, what
 * MFA keeps unauthorised people from doing, links under a "Related articles" line, "user IDs" and
 * "user IPs" read as an IDS/IPS. Also "logowanie dwustopniowe" is two-factor login. Our own
 * wording, EN and PL, with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const values = (text: string, attribute: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => c.value);

describe('MFA that is not the service\'s login', () => {
  it('physical entry to a data centre or server room (EN, PL)', () => {
    expect(values('# Security\n\nAuthorized staff must pass two-factor authentication twice to access data center floors.\n', 'auth.mfa')).toEqual([]);
    expect(values('# Ochrona fizyczna\n\nWstęp do serwerowni wymaga karty i uwierzytelniania dwuskładnikowego.\n', 'auth.mfa')).toEqual([]);
  });
  it("MFA the customer enforces on its own side: only the denial stands (EN, PL)", () => {
    const pl = '# FAQ\n\nNie. Obecnie system nie obsługuje logowania dwuskładnikowego dla kont z hasłem. Jeśli go potrzebujecie, polecamy logowanie przez Google – wtedy 2FA możecie włączyć po swojej stronie.\n';
    expect(values(pl, 'auth.mfa')).toEqual([false]);
    const en = '# FAQ\n\nNo two-factor login for password accounts yet. If you need it, sign in with Microsoft 365 and enforce MFA on your own side.\n';
    expect(values(en, 'auth.mfa')).toEqual([false]);
  });
  it('what MFA keeps unauthorised people from doing is no denial (EN, PL)', () => {
    expect(values('# Konto\n\nDzięki logowaniu dwuskładnikowemu niepowołane osoby nie będą mogły zalogować się na konto użytkownika.\n', 'auth.mfa')).toEqual([]);
    expect(values('# Konto\n\nDzięki logowaniu dwustopniowemu niepowołane osoby nie zalogują się na cudze konto.\n', 'access.impersonation')).toEqual([]);
    expect(values("# Account\n\nWith two-factor login, unauthorized persons cannot sign in to a user's account even with the password.\n", 'auth.mfa')).toEqual([]);
  });
  it('links under a "Related articles" line (EN, PL)', () => {
    const en = '# Deleting your data\n\n### Can I get deleted records back?\n\nYes, an admin can restore them within 30 days.\n\n---\n\n**Related articles**\n\n- [Exporting your records to CSV](https://help.example/csv)\n- [Setting up two-factor authentication](https://help.example/2fa)\n';
    expect(values(en, 'auth.mfa')).toEqual([]);
    const pl = '# Usuwanie danych\n\n### Czy mogę odzyskać usunięte zlecenia?\n\nTak, administrator przywróci je w ciągu 30 dni.\n\n---\n\n**Zobacz też**\n\n- [Włączanie logowania dwuskładnikowego](https://pomoc.example/2fa)\n- [Testy penetracyjne](https://pomoc.example/pentest)\n';
    expect(values(pl, 'auth.mfa')).toEqual([]);
    expect(values(pl, 'pentest')).toEqual([]);
  });
});

describe('identifiers and addresses are no intrusion detection', () => {
  it('"user IDs", "user IPs"', () => {
    expect(values('# Sub-processors\n\n| Entity | Purpose | Location |\n|---|---|---|\n| Trackly Inc. | Product analytics (pseudonymised user IDs only) | EU |\n', 'network.ids')).toEqual([]);
    expect(values('# Logs\n\nWe store user IPs for 30 days.\n', 'network.ids')).toEqual([]);
  });
});

describe('look-alikes', () => {
  it('the service\'s MFA, staff MFA, an IDS, impersonation with consent (EN, PL)', () => {
    expect(values('# Logowanie dwustopniowe\n\nLogowanie dwustopniowe jest dostępne dla wszystkich kont.\n', 'auth.mfa')).toEqual([true]);
    expect(values('# Security\n\nStaff sign in with MFA to reach production.\n', 'auth.mfa')).toEqual([true]);
    expect(values('# Network\n\nAn IDS watches all inbound traffic.\n', 'network.ids')).toEqual([true]);
    expect(values('# Network\n\nWe run an IDS/IPS in front of production.\n', 'network.ids')).toEqual([true]);
    expect(values("# Support\n\nSupport staff can log in as a user only with the admin's consent.\n", 'access.impersonation')).toEqual([true]);
  });
});
