/**
 * Round 14 (claims-data): "several times a day", "kilka razy dziennie" tell that backups run more
 * often than the period, without saying how often: no backup.frequency, no length ("a day" is not
 * how long copies are kept) and no type (the copies are not "daily" ones). A counted pace ("three
 * times a day", "dwa razy dziennie") still gives its interval. Our own sentences, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const backups = (text: string) =>
  claimsOf(`# Backups\n\n${text}\n`)
    .claims.filter((c) => c.attribute.startsWith('backup.'))
    .map((c) => `${c.attribute}=${String(c.value)}${c.qualifiers.type ? ` ${String(c.qualifiers.type)}` : ''}`)
    .sort();

describe('a pace without a count', () => {
  it.each([
    ['Snapshots of the database are taken multiple times daily and retained for 14 days.', ['backup.retention=P14D']],
    ['We back up customer data several times a day and keep the copies for two weeks.', ['backup.retention=P2W']],
    ['Incremental copies run many times per day; each is kept 10 days.', ['backup.retention=P10D']],
    ['A few times an hour the transaction log is copied off-site, and copies are retained for 7 days.', ['backup.retention=P7D']],
  ])('EN: %s', (text, want) => {
    expect(backups(text)).toEqual(want);
  });
  it.each([
    ['Kopie zapasowe wykonujemy kilka razy dziennie i przechowujemy je przez 14 dni.', ['backup.retention=P14D']],
    ['Bazę danych kopiujemy wielokrotnie w ciągu doby, a kopie zapasowe trzymamy 30 dni.', ['backup.retention=P30D']],
    ['Kopia zapasowa powstaje kilkanaście razy na dobę i jest przechowywana 5 dni.', ['backup.retention=P5D']],
  ])('PL: %s', (text, want) => {
    expect(backups(text)).toEqual(want);
  });
});

describe('look-alikes: a counted pace keeps its interval', () => {
  it.each([
    ['Backups run three times a day and are kept for 7 days.', ['backup.frequency=PT8H', 'backup.retention=P7D']],
    ['Snapshots are taken twice daily and retained for 2 weeks.', ['backup.frequency=PT12H', 'backup.retention=P2W']],
    ['Kopie wykonujemy dwa razy dziennie i przechowujemy 10 dni.', ['backup.frequency=PT12H', 'backup.retention=P10D']],
    ['Daily backups are kept for 30 days.', ['backup.retention=P30D daily']],
  ])('%s', (text, want) => {
    expect(backups(text)).toEqual(want);
  });
});
