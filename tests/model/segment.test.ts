import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/model/segment.ts';

const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it('splits English sentences and keeps abbreviations and numbers whole', () => {
    expect(split('Backups run daily, e.g. at 02:00. Uptime is 99.95% per month. Acme Inc. is certified. It was audited.')).toEqual([
      'Backups run daily, e.g. at 02:00.',
      'Uptime is 99.95% per month.',
      'Acme Inc. is certified.',
      'It was audited.',
    ]);
  });

  it('knows Polish abbreviations and decimal commas', () => {
    expect(split('Dane są szyfrowane, np. AES-256. Dostępność wynosi 99,95%. Kopie są przechowywane ok. 30 dni, m.in. w Niemczech. Obsługa działa od godz. 8 do 16.')).toEqual([
      'Dane są szyfrowane, np. AES-256.',
      'Dostępność wynosi 99,95%.',
      'Kopie są przechowywane ok. 30 dni, m.in. w Niemczech.',
      'Obsługa działa od godz. 8 do 16.',
    ]);
  });

  it('treats tzw. and i.e. as non-terminal and ! ? as terminal', () => {
    expect(split('Stosujemy tzw. Zero Trust. Is it secure? Yes! That is, i.e. Fully.')).toEqual([
      'Stosujemy tzw. Zero Trust.',
      'Is it secure?',
      'Yes!',
      'That is, i.e. Fully.',
    ]);
  });

  it('does not split inside version numbers or section references', () => {
    expect(split('TLS 1.2 and 1.3 are accepted. See section 4.2 for details.')).toEqual(['TLS 1.2 and 1.3 are accepted.', 'See section 4.2 for details.']);
  });

  it('ends a sentence at a line break only after end punctuation', () => {
    expect(split('Data is encrypted\nwith AES-256.\nKeys rotate yearly.')).toEqual(['Data is encrypted\nwith AES-256.', 'Keys rotate yearly.']);
  });
});
