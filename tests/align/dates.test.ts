/**
 * Quantities written differently in a translation, as vendor pages do: dates in each locale's
 * form, clock times, "24/7", Polish one-word number adjectives, the same duration in other units.
 * Own-words examples; each pair must stay quiet, each look-alike must still differ.
 */
import { describe, expect, it } from 'vitest';
import { diffQuantities, findQuantities } from '../../src/align/numbers.ts';

const differ = (pl: string, en: string) => {
  const d = diffQuantities(findQuantities(pl, 'pl'), findQuantities(en, 'en'));
  return d.onlySource.length + d.onlyTarget.length > 0;
};

describe('the same quantity, written the other locale\'s way', () => {
  it.each([
    ['Cennik obowiązuje od 1.07.2026 r.', 'The price list applies from July 1, 2026.'],
    ['Wersja 4.1 z 20.11.2025 r.', 'Version 4.1, 20 November 2025'],
    ['Zaktualizowano 3 lutego 2026 r.', 'Updated on February 3rd, 2026'],
    ['Zmiana wchodzi w życie w marcu 2027.', 'The change takes effect in March 2027.'],
    ['Data: 2026-09-30', 'Date: 30.09.2026'],
    ['Wsparcie pracuje w godzinach 9:00–17:00.', 'Support works from 9 a.m. to 5 p.m.'],
    ['Okno serwisowe zaczyna się o 22:30.', 'The maintenance window starts at 10:30 pm.'],
    ['Monitoring działa całodobowo.', 'Monitoring runs 24/7.'],
    ['Zmiany ogłaszamy z czternastodniowym wyprzedzeniem.', 'We announce changes 14 days ahead.'],
    ['Obowiązuje dwunastomiesięczny okres próbny.', 'A twelve-month trial period applies.'],
    ['Dyżur jest dwudziestoczterogodzinny.', 'The on-call duty covers 24 hours.'],
    ['Przysługuje 30-dniowy okres wypowiedzenia.', 'A notice period of 30 days applies.'],
    ['Incydent zgłaszamy w ciągu trzech dni.', 'We report an incident within 72 hours.'],
    ['Logi przechowujemy przez 2 lata.', 'Logs are kept for 24 months.'],
    ['Kopie trzymamy przez dwa tygodnie.', 'Copies are kept for 14 days.'],
  ])('"%s" = "%s"', (pl, en) => expect(differ(pl, en)).toBe(false));
});

describe('a different quantity still differs', () => {
  it.each([
    ['Cennik obowiązuje od 1.07.2026 r.', 'The price list applies from January 7, 2026.'],
    ['Wersja 4.1 z 20.11.2025 r.', 'Version 4.1, 20 November 2026'],
    ['Wsparcie pracuje w godzinach 9:00–17:00.', 'Support works from 9 a.m. to 6 p.m.'],
    ['Zmiany ogłaszamy z siedmiodniowym wyprzedzeniem.', 'We announce changes 14 days ahead.'],
    ['Dyżur jest dwudziestoczterogodzinny.', 'The on-call duty covers 12 hours.'],
    ['Incydent zgłaszamy w ciągu trzech dni.', 'We report an incident within 48 hours.'],
    ['Logi przechowujemy przez 2 lata.', 'Logs are kept for 12 months.'],
    ['Raport wysyłamy w ciągu 24 godzin.', 'We send the report within 24 days.'],
  ])('"%s" ≠ "%s"', (pl, en) => expect(differ(pl, en)).toBe(true));

  it('"may" beside a step number is the verb, not the fifth month', () => {
    expect(findQuantities('Step 2 may take a minute.', 'en').map((q) => q.value)).toEqual(['2']);
    expect(findQuantities('Released on 2 May 2026.', 'en').map((q) => q.value)).toEqual(['date:2026-05-02']);
  });

  it('a version number and a decimal are no dates', () => {
    expect(findQuantities('Version 1.2.3 needs TLS 1.2.', 'en').map((q) => q.value)).toEqual(['1.2.3', '1.2']);
    expect(findQuantities('Dostępność 99,95%.', 'pl').map((q) => q.value)).toEqual(['99.95']);
  });
});
