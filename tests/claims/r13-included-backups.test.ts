/**
 * Round 13 (claims-data): backups named as included in one deletion ("delete the data, including
 * backups, within 30 days", "wraz z kopiami zapasowymi", "w tym kopie zapasowe") share its one
 * length: no pairing of the lengths before it as a production step, no backup purge of their own.
 * Our own sentences, EN and PL; look-alikes: backups with a further length of their own.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const deletion = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute.startsWith('deletion.'))
    .map((c) => `${c.attribute}=${String(c.value)} ${JSON.stringify(c.qualifiers)}`)
    .sort();

describe('backups included in the one deletion', () => {
  it('EN: a handover length before it is no production step', () => {
    expect(deletion("# After the contract\n\nWithin 14 days of the end of the contract we hand the customer a full export. We then delete the customer's data, including backups, no later than 30 days after the contract ends.\n")).toEqual([
      'deletion.after_termination=P30D {"scope":"all"}',
    ]);
    expect(deletion('# Exit\n\nWithin 10 days after termination we send the client an export of its records. Afterwards we erase all client records, together with their backup copies, within 45 days of termination.\n')).toEqual([
      'deletion.after_termination=P45D {"scope":"all"}',
    ]);
  });

  it('PL', () => {
    expect(deletion('# Po zakończeniu umowy\n\nW ciągu 10 dni od rozwiązania umowy przekażemy Klientowi eksport danych. Następnie usuniemy dane Klienta wraz z kopiami zapasowymi najpóźniej 45 dni od rozwiązania umowy.\n')).toEqual([
      'deletion.after_termination=P45D {"scope":"all"}',
    ]);
    expect(deletion('# Po zakończeniu umowy\n\nPo zakończeniu umowy usuwamy dane, w tym kopie zapasowe, w ciągu 60 dni.\n')).toEqual(['deletion.after_termination=P60D {"scope":"all"}']);
  });
});

describe('look-alikes: the backups have a further length of their own', () => {
  it('EN', () => {
    expect(deletion('# Exit\n\nWe delete the data within 30 days after the contract ends, and backups within a further 14 days.\n')).toEqual([
      'deletion.after_termination=P30D {"scope":"production"}',
      'deletion.after_termination=P44D {"scope":"backups"}',
      'deletion.backup_purge=P14D {}',
    ]);
  });
  it('PL', () => {
    expect(deletion('# Koniec umowy\n\nDane usuwamy w ciągu 30 dni od zakończenia umowy, a z kopii zapasowych po kolejnych 14 dniach.\n')).toEqual([
      'deletion.after_termination=P30D {"scope":"production"}',
      'deletion.after_termination=P44D {"scope":"backups"}',
      'deletion.backup_purge=P14D {}',
    ]);
  });
});
