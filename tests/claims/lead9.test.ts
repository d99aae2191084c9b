/**
 * Round 9 (lead): classes read on real help-centre, backup and trust pages, in our own words.
 * Each case fails without its fix.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.ts';

const read = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${c.value}${c.qualifiers.role ? `/${c.qualifiers.role}` : ''}`);

describe("the customer's own duties are no claim of the vendor", () => {
  // A help article tells customers what they must keep themselves: the vendor's backups are kept 30 days.
  const duties = [
    'You will also need to archive the reports in your own system, since tax rules ask you to keep them for at least 6 years.',
    'You are responsible for keeping copies of exported inspection records for 10 years.',
    'The customer remains solely responsible for retaining its own backups for as long as its regulator requires, at least 5 years.',
    'Klient powinien przechowywać własne kopie raportów przez co najmniej 3 lata.',
    'Klient jest odpowiedzialny za przechowywanie wyeksportowanych danych przez okres 5 lat.',
    'Za archiwizację dokumentów przez 10 lat odpowiada Klient we własnym zakresie.',
  ];
  for (const duty of duties) {
    it(duty.slice(0, 50), () => {
      const claims = read(`# Backups\n\nWe keep backups for 30 days.\n\n${duty}\n`);
      expect(claims).toEqual(['backup.retention=P30D']);
    });
  }
  it('a duty of ours beside it still counts', () => {
    expectClaim(claimsOf('# Backups\n\nWe are responsible for keeping backups for 35 days.\n').claims, { attribute: 'backup.retention', value: 'P35D' });
  });
});

describe('an example place after "ex:" is no hosting place', () => {
  it('EN', () => {
    expect(read('# Hosting\n\nLarge customers may ask for their instance to be placed in a country of their choice, ex: Canada.\n')).not.toContain('hosting.location=CA/production');
  });
});

describe('a database hosted in a place under a backups heading is production', () => {
  it('the heading gives no role to the place the database is hosted in', () => {
    const claims = read('# How are backups made?\n\nOur database is hosted by DigitalOcean in Amsterdam, and besides their own snapshots we copy it every night.\n');
    expect(claims).toContain('hosting.location=NL/production');
    expect(claims).not.toContain('hosting.location=NL/backup');
  });
});
