/**
 * Round 14 (claims-data): in "daily incremental + monthly full" each pace word is followed by its
 * own kind of backup; the kind right after a pace word is that pace's, and the next pace word does
 * not borrow it. Look-alikes: a kind stated before its pace ("A full backup is taken daily") still
 * pairs as before. Our own sentences, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const paces = (text: string, heading = 'Backups') =>
  claimsOf(`# ${heading}\n\n${text}\n`)
    .claims.filter((c) => c.attribute === 'backup.frequency')
    .map((c) => `${String(c.value)} ${String(c.qualifiers.type ?? '-')}`)
    .sort();

describe('a pace word and the kind right after it', () => {
  it.each([
    ['Backups go to two servers: daily incremental + monthly full.', ['P1D incremental', 'P1M full']],
    ['We take weekly full and daily differential backups of every database.', ['P1D differential', 'P1W full']],
    ['Our backup plan runs nightly incremental and weekly full jobs, all stored off-site.', ['P1D incremental', 'P1W full']],
    ['Schedule: hourly incremental snapshots and daily full snapshots.', ['P1D full', 'PT1H incremental']],
  ])('EN: %s', (text, want) => {
    expect(paces(text)).toEqual(want);
  });
  it.each([
    ['Wykonujemy codzienne przyrostowe i cotygodniowe pełne kopie zapasowe bazy.', ['P1D incremental', 'P1W full']],
    ['Kopie zapasowe: cotygodniowe pełne oraz codzienne różnicowe.', ['P1D differential', 'P1W full']],
  ])('PL: %s', (text, want) => {
    expect(paces(text, 'Kopie zapasowe')).toEqual(want);
  });
});

describe('look-alikes: a kind before its pace', () => {
  it.each([
    ['A full backup is taken daily, and an incremental one every 6 hours.', ['P1D full', 'PT6H incremental']],
    ['Pełną kopię zapasową wykonujemy co tydzień.', ['P1W full']],
  ])('%s', (text, want) => {
    expect(paces(text, text.startsWith('P') ? 'Kopie zapasowe' : 'Backups')).toEqual(want);
  });
});
