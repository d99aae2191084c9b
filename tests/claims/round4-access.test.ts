/**
 * Round-4 phenomena of the access, review, auth and encryption groups that need more than one
 * sentence (sections, headings, clause lists); written for these tests in our own words.
 * Single-sentence cases are rule examples in rules/claims/patterns.json.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './helpers.ts';

describe('advice to the reader states nothing of the writer', () => {
  it('a section headed by a plural imperative (PL blog) gives no claims, a factual section beside it does', () => {
    const { claims } = claimsOf(
      [
        '# Cztery nawyki bezpiecznego zespołu',
        '',
        '## 1. Wymagajcie drugiego składnika',
        '',
        'Kod z aplikacji albo klucz sprzętowy sprawia, że wykradzione hasło niewiele daje.',
        '',
        '## 2. Jak to robimy u siebie',
        '',
        'Kopie zapasowe bazy danych wykonujemy codziennie.',
      ].join('\n'),
    );
    expectNoClaim(claims, 'auth.mfa');
    expectClaim(claims, { attribute: 'backup.frequency', value: 'P1D', qualifiers: { type: 'database' } });
  });
  it('"Questions to ask your vendor" is advice in English too', () => {
    const { claims } = claimsOf(['# Buying a CMMS', '', '## Questions to ask your vendor', '', 'Whether backups are encrypted at rest and kept for 30 days.'].join('\n'));
    expectNoClaim(claims, 'encryption.at_rest');
    expectNoClaim(claims, 'backup.retention');
  });
  it('an advice clause after a statement leaves the statement standing (EN, PL)', () => {
    const en = claimsOf('Exports saved on the kiosk tablet are not encrypted; customers should keep the tablet on an encrypted drive.').claims;
    expectClaim(en, { attribute: 'encryption.at_rest', value: false });
    expectNoClaim(en.filter((c) => c.value === true), 'encryption.at_rest');
    const pl = claimsOf('Eksporty zapisane na tablecie w hali nie są szyfrowane; zalecamy przechowywanie tabletu na zaszyfrowanym dysku.').claims;
    expectClaim(pl, { attribute: 'encryption.at_rest', value: false });
    expectNoClaim(pl.filter((c) => c.value === true), 'encryption.at_rest');
  });
});

describe('a list of stores before one verb', () => {
  it('"A, B, and every C are encrypted" names every store, while a ladder still splits at ", and every"', () => {
    const { claims } = claimsOf('The work-order database, the attachment store, and every nightly snapshot are encrypted at rest with AES-256.');
    for (const scope of ['database', 'files', 'backups']) expectClaim(claims, { attribute: 'encryption.at_rest', value: true, qualifiers: { scope } });
    const ladder = claimsOf('Nightly backups are kept for 14 days, and every weekly backup for three months.').claims;
    expectClaim(ladder, { attribute: 'backup.retention', value: 'P14D', qualifiers: { type: 'daily' } });
    expectClaim(ladder, { attribute: 'backup.retention', value: 'P3M', qualifiers: { type: 'weekly' } });
  });
});

describe('staff access granted by the customer', () => {
  it('an FAQ answer names both the ticket and the customer switch (EN)', () => {
    const { claims } = claimsOf(
      ['## Can your engineers look at our data?', '', 'Only if you let them. When you raise a ticket, an administrator can switch on support access for that ticket; it ends when the ticket closes.'].join('\n'),
    );
    expectClaim(claims, { attribute: 'access.staff_conditions', value: 'customer-request' });
    expectClaim(claims, { attribute: 'access.staff_conditions', value: 'support-case' });
  });
  it('a ticket the customer opens is a support case, not a customer grant', () => {
    const { claims } = claimsOf('An engineer can see a tenant account only while working on a ticket that tenant has raised.');
    expectClaim(claims, { attribute: 'access.staff_conditions', value: 'support-case' });
    expect(claims.filter((c) => c.value === 'customer-request')).toEqual([]);
  });
});

describe('questionnaire comments', () => {
  it('a comment naming the method keeps the staff scope of the question', () => {
    const { claims } = claimsOf(
      ['| Ref | Question | Answer | Comment |', '|---|---|---|---|', '| AC-4 | Do your administrators use MFA to reach production? | Yes | FIDO2 hardware keys. |'].join('\n'),
    );
    expectClaim(claims, { attribute: 'auth.mfa', value: true, qualifiers: { control: 'AC-4', for: 'staff', method: 'webauthn' } });
    expect(claims.filter((c) => c.attribute === 'auth.mfa' && c.qualifiers.for !== 'staff')).toEqual([]);
  });
  it('"No" to MFA stays a denial when the comment points to the customer\'s own identity provider', () => {
    const { claims } = claimsOf(
      ['| Ref | Question | Answer | Comment |', '|---|---|---|---|', '| AC-7 | Is two-factor sign-in available to customer users? | No | Tenants wanting a second factor can enforce it in their own IdP via SAML. |'].join('\n'),
    );
    expectClaim(claims, { attribute: 'auth.mfa', value: false, qualifiers: { control: 'AC-7', for: 'customers' } });
    expect(claims.filter((c) => c.attribute === 'auth.mfa' && c.value === true)).toEqual([]);
  });
});

describe('certificates that are not the vendor\'s', () => {
  const vendorCerts = (text: string) => claimsOf(text).claims.filter((c) => c.attribute === 'cert.vendor');
  it('a colocation facility certified by its operator is infrastructure (EN, PL)', () => {
    const en = claimsOf('Our racks sit in a colocation facility in Leeds that its operator has certified to ISO/IEC 27001.').claims;
    expectClaim(en, { attribute: 'cert.infrastructure', value: 'iso27001' });
    expect(vendorCerts('Our racks sit in a colocation facility in Leeds that its operator has certified to ISO/IEC 27001.')).toEqual([]);
    const pl = claimsOf('Serwery stoją w obiekcie kolokacyjnym, którego operator posiada certyfikat ISO/IEC 27001.').claims;
    expectClaim(pl, { attribute: 'cert.infrastructure', value: 'iso27001' });
  });
  it('groundwork, "hold no certificate" and criteria citations name no vendor certificate', () => {
    expect(vendorCerts('We have begun the groundwork for ISO/IEC 27001, though we hold no certificate yet.')).toEqual([]);
    expect(vendorCerts('Control mapping: access reviews (SOC 2 CC6.2).')).toEqual([]);
    expect(vendorCerts('Mapowanie kontroli: przegląd dostępu (SOC 2 CC6.3).')).toEqual([]);
    expectClaim(claimsOf('We hold a SOC 2 Type II report, renewed every year.').claims, { attribute: 'cert.vendor', value: 'soc2', qualifiers: { type: '2' } });
  });
});
