/**
 * Round 13 (claims-data): arithmetic only where the text adds. "We erase your data within 45 days
 * of the contract's end. Deleted records linger in backups until they expire, at most 9 weeks."
 * tells how long any deleted data stays in the backups (deletion.backup_purge), not a second step
 * counted from the first: no summed bound of scope backups. A purge told as counting on ("a
 * further 20 days", "28 days later", "after the deletion", "od usunięcia") still adds up.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const backupsBound = (text: string) =>
  claimsOf(`# Deletion\n\n${text}\n`)
    .claims.filter((c) => c.attribute === 'deletion.after_termination' && c.qualifiers.scope === 'backups')
    .map((c) => String(c.value));
const purge = (text: string) =>
  claimsOf(`# Deletion\n\n${text}\n`)
    .claims.filter((c) => c.attribute === 'deletion.backup_purge')
    .map((c) => String(c.value));

describe('a purge of any deleted data does not count on from the termination', () => {
  it('EN', () => {
    const a = "We erase a client's data within 45 days after the agreement ends. Data deleted from production stays in backups until they expire, which takes at most 9 weeks.";
    expect(backupsBound(a)).toEqual([]);
    expect(purge(a)).toEqual(['P9W']);
    expect(backupsBound('When the subscription ends we remove all data within 20 days.\n\nDeleted data is not purged from backups at once: it goes when those backups expire, up to 5 weeks.')).toEqual([]);
  });

  it('PL', () => {
    const a = 'Dane Klienta kasujemy w ciągu 45 dni od rozwiązania umowy. Dane usunięte z systemu produkcyjnego zostają w kopiach zapasowych do ich wygaśnięcia, czyli najdłużej 9 tygodni.';
    expect(backupsBound(a)).toEqual([]);
    expect(purge(a)).toEqual(['P9W']);
  });
});

describe('look-alikes: the purge counts on from the deletion', () => {
  it('EN', () => {
    expect(backupsBound('We erase all data within 45 days after the agreement ends. Backups holding it expire 28 days later.')).toEqual(['P73D']);
    expect(backupsBound('We erase your data within 45 days after the agreement ends.\n\nDeleted data stays in our backups until they expire, at most 28 days after the deletion.')).toEqual(['P73D']);
  });
  it('PL', () => {
    expect(backupsBound('Dane kasujemy w ciągu 45 dni od rozwiązania umowy. Dane usunięte pozostają w kopiach zapasowych najdłużej 21 dni od usunięcia z systemu produkcyjnego.')).toEqual(['P66D']);
  });
});
