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

describe('splitSentences: two sentences that text extraction ran together', () => {
  const parts = (t: string) => splitSentences(t).map(([a, b]) => t.slice(a, b));
  it('ends a sentence at a full stop glued to the next capitalised word (EN, PL)', () => {
    expect(parts('The database runs in Warsaw (WAW1).Snapshots\ngo to Poznań every night.')).toEqual(['The database runs in Warsaw (WAW1).', 'Snapshots\ngo to Poznań every night.']);
    expect(parts('Stored files are encrypted with AES-128.Every session uses TLS.')).toEqual(['Stored files are encrypted with AES-128.', 'Every session uses TLS.']);
    expect(parts('Each admin needs a second factor.Sessions end after an hour.')).toEqual(['Each admin needs a second factor.', 'Sessions end after an hour.']);
    expect(parts('Kopie trzymamy w drugiej serwerowni.Dostęp mają tylko administratorzy.')).toEqual(['Kopie trzymamy w drugiej serwerowni.', 'Dostęp mają tylko administratorzy.']);
  });
  it('keeps names with dots, abbreviations and short fragments whole', () => {
    for (const t of ['The portal runs on ASP.Net Core and Vue.js today.', 'Reports go to docs.example.Org for review.', 'Write to help@example.Com any time.', 'Dane są u Beyond.pl sp. z o.o. w Poznaniu.', 'Version two.Next steps follow.', 'Hosting by Acme Inc.Cloud in Ireland.'])
      expect(parts(t), t).toEqual([t]);
  });
});
