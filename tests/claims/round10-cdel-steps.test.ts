/**
 * Round 10 (cdel): deletion told in steps, in our own words (EN and PL). Which production bound the
 * backups' step adds to, a step opened on a hard-wrapped line, restore windows, requests before the
 * contract ends and backups' own retention under an exit heading. Look-alikes beside each.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';
import type { Claim } from '../../src/claims/types.ts';

/** Deletion claims as `attribute=value {qualifiers}`, sorted. */
const deletion = (text: string) =>
  [
    ...new Set(
      claimsOf(text)
        .claims.filter((c: Claim) => c.attribute.startsWith('deletion.'))
        .map((c) => `${c.attribute}=${c.value}${Object.keys(c.qualifiers).length ? ` ${JSON.stringify(c.qualifiers)}` : ''}`),
    ),
  ].sort();

describe('a window, then deletion "within a further N", then backups "N after that"', () => {
  it('EN: the window is a step of the production bound, not a bound; the purge is the backups\' own length', () => {
    expect(
      deletion('Once your plan is cancelled, the site stays viewable for 20 days so you can take a copy. We then erase it within a further 10 days, and the remaining backup copies expire 40 days after that.'),
    ).toEqual([
      'deletion.after_termination=P30D {"scope":"production"}',
      'deletion.after_termination=P70D {"scope":"backups"}',
      'deletion.backup_purge=P40D',
    ]);
  });
  it('PL: the same steps', () => {
    expect(
      deletion('Po wygaśnięciu subskrypcji konto jest dostępne tylko do odczytu przez 20 dni. Następnie kasujemy je w ciągu kolejnych 10 dni, a ostatnie kopie zapasowe wygasają 40 dni później.'),
    ).toEqual([
      'deletion.after_termination=P30D {"scope":"production"}',
      'deletion.after_termination=P70D {"scope":"backups"}',
      'deletion.backup_purge=P40D',
    ]);
  });
  it('look-alike: deletion with its own length and backups "a further" one keep both steps', () => {
    expect(deletion('After termination we delete production data within 20 days and backups within a further 40 days.')).toEqual([
      'deletion.after_termination=P20D {"scope":"production"}',
      'deletion.after_termination=P60D {"scope":"backups"}',
      'deletion.backup_purge=P40D',
    ]);
  });
});

describe('a step that opens a hard-wrapped list item counts on from the item before', () => {
  it('PL: "Po upływie tego terminu ... w ciągu\\n 12 dni" adds the export window', () => {
    const text = [
      '§ 9. Koniec umowy',
      '1. Przez 21 dni od rozwiązania Umowy Klient może pobrać swoje dane',
      '   w formacie CSV.',
      '2. Po upływie tego terminu dane Klienta są kasowane w ciągu',
      '   12 dni. Kopie zapasowe z tymi danymi wygasają w ciągu kolejnych',
      '   9 dni.',
    ].join('\n');
    expect(deletion(text)).toEqual([
      'deletion.after_termination=P33D {"scope":"production"}',
      'deletion.after_termination=P42D {"scope":"backups"}',
      'deletion.backup_purge=P9D',
    ]);
  });
  it('EN: "After that period ... within\\n 12 days"', () => {
    const text = [
      '7. Exit',
      '7.1 For 21 days after termination the Customer may download its data',
      '    as CSV.',
      '7.2 After that period the Customer Data is erased within',
      '    12 days.',
    ].join('\n');
    expect(deletion(text)).toEqual(['deletion.after_termination=P33D']);
  });
  it('look-alike: a new numbered item with a length of its own starts its own sentence', () => {
    const text = ['8. Exit', '8.1 Customer data is erased within 12 days after termination,', '8.2 Deleted data leaves the backups within 9 days.'].join('\n');
    expect(deletion(text)).not.toContain('deletion.after_termination=P21D');
  });
});

describe('triggers: account closure told in the past, the end of a named agreement, a lapsed abonament', () => {
  it('EN: "by day 40 after you closed the account" is account closure; backups after it add up', () => {
    expect(
      deletion('On day 10 we begin removing your data, and removal from our live systems is finished by day 40 after you closed the account. Backup copies roll off within 20 days after that removal is finished.'),
    ).toEqual([
      'deletion.after_termination=P40D {"scope":"production","trigger":"account-closure"}',
      'deletion.after_termination=P60D {"scope":"backups","trigger":"account-closure"}',
      'deletion.backup_purge=P20D',
    ]);
  });
  it('EN: "the end of the master agreement" ends the contract', () => {
    expect(deletion('All customer records are wiped within 25 days after the end of the master agreement.')).toEqual(['deletion.after_termination=P25D']);
  });
  it('PL: "od zakończenia abonamentu" ends the contract; a closure the customer does not make is no trigger', () => {
    expect(deletion('Jeśli abonament wygaśnie, a konto nie zostanie usunięte, dane kasujemy po 45 dniach od zakończenia abonamentu.')).toEqual(['deletion.after_termination=P45D']);
  });
  it('look-alikes: an abonament renewed or paid gives nothing', () => {
    expect(deletion('Abonament odnawia się automatycznie co 30 dni.')).toEqual([]);
    expect(deletion('The master agreement runs for 24 months.')).toEqual([]);
  });
});

