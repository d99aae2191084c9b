/**
 * Round 13 (claims-data): a how-often that opens its clause belongs to the activity told after it
 * ("Once a month, we check which attachments belong to a backup", "Co tydzień weryfikujemy, czy
 * kopie dają się odczytać"): checking, verifying or reviewing is no backup being taken. Our own
 * sentences, EN and PL; look-alikes where the clause after it takes the backup.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const often = (text: string) =>
  claimsOf(`# Backups\n\n${text}\n`)
    .claims.filter((c) => c.attribute === 'backup.frequency')
    .map((c) => String(c.value));

describe('a fronted how-often of another activity', () => {
  it('EN', () => {
    expect(often('Once a month, we check which attachments still belong to a backup.')).toEqual([]);
    expect(often('Every week we verify that the latest backup can be read back.')).toEqual([]);
    expect(often('Each quarter, we review who can reach the backup storage.')).toEqual([]);
  });
  it('PL', () => {
    expect(often('Raz w miesiącu sprawdzamy, które pliki należą do kopii zapasowych.')).toEqual([]);
    expect(often('Co tydzień weryfikujemy, czy kopie zapasowe dają się odczytać.')).toEqual([]);
  });
});

describe('look-alikes: the clause after it takes the backup', () => {
  it('EN', () => {
    expect(often('Once a day, we back up every database.')).toEqual(['P1D']);
    expect(often('Every night we take a full backup of each database.')).toEqual(['P1D']);
  });
  it('PL', () => {
    expect(often('Co noc wykonujemy pełną kopię zapasową bazy danych.')).toEqual(['P1D']);
  });
});
