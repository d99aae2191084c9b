/**
 * Round 13 (claims-data): the app's own recycle bin ("Deleted assets stay in the Recycle bin for
 * 45 days", "usunięte zlecenia trafiają do kosza na 35 dni") is where a user's deletions wait to
 * be undone, not the backups: under a backup question it gives no deletion.backup_purge (nor any
 * deletion bound). Our own FAQ answers and tips, EN and PL; look-alikes keep the backups' purge.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const deletion = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute.startsWith('deletion.'))
    .map((c) => `${c.attribute}=${String(c.value)}`)
    .sort();

describe('a recycle bin under a backup question', () => {
  it('EN', () => {
    expect(deletion('# How often do you back up my workspace?\n\nEvery night. Each nightly backup is kept for 10 days.\n\n> **Tip:** Deleted assets stay in the **Recycle bin** for 45 days, and any owner can bring them back.\n')).toEqual([]);
    expect(deletion('# Are my records backed up?\n\nYes, twice a day. Snapshots are retained for 20 days.\n\n> **Note:** Deleted meters wait in the Trash for 25 days before they disappear.\n')).toEqual([]);
    expect(deletion('# How are backups made?\n\nOnce a day. Backups are kept for 12 days.\n\nDeleted work orders go to the trash can, where they stay for 50 days.\n')).toEqual([]);
  });

  it('PL', () => {
    expect(deletion('# Jak często robicie kopie zapasowe?\n\nCodziennie. Kopie przechowujemy przez 14 dni.\n\n> **Wskazówka:** usunięte przeglądy leżą w koszu przez 40 dni i każdy administrator może je przywrócić.\n')).toEqual([]);
    expect(deletion('# Czy moje dane mają kopię zapasową?\n\nTak, co noc. Kopie trzymamy 9 dni.\n\n> **Uwaga:** usunięte zlecenia trafiają do kosza na 35 dni.\n')).toEqual([]);
  });
});

describe('look-alikes: the backups purge deleted data', () => {
  it('EN: the purge stands, the bin beside it gives nothing', () => {
    expect(deletion('# How often do you back up my workspace?\n\nEvery night. Each nightly backup is kept for 10 days, so deleted data is gone from backups within 10 days.\n\n> **Tip:** Deleted assets stay in the Recycle bin for 45 days.\n')).toEqual(['deletion.backup_purge=P10D']);
  });
  it('PL: the purge stands, the bin beside it gives nothing', () => {
    expect(deletion('# Jak często robicie kopie zapasowe?\n\nCodziennie. Kopie przechowujemy przez 14 dni, więc usunięte dane znikają z kopii najpóźniej po 14 dniach.\n\n> **Wskazówka:** usunięte przeglądy leżą w koszu przez 40 dni.\n')).toEqual(['deletion.backup_purge=P14D']);
  });
});
