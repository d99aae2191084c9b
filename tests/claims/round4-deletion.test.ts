/**
 * Deletion, retention and hosting phenomena of round 4 that need more than one sentence: what sets the
 * deletion clock going (README "Claims: deletion triggers"), grace periods told over several
 * sentences, backups that expire on their own clock, and what the inconsistency check makes of
 * deletion bounds with different triggers. Written for these tests in our own words; single
 * sentences are rule examples in rules/claims/patterns.json.
 */
import { describe, expect, it } from 'vitest';
import { findContradictions } from '../../src/findings/inconsistency.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { claimsOf, expectClaim, expectNoClaim } from './helpers.ts';

const deletions = (text: string) => claimsOf(text).claims.filter((c) => c.attribute === 'deletion.after_termination');

describe('deletion triggers', () => {
  const cases = {
    en: [
      '# Data handling',
      '',
      'If an administrator removes the company account, its records leave the live databases within 10 days.',
      '',
      'When the service agreement is terminated, we erase every record from the live databases no later than 60 days after that date.',
    ],
    pl: [
      '# Przetwarzanie danych',
      '',
      'Jeśli administrator usunie konto firmy, jego rekordy znikają z produkcyjnej bazy danych w ciągu 10 dni.',
      '',
      'Po rozwiązaniu umowy kasujemy wszystkie rekordy z produkcyjnej bazy danych najpóźniej 60 dni od tej daty.',
    ],
  };
  for (const [lang, lines] of Object.entries(cases)) {
    it(`account closure and the end of the contract are two clocks, never a contradiction (${lang})`, () => {
      const { claims } = claimsOf(lines.join('\n'));
      expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P10D', qualifiers: { scope: 'production', trigger: 'account-closure' } });
      expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: { scope: 'production' } });
      expect(findContradictions(claims).map((x) => [x.claim.value, x.other.value])).toEqual([]);
      // The qualifier alone keeps them apart: with one trigger and neutral wording they contradict.
      const neutral = (cs: typeof claims) => cs.map((c) => ({ ...c, quote: 'Records are erased.' }));
      expect(findContradictions(neutral(claims))).toEqual([]);
      const untriggered = neutral(claims).map((c) => ({ ...c, qualifiers: { ...c.qualifiers, trigger: 'contract-end' } }));
      expect(findContradictions(untriggered).length).toBe(1);
    });
  }

  it('a longer backups bound after account closure does not exceed the contract-end bound for all data', () => {
    const { claims } = claimsOf(
      [
        'All customer data, backups included, is deleted within 30 days after the contract ends.',
        '',
        'A workspace owner can delete the workspace at any time. Backups holding it then expire within a further 45 days.',
      ].join('\n'),
    );
    const closure = claims.find((c) => c.attribute === 'deletion.after_termination' && c.qualifiers.trigger === 'account-closure');
    expect(closure?.qualifiers.scope).toBe('backups');
    expect(findContradictions(claims)).toEqual([]);
  });

  it('inactive accounts and deletion requests have triggers of their own (EN, PL)', () => {
    expect(deletions('Accounts left inactive for a year are closed, and their data is deleted 30 days after closure.').map((c) => c.qualifiers.trigger)).toContain('inactivity');
    expect(deletions('Konta nieaktywne przez rok zamykamy, a ich dane usuwamy 30 dni po zamknięciu konta.').map((c) => c.qualifiers.trigger)).toContain('inactivity');
  });
});

describe('grace periods told over several sentences', () => {
  const cases = {
    en: [
      '# Deleting your organisation',
      '',
      'An administrator can delete the organisation under Settings.',
      'For 5 days the deletion can still be reversed by our support team.',
      "After this period, the organisation's data is removed from production within 25 days.",
    ],
    pl: [
      '# Usuwanie konta',
      '',
      'Administrator może usunąć konto organizacji w ustawieniach.',
      'Przez 5 dni usunięcie można jeszcze wycofać przez dział wsparcia.',
      'Po upływie tego okresu dane organizacji usuwamy z systemu produkcyjnego w ciągu 25 dni.',
    ],
  };
  for (const [lang, lines] of Object.entries(cases)) {
    it(`the bound counts from the closure: window plus purge (${lang})`, () => {
      const found = deletions(lines.join('\n'));
      expect(found.map((c) => [c.value, c.qualifiers])).toEqual([['P30D', { scope: 'production', trigger: 'account-closure' }]]);
    });
  }
});

describe('backups that expire on their own clock', () => {
  it('a backups length tied to their own expiry is the purge, not a bound from the contract end (PL table row)', () => {
    const { claims } = claimsOf(
      [
        '| Nr | Pytanie | Odpowiedź | Komentarz |',
        '|---|---|---|---|',
        '| 7 | Kiedy po rozwiązaniu umowy usuwacie dane? | 45 dni | Z kopii zapasowych dane znikają wraz z ich wygaśnięciem, czyli po 21 dniach. |',
      ].join('\n'),
    );
    expectClaim(claims, { attribute: 'deletion.backup_purge', value: 'P21D' });
    expect(claims.filter((c) => c.attribute === 'deletion.after_termination' && c.value === 'P21D')).toEqual([]);
  });

  it('a sentence that opens after the export period counts its lengths on from it (EN)', () => {
    const found = deletions(
      'After the subscription is cancelled you may download an export for 20 days. Then we purge the production copy, and the backups that still contain the data age out within the following 3 weeks.',
    );
    expect(found.map((c) => [c.value, c.qualifiers.scope])).toEqual(
      expect.arrayContaining([
        ['P20D', 'production'],
        ['P41D', 'backups'],
      ]),
    );
  });

  it('advice and questions about backups say nothing (EN, PL)', () => {
    const { claims } = claimsOf(
      [
        'Ask every supplier how long deleted data survives in its backups after the contract ends.',
        '',
        'Czy po rozwiązaniu umowy dane znikają także z kopii zapasowych?',
        '',
        'Warto wymagać, by kopie zapasowe z danymi klienta wygasały najpóźniej po 30 dniach.',
      ].join('\n'),
    );
    expectNoClaim(claims, 'deletion.after_termination');
    expectNoClaim(claims, 'deletion.backup_purge');
  });
});

describe('plain-text listings: a short answer line under its question', () => {
  const cases = {
    en: ['Listing details', '', 'Where do you host customer data?', 'Google Cloud, europe-west4 (Eemshaven, Netherlands)', '', 'Can admins export records?', 'Yes, to CSV from the Reports page'],
    pl: ['Szczegóły oferty', '', 'Gdzie przechowujecie dane klientów?', 'Google Cloud, region europe-west4 (Holandia)', '', 'Czy administrator może wyeksportować dane?', 'Tak, do pliku CSV w menu Raporty'],
  };
  for (const [lang, lines] of Object.entries(cases)) {
    it(`the answer is read with its question even when taken for a heading (${lang})`, () => {
      const doc = documentFromText(lines.join('\n'), { format: 'txt', meta: { vendor: 'Acme' } });
      const claims = extractClaims(doc);
      expectClaim(claims, { attribute: 'hosting.provider', value: 'gcp' });
      expectClaim(claims, { attribute: 'hosting.location', value: 'NL', qualifiers: { region: 'gcp:europe-west4', role: 'production' } });
      expectClaim(claims, { attribute: 'data.export.formats', value: 'csv' });
    });
  }
});