describe('the backups step told in the next sentence', () => {
  it('EN: "N days later" makes the sentence before production', () => {
    expect(deletion('We erase the customer\'s records within 20 days after the contract ends. Backups that hold them expire 25 days later.')).toEqual([
      'deletion.after_termination=P20D {"scope":"production"}',
      'deletion.after_termination=P45D {"scope":"backups"}',
      'deletion.backup_purge=P25D',
    ]);
  });
  it('PL: "Kopie zapasowe, które je zawierają, wygasają N dni później" is the purge too', () => {
    expect(deletion('Dane klienta kasujemy w ciągu 20 dni od rozwiązania umowy. Kopie zapasowe, które je zawierają, wygasają 25 dni później.')).toEqual([
      'deletion.after_termination=P20D {"scope":"production"}',
      'deletion.after_termination=P45D {"scope":"backups"}',
      'deletion.backup_purge=P25D',
    ]);
  });
  it('look-alike: a next sentence about backups with no step leaves the scope open', () => {
    expect(deletion('We erase the customer\'s records within 20 days after the contract ends. Backups are encrypted with AES-256.')).toEqual([
      'deletion.after_termination=P20D',
    ]);
  });
});

describe('restore windows after a closure', () => {
  it('PL: "masz N dni na jego przywrócenie" alone is no deletion bound; the deletion after it adds up', () => {
    expect(deletion('Po usunięciu konta przez właściciela zostaje jeszcze 10 dni na jego przywrócenie.')).toEqual([]);
    expect(deletion('Gdy usuniesz konto, masz jeszcze 10 dni na jego przywrócenie. Potem dane są kasowane z serwerów produkcyjnych w ciągu 5 dni.')).toEqual([
      'deletion.after_termination=P15D {"scope":"production","trigger":"account-closure"}',
    ]);
  });
  it('EN: "can be restored for N days and is then purged" is the bound', () => {
    expect(deletion('When an owner removes a workspace, it can be recovered for 12 days and is then wiped.')).toEqual([
      'deletion.after_termination=P12D {"trigger":"account-closure"}',
    ]);
  });
  it('look-alike: a restore window with no deletion after it', () => {
    expect(deletion('When an owner removes a workspace, it can be recovered for 12 days by contacting support.')).toEqual([]);
  });
});

describe('deletion on request before the contract ends', () => {
  it('EN: "ask us in writing to delete" is a request; the backups tail after it is the purge alone', () => {
    expect(
      deletion(
        'A customer may ask us by e-mail to erase its records before the agreement ends; we complete such requests within 15 days.\n\nErased records leave the backups as those expire, no later than 28 days after the erasure.',
      ),
    ).toEqual(['deletion.after_termination=P15D {"trigger":"request"}', 'deletion.backup_purge=P28D']);
  });
  it('look-alike: a deletion at the contract end before the same tail still adds up', () => {
    expect(
      deletion('We erase all records within 15 days after the agreement ends.\n\nErased records leave the backups as those expire, no later than 28 days after the erasure.'),
    ).toContain('deletion.after_termination=P43D {"scope":"backups"}');
  });
});

describe("the backups' own retention under an exit heading is no deletion bound", () => {
  it('EN and PL: "Backups are retained for N days and then overwritten" gives no after_termination', () => {
    expect(deletion('# 9 Leaving the service\n\nCustomer data is erased within 45 days after the agreement ends. Backups are kept for 21 days and then overwritten.')).toEqual([
      'deletion.after_termination=P45D {"scope":"production"}',
    ]);
    expect(deletion('# 9. Zakończenie umowy\n\nDane klienta kasujemy w ciągu 45 dni od rozwiązania umowy. Kopie zapasowe przechowujemy przez 21 dni, po czym są nadpisywane.')).not.toContain(
      'deletion.after_termination=P21D {"scope":"backups"}',
    );
  });
  it('look-alike: backups kept "for a further N days" after the end still bound the backups', () => {
    expect(deletion('# 9 Leaving the service\n\nCustomer data is erased within 45 days after the agreement ends. Backups are then kept for a further 21 days and overwritten.')).toContain(
      'deletion.after_termination=P66D {"scope":"backups"}',
    );
  });
});
