/**
 * Round 13 (claims-data): a how-often word that names a kind of backup in a keeping sentence
 * ("a weekly full database backup is retained for a year", "tygodniowe przez 2 miesiące", "the
 * Saturday backup of each week is kept for 6 weeks") is a rung of a retention ladder, not how often
 * a backup is taken (eval/README: implied frequencies are not labelled). Our own sentences, EN and
 * PL; look-alikes where the backup is said to be taken at that pace keep their frequency.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const of = (text: string, attribute: string) =>
  claimsOf(`# Backups\n\n${text}\n`)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => String(c.value))
    .sort();
const often = (text: string) => of(text, 'backup.frequency');
const kept = (text: string) => of(text, 'backup.retention');

describe('a kind of backup named by its pace, in a keeping sentence', () => {
  it('EN: the pace word with other words before the backup noun', () => {
    expect(often('One weekly full system backup is held for 2 years.')).toEqual([]);
    expect(often('Besides, a monthly long-term snapshot is kept for eighteen months.')).toEqual([]);
    expect(often('Our nightly encrypted database snapshots are retained for 35 days.')).toEqual([]);
    expect(kept('Our nightly encrypted database snapshots are retained for 35 days.')).toEqual(['P35D']);
  });

  it('EN: "the Saturday backup of each week", "weekly ones for 2 months"', () => {
    expect(often('Each nightly backup is kept for 10 days, and the Saturday backup of each week is kept for 6 weeks.')).toEqual([]);
    expect(kept('Each nightly backup is kept for 10 days, and the Saturday backup of each week is kept for 6 weeks.')).toEqual(['P10D', 'P6W']);
    expect(often('Nightly copies are kept for 21 days, weekly ones for 2 months, monthly ones for a year.')).toEqual([]);
  });

  it('PL: an adjective standing for the noun, followed by its length', () => {
    expect(often('Kopie dzienne trzymamy przez 10 dni, tygodniowe przez 2 miesiące, a miesięczne przez 2 lata.')).toEqual([]);
    expect(kept('Kopie dzienne trzymamy przez 10 dni, tygodniowe przez 2 miesiące, a miesięczne przez 2 lata.')).toEqual(['P10D', 'P2M', 'P2Y']);
    expect(often('Kopie codzienne przechowujemy 7 dni, cotygodniowe – 5 tygodni.')).toEqual([]);
    expect(often('Kopia z każdego tygodnia jest przechowywana przez 8 tygodni.')).toEqual([]);
  });
});

describe('look-alikes: the backup is taken at that pace', () => {
  it('EN', () => {
    expect(often('Backups are taken daily and kept for 30 days.')).toEqual(['P1D']);
    expect(often('We back up weekly and keep the copies for 3 months.')).toEqual(['P1W']);
    expect(often('Additional backups are taken once every week (stored for 4 weeks).')).toEqual(['P1W']);
    expect(often('A full backup runs weekly; it is kept for 6 months.')).toEqual(['P1W']);
  });

  it('PL', () => {
    expect(often('Kopie wykonujemy codziennie i przechowujemy przez 14 dni.')).toEqual(['P1D']);
    expect(often('Kopie zapasowe tworzone są raz w tygodniu, a przechowywane przez 3 miesiące.')).toEqual(['P1W']);
  });
});

describe('look-alikes: a pace right before a length', () => {
  it('the pace follows its verb', () => {
    expect(often('Snapshots are taken hourly – 48 hours of them are kept.')).toEqual(['PT1H']);
    expect(often('Migawki wykonujemy codziennie – przechowujemy je 10 dni.')).toEqual(['P1D']);
  });
});
