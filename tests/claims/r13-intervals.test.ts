/**
 * Round 13 (claims-data): the gap between two runs ("6 hours apart", "at 4-hour intervals", "w
 * odstępach 6 godzin") is how often, not how long anything is kept: it gives backup.frequency and
 * never backup.retention. Our own sentences, EN and PL; look-alikes: the keeping length stands.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const shown = (text: string) =>
  claimsOf(`# Backups\n\n${text}\n`)
    .claims.filter((c) => c.attribute === 'backup.frequency' || c.attribute === 'backup.retention')
    .map((c) => `${c.attribute}=${String(c.value)}`)
    .sort();

describe('an interval between runs', () => {
  it('EN', () => {
    expect(shown('Snapshots of every server run four times a day, 6 hours apart, and are retained for 7 days.')).toEqual(['backup.frequency=PT6H', 'backup.retention=P7D']);
    expect(shown('The database is snapshotted at 4-hour intervals and each snapshot is kept for 3 days.')).toEqual(['backup.frequency=PT4H', 'backup.retention=P3D']);
    expect(shown('Copies are made at intervals of 12 hours and retained for 10 days.')).not.toContain('backup.retention=PT12H');
  });
  it('PL', () => {
    expect(shown('Migawki wykonujemy w odstępach 6 godzin i przechowujemy je przez 5 dni.')).toEqual(['backup.frequency=PT6H', 'backup.retention=P5D']);
  });
});

describe('look-alikes: the keeping length stands', () => {
  it('EN', () => {
    expect(shown('Backups are kept for 30 days, with restore points 24 hours apart.')).toEqual(['backup.frequency=PT24H', 'backup.retention=P30D']);
  });
  it('PL', () => {
    expect(shown('Kopie zapasowe wykonujemy co 8 godzin i przechowujemy przez 14 dni.')).toEqual(['backup.frequency=PT8H', 'backup.retention=P14D']);
  });
});
