/**
 * Round 11 (claims): causes found on world-test10's misses, fixed by structure, not wording.
 * Our own examples, EN and PL; each case fails without its fix, each look-alike must not fire.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const read = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${c.value}${c.qualifiers.for ? ` for ${c.qualifiers.for}` : ''}`);

describe('a consequence clause ("…, so …", "…, dlatego …") is a statement of its own', () => {
  it('keeping and the purge it implies are both read (EN, PL)', () => {
    const en = read('# Backups\n\nSnapshots are kept for 27 days, so removed records leave the snapshots no later than 27 days after removal.\n');
    expect(en).toContain('backup.retention=P27D');
    expect(en).toContain('deletion.backup_purge=P27D');
    const pl = read('# Kopie\n\nKopie zapasowe trzymamy przez 19 dni, dlatego usunięte rekordy znikają z kopii zapasowych najpóźniej 19 dni po ich usunięciu.\n');
    expect(pl).toContain('backup.retention=P19D');
    expect(pl).toContain('deletion.backup_purge=P19D');
    const pl2 = read('# Kopie\n\nKopie zapasowe trzymamy przez 23 dni, więc usunięte rekordy znikają z kopii zapasowych najpóźniej 23 dni po ich usunięciu.\n');
    expect(pl2).toContain('backup.retention=P23D');
  });
  it('"so that" is a purpose, not a consequence; a plain keeping sentence is unchanged', () => {
    expect(read('# Backups\n\nBackups are kept for 12 days.\n')).toEqual(['backup.retention=P12D']);
    expect(read('# Backups\n\nDeleted records are removed from backups within 12 days, so that nothing lingers.\n')).not.toContain('backup.retention=P12D');
  });
});

describe('a question quoted in a letter ends in "?" and its closing quotation mark', () => {
  const letter = (q1: string, q2: string) =>
    `WYJAŚNIENIA\n\nPytanie 1: ${q1}\nOdpowiedź: Trzymamy je przez 17 dni.\n\nPytanie 2: ${q2}\nOdpowiedź: Tak, w module Zestawienia do plików CSV.\n`;
  it('the answer leans on the quoted question (PL „…?”, "…?")', () => {
    for (const [open, close] of [['„', '”'], ['"', '"']]) {
      const got = read(letter(`${open}Jak długo przechowujecie kopie zapasowe?${close}`, `${open}Czy Zamawiający sam wyeksportuje dane z systemu?${close}`));
      expect(got).toContain('backup.retention=P17D');
      expect(got).toContain('data.export.formats=csv');
    }
  });
  it('EN: "Q: "…?"" then its answer; a quoted statement is no question', () => {
    const got = read('# Answers\n\nQuestion 4: "How long do you keep backups?"\nAnswer: We keep them for 26 days.\n');
    expect(got).toContain('backup.retention=P26D');
    expect(read('# Answers\n\nOur policy says "backups are kept for 26 days".\n')).toContain('backup.retention=P26D');
  });
});

describe('the customer’s own staff are not the vendor’s staff', () => {
  it('SSO for the customer’s employees is offered to customers (PL, EN)', () => {
    expect(read('# Logowanie\n\nDla pracowników Zamawiającego dostępne jest też logowanie przez Okta.\n')).toContain('auth.sso=okta');
    expect(read('# Sign-in\n\nThe customer’s employees can also sign in through Okta.\n')).toContain('auth.sso=okta');
  });
  it('MFA for the customer’s employees is for customers; for ours it is for staff', () => {
    expect(read('# MFA\n\nDwuskładnikowe uwierzytelnianie jest obowiązkowe dla pracowników Klienta.\n')).toContain('auth.mfa=true for customers');
    expect(read('# MFA\n\nTwo-factor authentication is mandatory for employees of the customer.\n')).toContain('auth.mfa=true for customers');
    expect(read('# MFA\n\nDwuskładnikowe uwierzytelnianie jest obowiązkowe dla naszych pracowników.\n')).toContain('auth.mfa=true for staff');
    expect(read('# MFA\n\nTwo-factor authentication is mandatory for all employees.\n')).toContain('auth.mfa=true for staff');
  });
  it('SSO for our own staff is still no customer SSO', () => {
    expect(read('# Logowanie\n\nNasi pracownicy logują się przez Okta.\n').filter((c) => c.startsWith('auth.sso'))).toEqual([]);
  });
});

describe('a register of processors is told by its columns', () => {
  it('a name, a purpose and a processing-place column, no heading (PL, EN)', () => {
    const pl = read('| Nazwa podmiotu | Cel przetwarzania | Lokalizacja przetwarzania |\n|---|---|---|\n| Pocztex Mail sp. z o.o. | Wysyłka e-mail | Polska |\n| Ticketly, Inc. | Obsługa zgłoszeń | Niemcy |\n');
    expect(pl).toEqual(['subprocessor=pocztex-mail', 'subprocessor=ticketly']);
    const en = read('| Entity | Purpose | Region | Categories of data |\n|---|---|---|---|\n| Mailwave Ltd | E-mail delivery | Ireland | Names, e-mail addresses |\n');
    expect(en).toEqual(['subprocessor=mailwave']);
  });
  it('look-alikes: a contact table and a records table with a data column name no processor', () => {
    expect(read('| Name | Role | Location |\n|---|---|---|\n| Jane Orchard | Data protection officer | Leeds |\n')).toEqual([]);
    expect(read('| Name | Description | Location | Data |\n|---|---|---|---|\n| Work orders | Kept for the contract | Database | Records |\n')).toEqual([]);
  });
});

describe('a question in brackets is an aside, not a question the next line answers', () => {
  it('the heading after a bracketed question states nothing (PL plain text)', () => {
    const text = 'POLITYKA\n\n§ 1. Kopie\n\n1. Kopie zapasowe trzymamy przez 33 dni. (sprawdzić z IT – czy nadal 33 dni?)\n\n\n§ 2. Usuwanie danych po zakończeniu umowy\n\n1. Dane usuwamy w ciągu 14 dni od zakończenia umowy.\n';
    expect(read(text).filter((c) => c.startsWith('deletion'))).toEqual(['deletion.after_termination=P14D']);
  });
});

describe('backups that expire or are overwritten after a length: that is how long they are kept', () => {
  it('the backups are the subject: retention, not a purge of deleted data (EN, PL)', () => {
    expect(read('# Backups\n\nNightly snapshots are overwritten after 19 days.\n')).toEqual(['backup.retention=P19D']);
    expect(read('# Backups\n\nBackup copies roll over after 4 weeks.\n')).toEqual(['backup.retention=P4W']);
    expect(read('# Kopie zapasowe\n\nKopie zapasowe są nadpisywane po 19 dniach.\n')).toEqual(['backup.retention=P19D']);
  });
  it('look-alikes: data the subject, a step counted on from a deletion or the contract end', () => {
    expect(read('# Backups\n\nRemoved records are purged from backups after 19 days.\n')).toEqual(['deletion.backup_purge=P19D']);
    expect(read('# Kopie zapasowe\n\nUsunięte rekordy są kasowane z kopii zapasowych po 19 dniach.\n')).toEqual(['deletion.backup_purge=P19D']);
    expect(read('# Deletion\n\nWe delete customer data within 30 days after termination. Backup copies are overwritten within a further 19 days.\n')).not.toContain('backup.retention=P19D');
    expect(read('# Deletion\n\nCopies in our backups expire and are gone within 19 days after deletion from production.\n')).not.toContain('backup.retention=P19D');
  });
});
