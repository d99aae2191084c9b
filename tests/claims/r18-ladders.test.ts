/**
 * Round 18 (claims): a retention ladder told as counts of kept copies. "Holds 3 daily copies and 2
 * weekly copies" keeps each tier that long (P3D daily, P2W weekly) and says nothing of how often a
 * copy is taken; a list may name its noun once ("10 daily, 6 weekly and 3 monthly snapshots",
 * "5 kopii dziennych, 3 tygodniowe i 6 miesięcznych"). Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.ts';

const backup = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute.startsWith('backup.'))
    .map((c) => `${c.attribute}=${c.value}${c.qualifiers.type ? `/${c.qualifiers.type}` : ''}`)
    .sort();

describe('counts of kept copies', () => {
  it('EN: a storage verb with counted copies is retention, not frequency', () => {
    expect(backup('# Backups\n\nOur backup cluster holds 3 daily copies, 2 weekly copies (Saturday) and 1 monthly copy (last day of the month).\n')).toEqual([
      'backup.retention=P1M/monthly',
      'backup.retention=P2W/weekly',
      'backup.retention=P3D/daily',
    ]);
  });
  it('EN: the noun said once for the whole ladder', () => {
    expect(backup('# Backups\n\nWe keep 10 daily, 6 weekly and 3 monthly snapshots of every server.\n')).toEqual([
      'backup.retention=P10D/daily',
      'backup.retention=P3M/monthly',
      'backup.retention=P6W/weekly',
    ]);
  });
  it('PL: rzeczownik raz, przy pierwszym szczeblu', () => {
    expect(backup('# Kopie zapasowe\n\nPrzechowujemy 5 kopii dziennych, 3 tygodniowe i 6 miesięcznych.\n')).toEqual([
      'backup.retention=P3W/weekly',
      'backup.retention=P5D/daily',
      'backup.retention=P6M/monthly',
    ]);
  });
  it('a stated pace beside the ladder still counts', () => {
    const { claims } = claimsOf('# Backups\n\nServers are backed up every night. The backup store holds 4 daily copies and 2 weekly copies.\n');
    expectClaim(claims, { attribute: 'backup.frequency', value: 'P1D' });
    expectClaim(claims, { attribute: 'backup.retention', value: 'P4D', qualifiers: { type: 'daily' } });
    expect(claims.filter((c) => c.attribute === 'backup.frequency').map((c) => c.value)).toEqual(['P1D']);
  });
});

describe('look-alikes', () => {
  it('counts taken, not kept, give no retention', () => {
    expect(backup('# Backups\n\nWe take 2 daily backups of the database.\n').filter((c) => c.startsWith('backup.retention'))).toEqual([]);
  });
  it('a pace and a length stay what they were', () => {
    expect(backup('# Backups\n\nDaily backups are kept for 14 days and weekly backups for 8 weeks.\n')).toEqual(['backup.retention=P14D/daily', 'backup.retention=P8W/weekly']);
  });
});
