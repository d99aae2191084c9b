/**
 * Session 8 dev material, written in our own words after reading real pages per class (sub-processor
 * lists grouped by category, deletion help articles, SLA schedules, BCP/DR pages, access-control and
 * policy-review pages, trust pages of label/value lines): what must be read, and the look-alikes
 * that must give nothing (a contact table, a measured outcome, a credit tier, a customer's option).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim, type Expect } from './helpers.ts';
import type { Claim } from '../../src/claims/types.ts';

const dev = (name: string) => claimsOf(readFileSync(new URL(`./dev8/${name}`, import.meta.url), 'utf8')).claims;
const values = (claims: Claim[], attribute: string) => claims.filter((c) => c.attribute === attribute).map((c) => c.value);
const roles = (claims: Claim[]) => claims.filter((c) => c.attribute === 'hosting.location').map((c) => `${c.value}:${c.qualifiers.role}`).sort();

describe('sub-processor lists split into tables by category', () => {
  for (const file of ['subprocessors-en.md', 'subprocessors-pl.md']) {
    it(`${file}: the page title names the list; each category table gives its parties, a contact table none`, () => {
      const claims = dev(file);
      expect(values(claims, 'subprocessor').sort()).toEqual(['coinvale-europe', 'deskhollow', 'postwing-mail', 'quillgate-networks']);
      expectClaim(claims, { attribute: 'hosting.provider', value: 'aws' });
      expectClaim(claims, { attribute: 'network.ddos_protection', value: true });
    });
  }
});

describe('hosting roles: a copy sent elsewhere is a backup place, never production', () => {
  const cases: Array<[string, string[]]> = [
    ['Backups are copied to the Azure North Europe region (Dublin), so a copy of every database is kept outside the primary region.', ['IE:backup']],
    ['Nightly snapshots go to a second AWS account in Europe (Frankfurt), eu-central-1, so that a compromised production account cannot remove the data and its copies.', ['DE:backup']],
    ['Kopie zapasowe są przesyłane do regionu Azure North Europe (Dublin), dzięki czemu kopia każdej bazy znajduje się poza regionem podstawowym.', ['IE:backup']],
    // Look-alikes: a production cue of its own still names production.
    ['Data is stored in Frankfurt (primary region); backups go to Amsterdam.', ['DE:production', 'NL:backup']],
    ['Backups are copied to Amsterdam, while production runs in Frankfurt.', ['DE:production', 'NL:backup']],
  ];
  for (const [text, want] of cases) it(text.slice(0, 60), () => expect(roles(claimsOf(text).claims)).toEqual(want));
});

describe('label and value on lines of their own', () => {
  it('a country alone on the line under its label is the place, quoted with its label only', () => {
    const text =
      '# Trust overview\n\n## Infrastructure\n\nData center location(s)\n\nUnited States\n\nHosting provider\n\nAmazon Web Services\n\nBackup location\n\nCanada\n\nWrite to us with any questions about this page.\n';
    const { claims } = claimsOf(text);
    expect(roles(claims)).toEqual(['CA:backup', 'US:production']);
    const us = claims.find((c) => c.attribute === 'hosting.location' && c.value === 'US')!;
    expect(us.quote).toContain('Data center location(s)');
    expect(us.quote).not.toContain('Hosting provider');
    expectClaim(claims, { attribute: 'hosting.provider', value: 'aws' });
  });
  it('Polish label lines: "Lokalizacja centrum danych" / "Polska"', () => {
    const { claims } = claimsOf('# Przegląd\n\n## Infrastruktura\n\nLokalizacja centrum danych\n\nPolska\n\nLokalizacja kopii zapasowych\n\nNiemcy\n\nPytania prosimy kierować do działu bezpieczeństwa.\n');
    expect(roles(claims)).toEqual(['DE:backup', 'PL:production']);
  });
  it('look-alike: a long line of prose that opens with a country names no place', () => {
    // (A list after it, "Germany and Austria are ...", still reads its second name as a place: not done.)
    const { claims } = claimsOf('Our servers are maintained by our own team.\n\nGermany is where most of our customers run their plants and keep their machines.\n');
    expectNoClaim(claims, 'hosting.location');
  });
});

describe('recovery objectives and service levels', () => {
  it('targets for a disaster are objectives, not plans', () => {
    const { claims } = claimsOf('Our recovery targets for a complete loss of the primary site are a recovery time objective of 8 hours and a recovery point objective of 1 hour.');
    expectClaim(claims, { attribute: 'availability.rto', value: 'PT8H' });
    expectClaim(claims, { attribute: 'availability.rpo', value: 'PT1H' });
  });
  it('look-alikes: what an incident measured against the objective is no objective (EN, PL)', () => {
    for (const text of [
      'The recovery took 3 hours 12 minutes, which missed our RTO.',
      'The data loss of 9 minutes was within our RPO.',
      'Utrata danych wyniosła 10 minut i zmieściła się w naszym RPO.',
      'Przywrócenie usługi trwało 5 godzin, czyli przekroczyło nasze RTO.',
    ]) {
      const { claims } = claimsOf(text);
      expect([...values(claims, 'availability.rto'), ...values(claims, 'availability.rpo')], text).toEqual([]);
    }
  });
  it('look-alikes: credit tiers of an SLA table flattened to text are no uptime promise', () => {
    const text =
      'Acme Cloud is available at least 99.9% of each calendar month.\n\nUptime AchievedService Credit\n\n99.0% - 99.9%10% of the monthly fee\n\n95.0% - 99.0%25% of the monthly fee\n\nbelow 95.0%50% of the monthly fee\n';
    expect(values(claimsOf(text).claims, 'availability.sla')).toEqual([99.9]);
    const pl = 'Gwarantujemy dostępność na poziomie 99,5% w miesiącu.\n\nDostępność w miesiącuRabat\n\n99,0% – 99,5%10% opłaty\n\nponiżej 99,0%25% opłaty\n';
    expect(values(claimsOf(pl).claims, 'availability.sla')).toEqual([99.5]);
  });
});

describe('reviews and tests of policies and measures', () => {
  const cases: Array<[string, string]> = [
    ['Politykę przeglądamy raz w roku.', 'P1Y'],
    ['We review our security policies every year.', 'P1Y'],
    ['We test a full restore of a sample database every six months.', 'P6M'],
    ['Odtworzenie danych z kopii zapasowej jest testowane raz na kwartał.', 'P3M'],
    ['Procedurę przełączenia do zapasowego centrum danych testujemy raz w roku.', 'P1Y'],
  ];
  for (const [text, want] of cases) it(text, () => expectClaim(claimsOf(text).claims, { attribute: 'review.frequency', value: want }));
  it('look-alikes: a customer reviewing its own records or settings, a price list', () => {
    for (const text of [
      'Administrators can review the audit log every day.',
      'Administrators can review the password policy every month.',
      'Klient może co miesiąc przeglądać politykę haseł.',
      'Our sales team reviews the price list every year.',
    ]) {
      expectNoClaim(claimsOf(text).claims, 'review.frequency');
    }
  });
});

describe('access control', () => {
  const rbac: Expect = { attribute: 'access.rbac', value: true };
  it('roles the customer gives decide what a person sees (EN, PL)', () => {
    expectClaim(claimsOf('Inside the application, what a person can see and do depends on the role their administrator gives them.').claims, rbac);
    expectClaim(claimsOf("Users are given rights through roles that the customer's administrators assign.").claims, rbac);
    expectClaim(claimsOf('To, co użytkownik widzi i może zmienić, zależy od roli nadanej mu przez administratora.').claims, rbac);
  });
  it("a questionnaire answer on the staff's access reviews", () => {
    const { claims } = claimsOf('Identity and access\n\nQ: How often do you review your own staff\'s access?\nA: Every quarter.\n');
    expectClaim(claims, { attribute: 'access.review', value: 'P3M' });
  });
  it('look-alikes: the role of an officer, a review of prices', () => {
    expectNoClaim(claimsOf('The role of the data protection officer is described in section 4.').claims, 'access.rbac');
    expectNoClaim(claimsOf('Q: How often do you review your prices?\nA: Every year.\n').claims, 'access.review');
  });
});

describe('deletion: the backups tail told after the production step', () => {
  const cases: Record<string, Expect[]> = {
    "Within 60 days after the end of the contract we delete the customer's data from the production systems. Copies that remain in backups expire no more than 35 days after that.": [
      { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: { scope: 'production' } },
      { attribute: 'deletion.after_termination', value: 'P95D', qualifiers: { scope: 'backups' } },
      { attribute: 'deletion.backup_purge', value: 'P35D' },
    ],
    'W ciągu 60 dni od zakończenia umowy usuwamy dane klienta z systemów produkcyjnych. Kopie, które pozostają w kopiach zapasowych, wygasają najpóźniej 35 dni później.': [
      { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: { scope: 'production' } },
      { attribute: 'deletion.after_termination', value: 'P95D', qualifiers: { scope: 'backups' } },
      { attribute: 'deletion.backup_purge', value: 'P35D' },
    ],
    'Po zakończeniu subskrypcji dane są usuwane po 30 dniach. Z kopii zapasowych znikają po kolejnych 30 dniach, gdy kopie wygasną.': [
      { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: { scope: 'backups' } },
      { attribute: 'deletion.backup_purge', value: 'P30D' },
    ],
  };
  for (const [text, want] of Object.entries(cases)) {
    it(text.slice(0, 70), () => {
      const { claims } = claimsOf(text);
      for (const e of want) expectClaim(claims, e);
    });
  }
  it('look-alikes: backups that simply expire, records kept for tax', () => {
    for (const text of ['Backups are taken every night and expire 35 days later.', 'Invoices are kept for six years after that.', 'Kopie zapasowe wygasają 35 dni później.']) {
      expectNoClaim(claimsOf(text).claims, 'deletion.backup_purge');
    }
  });
});

describe("certificates of the provider's infrastructure", () => {
  it('the provider named by its company name holds reports for the infrastructure we use', () => {
    const { claims } = claimsOf('The service runs on Oracle Cloud Infrastructure in London.\n\nOracle holds ISO/IEC 27001 certification and SOC 2 reports for the infrastructure we use.\n');
    expectClaim(claims, { attribute: 'cert.infrastructure', value: 'iso27001', qualifiers: { holder: 'oracle' } });
    expectNoClaim(claims, 'cert.vendor');
  });
  it('PL: certyfikaty dla infrastruktury, z której korzystamy', () => {
    const { claims } = claimsOf('Usługa działa w Microsoft Azure w regionie Poland Central.\n\nMicrosoft posiada certyfikat ISO 27001 oraz raporty SOC 2 dla infrastruktury, z której korzystamy.\n');
    expectClaim(claims, { attribute: 'cert.infrastructure', value: 'iso27001', qualifiers: { holder: 'azure' } });
    expectNoClaim(claims, 'cert.vendor');
  });
  it("look-alike: the vendor's own certificate covering its infrastructure", () => {
    const { claims } = claimsOf('The service runs on Oracle Cloud Infrastructure in London.\n\nWe hold ISO/IEC 27001 certification for the infrastructure and application we operate.\n');
    expectClaim(claims, { attribute: 'cert.vendor', value: 'iso27001' });
  });
});

describe('FAQ answers under a deletion question keep what they say of the backups', () => {
  it('EN: how long backups are kept, told under "When is my data permanently deleted?"', () => {
    const { claims } = claimsOf('## When is my data permanently deleted?\n\nOur backups are encrypted and kept for 35 days.\n');
    expectClaim(claims, { attribute: 'backup.retention', value: 'P35D' });
  });
  it('PL: the purge after a further 30 days, under a question about leaving the service', () => {
    const { claims } = claimsOf('## Co się stanie z danymi po rezygnacji?\n\nPo zakończeniu subskrypcji dane są usuwane po 30 dniach. Z kopii zapasowych znikają po kolejnych 30 dniach, gdy kopie wygasną.\n');
    expectClaim(claims, { attribute: 'deletion.backup_purge', value: 'P30D' });
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: { scope: 'backups' } });
  });
  it('look-alike: "razem z kopiami" under a question about the contract end is no purge', () => {
    const { claims } = claimsOf('## Co z danymi po rozwiązaniu umowy?\n\nUsuwamy je w ciągu 30 dni razem z kopiami zapasowymi.\n');
    expectNoClaim(claims, 'deletion.backup_purge');
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P30D' });
  });
});
