import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/align/entities.ts';
import { guessLanguage } from '../../src/align/language.ts';
import { findConcepts } from '../../src/align/lexicon.ts';
import { diffQuantities, findQuantities, normalizeNumber } from '../../src/align/numbers.ts';
import { tokenize } from '../../src/align/tokens.ts';

const differ = (en: string, pl: string) => {
  const d = diffQuantities(findQuantities(en, 'en'), findQuantities(pl, 'pl'));
  return d.onlySource.length + d.onlyTarget.length > 0;
};

describe('numbers', () => {
  it.each([
    ['Availability is 99.95 %.', 'Dostępność wynosi 99,95%.'],
    ['Backups are kept for 30 days.', 'Kopie przechowujemy przez 30 dni.'],
    ['We test twice a year.', 'Testujemy dwa razy w roku.'],
    ['We test twice a year.', 'Testujemy dwukrotnie w roku.'],
    ['for 10,000 users', 'dla 10 000 użytkowników'],
    ['within 30 working days', 'w ciągu 30 dni roboczych'],
    ['a 30-day window', 'okno 30 dni'],
    ['after five failed attempts', 'po pięciu nieudanych próbach'],
  ])('"%s" = "%s"', (en, pl) => expect(differ(en, pl)).toBe(false));

  it.each([
    ['Backups are kept for 30 days.', 'Kopie przechowujemy przez 35 dni.'],
    ['within 24 h', 'w ciągu 48 godzin'],
    ['99.9 % availability', 'dostępność 99,95%'],
    ['kept for 24 hours', 'przechowywane przez 24 dni'],
    ['We test twice a year.', 'Testujemy trzy razy w roku.'],
  ])('"%s" ≠ "%s"', (en, pl) => expect(differ(en, pl)).toBe(true));

  it('normalizes locale separators', () => {
    expect(normalizeNumber('99,95', 'pl')).toBe('99.95');
    expect(normalizeNumber('1,000', 'en')).toBe('1000');
    expect(normalizeNumber('1 000', 'pl')).toBe('1000');
    expect(normalizeNumber('1.234,5', 'pl')).toBe('1234.5');
    expect(normalizeNumber('1.2.3', 'en')).toBe('1.2.3');
  });
});

describe('entities', () => {
  const ids = (text: string, lang: string) => findEntities(text, lang).known.map((e) => e.id);

  it('knows Polish inflected place names', () => {
    expect(ids('Dane są we Frankfurcie.', 'pl')).toEqual(['Frankfurt']);
    expect(ids('Serwery stoją w Amsterdamie i w Warszawie.', 'pl')).toEqual(['Amsterdam', 'Warsaw']);
    expect(ids('Data stays in Frankfurt.', 'en')).toEqual(['Frankfurt']);
  });

  it('does not take common words for names', () => {
    expect(ids('Dane klientów są szyfrowane.', 'pl')).toEqual([]);
    expect(ids('Tell us about it.', 'en')).toEqual([]);
    expect(findEntities('Security White Paper', 'en').names).toEqual([]);
  });

  it('finds providers and other names', () => {
    expect(ids('We run on AWS and Microsoft Azure.', 'en')).toEqual(['AWS', 'Azure']);
    expect(findEntities('Emails go through SendGrid.', 'en').names).toEqual(['SendGrid']);
  });
});

describe('dictionary and language', () => {
  it('maps both languages to shared concepts through the stemmer', () => {
    const en = findConcepts(tokenize('Backups are encrypted in the data centre.'), 'en').map((h) => h.concept);
    const pl = findConcepts(tokenize('Kopie zapasowe są szyfrowane w centrum danych.'), 'pl').map((h) => h.concept);
    expect(en).toEqual(expect.arrayContaining(['backup', 'encrypt', 'data-centre']));
    expect(pl).toEqual(expect.arrayContaining(['backup', 'encrypt', 'data-centre']));
  });

  it('tells English from Polish', () => {
    expect(guessLanguage('Dependencies are scanned automatically on every build.').lang).toBe('en');
    expect(guessLanguage('Kopie zapasowe są szyfrowane i przechowywane w Polsce.').lang).toBe('pl');
    expect(guessLanguage('Lumenfield').lang).toBeUndefined();
  });
});
