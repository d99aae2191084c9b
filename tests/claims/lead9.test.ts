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

describe("a list of certificates takes its holder from the list's lead-in", () => {
  const certs = (text: string) => claimsOf(text).claims.filter((c) => c.attribute.startsWith('cert.')).map((c) => `${c.attribute}=${c.value}`);
  it("the hosting provider's audits listed under its name are not the vendor's", () => {
    const got = certs('# Security\n\nThe platform runs on Google Cloud. Google\'s facilities are audited every year against:\n\n- ISO 27001\n- SOC 1 and SOC 2 Type II\n\nWe hold ISO 27001 ourselves.\n');
    expect(got).toEqual(['cert.infrastructure=iso27001', 'cert.infrastructure=soc1', 'cert.infrastructure=soc2', 'cert.vendor=iso27001']);
  });
  it("a bare item under the vendor's own lead-in is the vendor's; under a plan or a bare label it is nothing", () => {
    expect(certs('# Compliance\n\nWe hold the following certificates:\n\n- ISO 27001\n- ISO 27701\n')).toEqual(['cert.vendor=iso27001', 'cert.vendor=iso27701']);
    expect(certs('# Compliance\n\nWe are working towards:\n\n- ISO 27001\n- SOC 2\n')).toEqual([]);
    expect(certs('# Compliance\n\nStandards:\n\n- ISO 27001\n')).toEqual([]);
  });
});

describe('deletion after a subscription ends, from help-centre wording', () => {
  const deletion = (text: string) => claimsOf(text).claims.filter((c) => c.attribute === 'deletion.after_termination').map((c) => c.value);
  it('"cleared from our servers" deletes', () => {
    expect(deletion('# When a plan lapses\n\nTwenty days after your plan expires, every file you uploaded is cleared from our servers.\n')).toEqual(['P20D']);
  });
  it('a chain of periods told sentence by sentence counts each period once', () => {
    // 10 days read-only, then 45 days archived, then deleted: 55 days, not 10 + 45 + 45.
    const text = '# What happens to my data when my subscription expires?\n\nWe keep your workspace readable for the next 10 days. After this period, we archive your data for the next 45 days. After this period your data will be deleted.\n';
    expect(deletion(text)).toEqual(['P55D']);
  });
});

describe('training of the people authorised to process data is staff training', () => {
  const trained = (text: string) => claimsOf(text).claims.filter((c) => c.attribute === 'training.security_awareness').map((c) => c.value);
  it('a TOM list names the trainees by their authorisation, not as staff', () => {
    expect(trained('# Organisational measures\n\n1. Training is held at the start and then regularly for persons authorised to process customer data.\n')).toEqual([true]);
    expect(trained('# Organisational measures\n\n1. Everyone with access to production takes a refresher course each year.\n')).toEqual([true]);
  });
  it("the customer's own authorised people stay out", () => {
    expect(trained('# Services\n\nCustomers can book product training for the authorised users of their own team.\n')).toEqual([]);
  });
});
