/**
 * Session 10 (frisk): what the inconsistency findings read from claims. A deletion of "the data and
 * all (existing) copies of it" speaks of the data in general, in Polish as in English ("dane oraz
 * wszelkie ich istniejące kopie"): it names no backups scope, so a longer window stated for the
 * backups afterwards is a narrower statement, not a second backups bound. Backup copies named as
 * such ("kopie zapasowe", a bare "kopie" of their own) still scope the deletion. Written in our own
 * words.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const deletion = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'deletion.after_termination')
    .map((c) => `${c.value} ${JSON.stringify(c.qualifiers)}`);

describe('"all existing copies" of the data is no backups scope (EN and PL alike)', () => {
  it('PL: the data and all its copies, in any case form, give no backups scope', () => {
    expect(deletion('Po wygaśnięciu umowy Przetwarzający usuwa powierzone dane osobowe oraz wszelkie ich istniejące kopie w terminie 21 dni.')).toEqual(['P21D {}']);
    expect(deletion('Po rozwiązaniu umowy usuniemy dane Klienta i wszystkie ich kopie w ciągu 30 dni.')).toEqual(['P30D {}']);
    expect(deletion('W ciągu 45 dni od zakończenia umowy nastąpi usunięcie danych oraz wszelkich ich kopii.')).toEqual(['P45D {}']);
  });
  it('EN reads the same sentence the same way', () => {
    expect(deletion('When the agreement expires, the processor deletes the personal data and all existing copies of it within 21 days.')).toEqual(['P21D {}']);
  });
  it('look-alikes: backups named as such still scope the deletion', () => {
    expect(deletion('Po zakończeniu umowy wszystkie kopie zapasowe z danymi Klienta usuwamy w ciągu 35 dni.')).toEqual(['P35D {"scope":"backups"}']);
    expect(deletion('Po zakończeniu umowy kopie z danymi Klienta usuwamy w ciągu 35 dni.')).toEqual(['P35D {"scope":"backups"}']);
  });
});

describe('a screenshot ("zrzut ekranu") is no backup dump', () => {
  const backupish = (text: string) =>
    claimsOf(text)
      .claims.filter((c) => c.attribute.startsWith('backup.') || c.attribute.startsWith('deletion.'))
      .map((c) => `${c.attribute}=${c.value}`);
  it('PL: screenshots attached to tickets give no backup or purge claim', () => {
    expect(backupish('Zgłoszenia wraz z dołączonymi zrzutami ekranu nie są usuwane.')).toEqual([]);
    expect(backupish('Zrzuty ekranu wykonujemy codziennie w ramach testów interfejsu.')).toEqual([]);
  });
  it('look-alike: a database dump is still a backup', () => {
    expect(backupish('Zrzuty bazy danych wykonujemy codziennie.')).toEqual(['backup.frequency=P1D']);
  });
});
