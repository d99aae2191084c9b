/**
 * Retention schedules (src/claims/schedule.ts): a table of data categories and how long each is
 * kept. The row's category gives the attribute; column headers are never plan names. Tables
 * written for these tests in our own words, in the layouts vendors use (category + examples +
 * period + backup column; a header that names the contract end; a reference column first; PL).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.ts';

const of = (lines: string[], attrs = /^(backup|deletion|logging\.retention)/) =>
  claimsOf(lines.join('\n')).claims.filter((c) => attrs.test(c.attribute));

describe('retention schedules', () => {
  it('per-category rows with a backup column (EN)', () => {
    const claims = of([
      '# How long we keep things',
      '',
      '| Data category | Examples | Kept in the live service | Left in backups afterwards | Then |',
      '|---|---|---|---|---|',
      '| Maintenance records | work orders, inspections, meter readings | 30 days after the contract is terminated | 28 days | Erased |',
      '| Activity logs | logins, role changes | 18 months | 28 days | Erased |',
      '| Invoices | amounts, tax ids | 7 years | n/a | Kept for tax law |',
      '| Usage statistics | clicks, screens | [to be decided] | — | Anonymised |',
    ]);
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P30D', qualifiers: { scope: 'production' } });
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P58D', qualifiers: { scope: 'backups' } });
    expectClaim(claims, { attribute: 'deletion.backup_purge', value: 'P28D' });
    expectClaim(claims, { attribute: 'logging.retention', value: 'P18M' });
    // The column headers are not plans; invoices and a template slot give nothing.
    expect(claims.filter((c) => c.attribute === 'backup.retention')).toEqual([]);
    expect(claims.some((c) => c.value === 'P7Y')).toBe(false);
  });

  it('a header that names the contract end, and backups as a row (EN)', () => {
    const claims = of([
      '| Type of data | What we hold | How long after the agreement ends |',
      '|---|---|---|',
      '| Customer data | everything your users enter | 45 days |',
      '| Database backups | encrypted nightly snapshots | 5 weeks |',
      '| Support correspondence | e-mails with our help desk | 2 years |',
    ]);
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P45D', qualifiers: {} });
    expectClaim(claims, { attribute: 'backup.retention', value: 'P5W', qualifiers: { scope: 'database' } });
    expect(claims.filter((c) => c.value === 'P2Y')).toEqual([]);
  });

  it('a term plus a length, account closure as the trigger, a grace window as no bound (EN)', () => {
    const claims = of([
      '| Ref | Record | Retention period |',
      '|---|---|---|',
      '| 2.1 | Account data | life of the account + 60 days after account closure |',
      '| 2.2 | Uploaded files | contract term plus a 14-day grace period |',
    ]);
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: { trigger: 'account-closure' } });
    expect(claims.some((c) => c.value === 'P14D')).toBe(false);
  });

  it('Polish schedule: categories with periods after the contract ends', () => {
    const claims = of([
      '| Kategoria danych | Przykłady | Okres przechowywania | Kopie zapasowe |',
      '|---|---|---|---|',
      '| Dane eksploatacyjne | zlecenia, przeglądy, protokoły | 60 dni od rozwiązania umowy | 30 dni |',
      '| Dzienniki zdarzeń | logowania, zmiany uprawnień | 12 miesięcy | 30 dni |',
      '| Faktury | dane rozliczeniowe | 5 lat | – |',
    ]);
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P60D', qualifiers: { scope: 'production' } });
    expectClaim(claims, { attribute: 'deletion.after_termination', value: 'P90D', qualifiers: { scope: 'backups' } });
    expectClaim(claims, { attribute: 'deletion.backup_purge', value: 'P30D' });
    expectClaim(claims, { attribute: 'logging.retention', value: 'P12M' });
    expect(claims.some((c) => c.value === 'P5Y')).toBe(false);
  });

  it('a plan table is still read by plan (the header names plans, not categories)', () => {
    const claims = of([
      'How long backups are retained depends on the plan.',
      '',
      '| Plan | Starter | Business |',
      '|---|---|---|',
      '| Point-in-time restore | 3 days | 21 days |',
    ]);
    expectClaim(claims, { attribute: 'backup.retention', value: 'P21D', qualifiers: { edition: 'Business', type: 'point-in-time' } });
  });
});

describe('retention schedules written as lists', () => {
  it('take each entry\'s label as its category (EN, PL)', () => {
    const en = of(['# Retention periods', '', '- Security audit logs: 24 months', '- Database snapshots: 14 days', '- Your workspace data after the contract ends: 60 days', '- Invoices: 10 years']);
    expectClaim(en, { attribute: 'logging.retention', value: 'P24M' });
    expectClaim(en, { attribute: 'backup.retention', value: 'P14D' });
    expectClaim(en, { attribute: 'deletion.after_termination', value: 'P60D' });
    expect(en).toHaveLength(3);
    const pl = of(['# Okresy przechowywania danych', '', '- dzienniki zdarzeń: 6 miesięcy', '- kopie zapasowe: 21 dni']);
    expectClaim(pl, { attribute: 'logging.retention', value: 'P6M' });
    expectClaim(pl, { attribute: 'backup.retention', value: 'P21D' });
  });

  it('are read only under a heading that names retention', () => {
    expect(of(['# Product limits', '', '- Database snapshots: 14 days'])).toEqual([]);
  });
});
