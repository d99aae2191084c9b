/**
 * Round 15 (claims-data): a rung of a backup ladder written without a verb, "<tier> backups for N
 * days" / "Daily snapshots: 14 days" / "kopie dzienne przez 7 dni", often under a lead-in ("By
 * default we keep:"), says how long that tier is kept: backup.retention with its type. Its
 * "daily" is the tier, not a stated cadence (eval/README: implied frequencies are no claim).
 * Our own sentences, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const backups = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute.startsWith('backup.'))
    .map((c) => `${c.attribute}=${String(c.value)}${c.qualifiers.type ? ` ${String(c.qualifiers.type)}` : ''}`)
    .sort();

describe('a verbless rung gives its tier a length', () => {
  it.each([
    ['# Backups\n\n- Daily backups for 7 days\n- Weekly backups for 4 weeks\n- Monthly backups for 12 months\n', ['backup.retention=P12M monthly', 'backup.retention=P4W weekly', 'backup.retention=P7D daily']],
    ['# Backups\n\nBy default we keep:\n\n- Nightly snapshots for 14 days\n- Monthly snapshots for one year\n', ['backup.retention=P14D daily', 'backup.retention=P1Y monthly']],
    ['# Backups\n\n- Daily backups: 10 days\n- Weekly backups: 8 weeks\n', ['backup.retention=P10D daily', 'backup.retention=P8W weekly']],
    ['# Backups\n\nWeekly copies – 3 months.\n', ['backup.retention=P3M weekly']],
  ])('EN: %s', (text, want) => {
    expect(backups(text)).toEqual(want);
  });
  it.each([
    ['# Kopie zapasowe\n\n- Kopie dzienne przez 7 dni\n- Kopie tygodniowe przez 4 tygodnie\n', ['backup.retention=P4W weekly', 'backup.retention=P7D daily']],
    ['# Kopie zapasowe\n\n- codzienne kopie: 14 dni\n- miesięczne kopie: 6 miesięcy\n', ['backup.retention=P14D daily', 'backup.retention=P6M monthly']],
    ['# Kopie zapasowe\n\nDomyślnie przechowujemy:\n\n- kopie dzienne przez 30 dni,\n- kopie miesięczne przez 12 miesięcy.\n', ['backup.retention=P12M monthly', 'backup.retention=P30D daily']],
  ])('PL: %s', (text, want) => {
    expect(backups(text)).toEqual(want);
  });
});

describe('look-alikes: a cadence with no length, a length of something else', () => {
  it.each([
    ['# Backups\n\nDaily backups for all customer databases run at 02:00.\n', ['backup.frequency=P1D database']],
    ['# Backups\n\nWe take daily backups for every customer, as we have done for 10 years.\n', ['backup.frequency=P1D']],
    ['# Backups\n\nDaily backups run for 2 hours each night.\n', ['backup.frequency=P1D']],
    ['# Logs\n\n- Daily logs for 30 days\n', []],
    ['# Kopie zapasowe\n\nKopie dzienne wykonujemy dla wszystkich klientów od 5 lat.\n', ['backup.frequency=P1D']],
  ])('%s', (text, want) => {
    expect(backups(text)).toEqual(want);
  });
});

describe('a count of kept copies, "copy" in the singular too', () => {
  it.each([
    ['# Backups\n\nWe keep 3 daily copies, 1 weekly copy and 1 monthly copy.\n', ['backup.retention=P1M monthly', 'backup.retention=P1W weekly', 'backup.retention=P3D daily']],
    ['# Backups\n\nThe server retains 1 weekly copy and 2 monthly copies.\n', ['backup.retention=P1W weekly', 'backup.retention=P2M monthly']],
  ])('EN: %s', (text, want) => {
    expect(backups(text)).toEqual(want);
  });
  it('look-alike: a copy made once is no kept generation', () => {
    expect(backups('# Migration\n\nWe made one copy of the database before the migration and a daily copy of the logs during it.\n')).toEqual([]);
  });
});

describe('a "total" backup is a full one', () => {
  it.each([
    ['# Backups\n\nOnce a week a total off-site backup is made.\n', ['backup.frequency=P1W full']],
    ['# Backups\n\nA total backup of all servers runs every week.\n', ['backup.frequency=P1W full']],
    ['# Kopie zapasowe\n\nRaz w tygodniu wykonujemy całościową kopię zapasową serwera.\n', ['backup.frequency=P1W full']],
  ])('%s', (text, want) => {
    expect(backups(text)).toEqual(want);
  });
  it.each([
    ['# Backups\n\nA total of 14 daily backups are kept.\n', ['backup.retention=P14D daily']],
    ['# Kopie zapasowe\n\nŁącznie przechowujemy 14 kopii dziennych.\n', ['backup.retention=P14D daily']],
  ])('look-alike: "a total of" counts: %s', (text, want) => {
    expect(backups(text)).toEqual(want);
  });
});
