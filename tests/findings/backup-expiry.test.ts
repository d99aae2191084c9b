/** backup-expiry-mismatch: deleted data said to leave the backups as they expire, sooner than they expire. Own sentences, EN and PL. */
import { describe, expect, it } from 'vitest';
import type { ClaimValue } from '../../src/claims/types.ts';
import { expiryMismatches, rule } from '../../src/findings/rules/backup-expiry-mismatch.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { claimOn } from './claim-helpers.ts';
import { runRule } from './rules-code/helpers.ts';

type Spec = [snippet: string, attribute: string, value: ClaimValue, qualifiers?: Record<string, string>];

function run(text: string, specs: Spec[]) {
  const doc = documentFromText(text, { id: 'b' });
  const claims = specs.map(([snippet, attribute, value, q]) => claimOn(doc, snippet, attribute, value, q ?? {}));
  return runRule(rule, doc, { claims });
}

describe('backup-expiry-mismatch', () => {
  it('a purge by expiry shorter than the retention is flagged, the retention related (EN)', () => {
    const text = '# Backups\n\nWe keep every backup for 45 days.\n\n# Leaving\n\nRecords you delete age out of the backup set within 10 days.';
    const hits = run(text, [['every backup', 'backup.retention', 'P45D'], ['age out', 'deletion.backup_purge', 'P10D']]);
    expect(hits.map((h) => h.excerpt)).toEqual(['Records you delete age out of the backup set within 10 days.']);
    expect(hits[0].related?.[0].excerpt).toBe('We keep every backup for 45 days.');
    expect(hits[0].params).toEqual({ purge: 'P10D', retention: 'P45D' });
  });

  it('Polish: a backups-scoped deletion bound tied to the end of the retention period', () => {
    const text = '# Kopie\n\nKopie zapasowe trzymamy przez 8 tygodni.\n\n# Usuwanie\n\nZ kopii dane znikają po upływie okresu przechowywania, czyli po 21 dniach.';
    expect(run(text, [['trzymamy', 'backup.retention', 'P8W'], ['znikają', 'deletion.after_termination', 'P21D', { scope: 'backups' }]])).toHaveLength(1);
  });

  it('the longest rung of a ladder counts; equal or longer figures agree', () => {
    const ladder = '# Backups\n\nDaily copies are kept 7 days and month-end copies 12 months. Deleted data leaves the backups as they expire, after 7 days.';
    const doc = documentFromText(ladder, { id: 'l' });
    const daily = claimOn(doc, 'Daily copies', 'backup.retention', 'P7D', { type: 'daily' });
    const monthly = claimOn(doc, 'Daily copies', 'backup.retention', 'P12M', { type: 'monthly' });
    const purge = claimOn(doc, 'Deleted data', 'deletion.backup_purge', 'P7D');
    expect(expiryMismatches([daily, monthly, purge])).toHaveLength(1);
    expect(expiryMismatches([daily, purge])).toEqual([]);
    const longer = claimOn(doc, 'Deleted data', 'deletion.backup_purge', 'P14M');
    expect(expiryMismatches([daily, monthly, longer])).toEqual([]);
  });

  it('an active purge (no expiry wording) may be faster than the retention', () => {
    const text = '# Backups\n\nBackups are kept for 90 days.\n\n# Leaving\n\nOn request we scrub your records from every backup within 14 days.';
    expect(run(text, [['kept for 90', 'backup.retention', 'P90D'], ['scrub', 'deletion.backup_purge', 'P14D']])).toEqual([]);
  });

  it('a figure that belongs to the production step of the same sentence is not the purge\'s', () => {
    const text = '# Leaving\n\nBackups are kept for 60 days. Your workspace is erased within 20 days; copies of it stay in backups until they expire.';
    const specs: Spec[] = [
      ['kept for 60', 'backup.retention', 'P60D'],
      ['erased within 20', 'deletion.after_termination', 'P20D', { scope: 'production' }],
      ['erased within 20', 'deletion.backup_purge', 'P20D'],
    ];
    expect(run(text, specs)).toEqual([]);
  });

  it('a purge told as how long deleted data stays in the backups is their expiry (EN, PL)', () => {
    const en = '# Backups\n\nNightly backups are kept for 40 days and then overwritten.\n\n# Deleting\n\nA deleted record remains in the backups for at most 10 days.';
    expect(run(en, [['Nightly', 'backup.retention', 'P40D'], ['remains', 'deletion.backup_purge', 'P10D']])).toHaveLength(1);
    const pl = '# Kopie\n\nKopie trzymamy przez 40 dni, potem są nadpisywane.\n\n# Usuwanie\n\nUsunięty rekord pozostaje w kopiach najwyżej 10 dni.';
    expect(run(pl, [['Kopie trzymamy', 'backup.retention', 'P40D'], ['pozostaje', 'deletion.backup_purge', 'P10D']])).toHaveLength(1);
  });

  it('a deletion that excepts the backups gives no purge figure (EN, PL)', () => {
    const en = '# Backups\n\nBackups are kept for 90 days.\n\n# Leaving\n\nYour data is erased within 30 days, except backups, which stay until their 90-day cycle ends.';
    expect(run(en, [['kept for 90', 'backup.retention', 'P90D'], ['erased within 30', 'deletion.after_termination', 'P30D', { scope: 'backups' }]])).toEqual([]);
    const pl = '# Kopie\n\nKopie przechowujemy 90 dni.\n\n# Koniec umowy\n\nDane usuwamy w ciągu 30 dni, z wyjątkiem kopii zapasowych, które wygasają po 90 dniach.';
    expect(run(pl, [['Kopie przechowujemy', 'backup.retention', 'P90D'], ['usuwamy', 'deletion.after_termination', 'P30D', { scope: 'backups' }]])).toEqual([]);
  });
});

describe('backup-expiry-mismatch: a figure said of no backups', () => {
  it.each([
    ['# Backups\n\nEvery backup is kept for 45 days.\n\n# Tips\n\nTip: deleted assets stay in the Recycle bin for 30 days before they are gone.', 'stay in the Recycle', 'P30D', 'en'],
    ['# Backups\n\nEvery backup is kept for 45 days.\n\n# Help\n\nRemoved work orders remain in the Trash for 14 days, and an admin can restore them from there.', 'remain in the Trash', 'P14D', 'en'],
    ['# Kopie\n\nKażdą kopię zapasową przechowujemy przez 45 dni.\n\n# Wskazówka\n\nUsunięte zlecenia pozostają w Koszu przez 30 dni i administrator może je przywrócić.', 'pozostają w Koszu', 'P30D', 'pl'],
  ])('a bin or trash window is no purge of the backups: %#', (text, snippet, value) => {
    const hits = run(text, [['Every backup', 'backup.retention', 'P45D'], ['Każdą kopię', 'backup.retention', 'P45D'], [snippet, 'deletion.backup_purge', value]].filter(([s]) => text.includes(s as string)) as Spec[]);
    expect(hits).toEqual([]);
  });

  it('the same figure said of the backups still conflicts', () => {
    const text = '# Backups\n\nEvery backup is kept for 45 days.\n\n# Deletion\n\nDeleted assets stay in the backups for 30 days at most, until the copies holding them expire.';
    expect(run(text, [['Every backup', 'backup.retention', 'P45D'], ['stay in the backups', 'deletion.backup_purge', 'P30D']])).toHaveLength(1);
  });
});
