/**
 * Round 12 (claims-access): a sentence that gives the customer a duty ("The customer is responsible
 * for assigning roles and enabling two-factor sign-in", "Administrator odpowiada za nadawanie
 * uprawnień") says what the customer must do, not what the vendor offers or does. Our own wording,
 * EN and PL, in a DPA clause, a terms-of-service point and a list; look-alikes keep the vendor's.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const read = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${c.value}`);

describe("a duty the customer bears states nothing of the vendor's service", () => {
  it('PL: "Administrator odpowiada za ...", "Klient odpowiada za ...", "Za ... odpowiada Klient"', () => {
    expect(read('# § 3. Obowiązki stron\n\nAdministrator odpowiada za nadawanie uprawnień swoim użytkownikom, za włączenie logowania dwuskładnikowego oraz za przegląd kont raz na kwartał.\n')).toEqual([]);
    expect(read('# Regulamin\n\n1. Klient odpowiada za przypisanie Użytkownikom właściwych ról w systemie.\n')).toEqual([]);
    expect(read('# Regulamin\n\nZa włączenie uwierzytelniania dwuskładnikowego i przegląd uprawnień odpowiada Klient.\n')).toEqual([]);
  });
  it('EN: "The customer is responsible for ...", "Customers are solely responsible for ..."', () => {
    expect(read('# Shared responsibility\n\nThe customer is responsible for assigning roles to its users and for reviewing their access every quarter.\n')).toEqual([]);
    expect(read('# Terms\n\n- Customers are solely responsible for enabling two-factor authentication for their own users.\n')).toEqual([]);
    expect(read('# DPA\n\nThe Controller is responsible for turning on single sign-on through Okta for its staff.\n')).toEqual([]);
  });
});

describe("look-alikes: the vendor's own statements next to a duty", () => {
  it('the vendor offers or does it, or lets the customer do it', () => {
    expect(read('# Access\n\nWe provide role-based access control with five roles.\n')).toContain('access.rbac=true');
    expect(read('# Dostęp\n\nKlient może włączyć logowanie dwuskładnikowe dla swoich użytkowników.\n')).toContain('auth.mfa=true');
    expect(read('# Security\n\nWe review user access rights every six months.\n')).toContain('access.review=P6M');
  });
});
