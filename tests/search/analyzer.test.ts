import { describe, expect, it } from 'vitest';
import { analyzeTerm, termKey, tokenize, tokenizeWithOffsets, words } from '../../src/search/analyzer.ts';
import { fold } from '../../src/search/fold.ts';
import { stemPl } from '../../src/search/stem-pl.ts';
import { compileGlossary, expandQuery, queryLanguage } from '../../src/search/glossary.ts';

describe('fold', () => {
  it('removes Polish diacritics including ł', () => {
    expect(fold('zażółć gęślą jaźń łódź')).toBe('zazolc gesla jazn lodz');
  });
});

describe('Polish stemmer', () => {
  // Families whose forms must meet (with and without diacritics).
  const families: string[][] = [
    ['bezpieczeństwo', 'bezpieczeństwa', 'bezpieczeństwem', 'bezpieczeństwie', 'bezpieczenstwo'],
    ['kopia', 'kopie', 'kopii', 'kopią', 'kopię', 'kopiami', 'kopiach'],
    ['zapasowa', 'zapasowe', 'zapasowych', 'zapasową', 'zapasowej'],
    ['szyfrowanie', 'szyfrowania', 'szyfrowane', 'szyfrowanych', 'szyfrujemy', 'szyfrować'],
    ['dane', 'danych', 'danymi'],
    ['przechowywanie', 'przechowywane', 'przechowujemy'],
    ['poufność', 'poufności', 'poufne', 'poufnosc'],
    ['serwer', 'serwera', 'serwerze', 'serwerów', 'serwerach'],
    ['informacja', 'informacji', 'informacje'],
  ];
  it.each(families.map((f) => [f[0], f]))('%s: all forms share one key', (_name, forms) => {
    const keys = new Set(forms.map((w) => termKey(w, 'pl')));
    expect([...keys]).toHaveLength(1);
  });
  it('keeps different words apart', () => {
    expect(termKey('kopia', 'pl')).not.toBe(termKey('dostęp', 'pl'));
    expect(termKey('umowa', 'pl')).not.toBe(termKey('um', 'pl'));
  });
  it('leaves short words and numbers alone', () => {
    expect(stemPl('tak')).toBe('tak');
    expect(stemPl('27001')).toBe('27001');
  });
});

describe('analyzeTerm', () => {
  it('indexes folded surface and folded stem', () => {
    expect(analyzeTerm('Bezpieczeństwa', 'pl')).toEqual(['bezpieczenstwa', 'bezpieczenstw']);
    expect(analyzeTerm('backups', 'en')).toEqual(['backups', 'backup']);
  });
  it('drops stop words in both languages', () => {
    expect(analyzeTerm('the', 'pl')).toEqual([]);
    expect(analyzeTerm('się', 'en')).toEqual([]);
  });
  it('stems English with Porter2', () => {
    expect(termKey('encrypted', 'en')).toBe(termKey('encrypting', 'en'));
  });
});

describe('tokenizer', () => {
  it('splits glued words at a lower-upper change, keeping the whole word too, with offsets', () => {
    const text = 'region FrankfurtData backup: AES-256';
    const tokens = tokenizeWithOffsets(text);
    expect(tokens.map((t) => t.text)).toEqual(['region', 'FrankfurtData', 'Frankfurt', 'Data', 'backup', 'AES', '256']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits at digit/letter seams a table export creates, and not inside plain words or numbers', () => {
    expect(tokenize('Backups14 days, AES256, 2FA; 27001:2022 eu-central-1')).toEqual(
      ['Backups14', 'Backups', '14', 'days', 'AES256', 'AES', '256', '2FA', '2', 'FA', '27001', '2022', 'eu', 'central', '1'],
    );
    expect(tokenize('Bezpieczeństwo McDonald')).toEqual(['Bezpieczeństwo', 'McDonald', 'Mc', 'Donald']);
  });

  it('groups a glued word with its parts (the query side searches the whole word or all parts)', () => {
    expect(words('HolandiiCzy dane').map((w) => [w.text, w.parts.map((p) => p.text)])).toEqual([
      ['HolandiiCzy', ['Holandii', 'Czy']],
      ['dane', []],
    ]);
  });
});

describe('glossary', () => {
  it('expands an inflected Polish phrase to English', () => {
    expect(expandQuery('kopii zapasowych')).toContain('backup');
    expect(expandQuery('encryption keys')).toContain('szyfrowanie');
  });
  it('does not expand unrelated words', () => {
    expect(expandQuery('Frankfurt')).toEqual([]);
  });
  it('guesses the query language only on evidence', () => {
    expect(queryLanguage('kopie zapasowe')).toBe('pl');
    expect(queryLanguage('retention period')).toBe('en');
    expect(queryLanguage('Frankfurt')).toBeUndefined();
  });
  it('rejects bad entries naming the file and entry', () => {
    expect(() => compileGlossary({ entries: [{ id: 'x', en: ['a'], pl: [] }] })).toThrow(/glossary.json: entry 1 \(x\)/);
    expect(() => compileGlossary({ entries: [{ id: 'y', en: ['the'], pl: ['kopia'] }] })).toThrow(/only stop words/);
  });
});
