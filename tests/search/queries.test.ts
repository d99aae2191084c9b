/**
 * The query table: queries a buyer, writer or translator types (EN, PL, mixed, typos, missing
 * diacritics, inflected forms, prefixes, cross-lingual) with the passages expected in the top 5.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { loadSearchSync, type SearchEngine } from '../../src/search/query.ts';
import { fixtureDocuments } from './fixtures.ts';

const A = 'arvella-security-en';
const B = 'brzozon-bezpieczenstwo-pl';
const C = 'cindral-whitepaper-en';
const D = 'dolmen-polityka-pl';
const E = 'elmira-overview-en';

interface Row {
  kind: string;
  q: string;
  lang?: string;
  /** [documentId, heading] pairs, each expected among the first `within` results. */
  expect: Array<[string, string]>;
  within?: number;
}

const TABLE: Row[] = [
  { kind: 'en', q: 'backup', expect: [[A, 'Backups'], [B, 'Kopie zapasowe']] },
  // The deletion section also speaks of backup copies and their retention window.
  { kind: 'en', q: 'backup retention', expect: [[A, 'Backups'], [A, 'Data deletion']], within: 2 },
  { kind: 'en', q: 'encryption at rest', expect: [[A, 'Encryption']], within: 1 },
  { kind: 'en', q: 'data centre', expect: [[A, 'Hosting and data centres'], [B, 'Centrum danych']] },
  { kind: 'en', q: 'data center', expect: [[A, 'Hosting and data centres']], within: 1 },
  { kind: 'en', q: 'multi-factor authentication', expect: [[A, 'Access control'], [B, 'Uwierzytelnianie dwuskładnikowe']] },
  { kind: 'en', q: 'penetration test', expect: [[C, 'Penetration testing'], [D, 'Testy penetracyjne']] },
  { kind: 'en', q: 'uptime', expect: [[C, 'Availability']], within: 1 },
  { kind: 'en', q: 'subprocessors', expect: [[C, 'Subprocessors']], within: 1 },
  { kind: 'en', q: 'GDPR personal data', expect: [[C, 'Personal data']], within: 1 },
  { kind: 'en', q: 'Frankfurt', expect: [[E, 'Hosting']], within: 1 },
  { kind: 'en', q: 'disaster recovery plan', expect: [[E, 'Disaster recovery']], within: 1 },
  { kind: 'en', q: 'password', expect: [[C, 'Password policy'], [D, 'Polityka haseł']] },
  { kind: 'en', q: 'data deleted when the contract ends', expect: [[A, 'Data deletion']], within: 2 },
  { kind: 'en', q: 'security incident', expect: [[A, 'Incident response']] },
  { kind: 'pl', q: 'kopie zapasowe', expect: [[B, 'Kopie zapasowe'], [A, 'Backups']] },
  { kind: 'pl', q: 'kopia zapasowa', expect: [[B, 'Kopie zapasowe']], within: 1 },
  { kind: 'pl', q: 'szyfrowanie', expect: [[B, 'Szyfrowanie danych'], [A, 'Encryption']] },
  { kind: 'pl', q: 'centrum danych', expect: [[B, 'Centrum danych'], [A, 'Hosting and data centres']] },
  { kind: 'pl', q: 'usunięcie danych', expect: [[B, 'Usuwanie danych po zakończeniu umowy'], [A, 'Data deletion']] },
  { kind: 'pl', q: 'testy penetracyjne', expect: [[D, 'Testy penetracyjne'], [C, 'Penetration testing']] },
  { kind: 'pl', q: 'hasło', expect: [[D, 'Polityka haseł'], [C, 'Password policy']] },
  { kind: 'pl', q: 'certyfikat ISO', expect: [[D, 'Certyfikaty']] },
  { kind: 'no diacritics', q: 'bezpieczenstwo fizyczne', expect: [[B, 'Bezpieczeństwo fizyczne']], within: 1 },
  { kind: 'no diacritics', q: 'uwierzytelnianie dwuskladnikowe', expect: [[B, 'Uwierzytelnianie dwuskładnikowe']], within: 1 },
  { kind: 'no diacritics', q: 'usuwanie danych po zakonczeniu umowy', expect: [[B, 'Usuwanie danych po zakończeniu umowy']], within: 1 },
  { kind: 'no diacritics', q: 'haslo', expect: [[D, 'Polityka haseł']] },
  { kind: 'typo', q: 'encrpytion', expect: [[A, 'Encryption']], within: 1 },
  { kind: 'typo', q: 'kopje zapasowe', expect: [[B, 'Kopie zapasowe']], within: 1 },
  { kind: 'typo', q: 'penetraton testing', expect: [[C, 'Penetration testing']], within: 1 },
  { kind: 'typo', q: 'szyfrowanei', expect: [[B, 'Szyfrowanie danych']], within: 1 },
  { kind: 'inflected', q: 'backups retained', expect: [[A, 'Backups']], within: 1 },
  { kind: 'inflected', q: 'szyfrujemy', expect: [[B, 'Szyfrowanie danych']], within: 1 },
  { kind: 'inflected', q: 'kopiach', expect: [[B, 'Kopie zapasowe']], within: 1 },
  { kind: 'inflected', q: 'przechowywanie kopii', expect: [[B, 'Kopie zapasowe']] },
  { kind: 'prefix', q: 'subproc', expect: [[C, 'Subprocessors']], within: 1 },
  { kind: 'prefix', q: 'szyfr', expect: [[B, 'Szyfrowanie danych']], within: 1 },
  { kind: 'cross-lingual', q: 'backup', lang: 'pl', expect: [[B, 'Kopie zapasowe']], within: 1 },
  { kind: 'cross-lingual', q: 'kopie zapasowe', lang: 'en', expect: [[A, 'Backups']], within: 1 },
  { kind: 'cross-lingual', q: 'encryption', lang: 'pl', expect: [[B, 'Szyfrowanie danych']], within: 1 },
  { kind: 'cross-lingual', q: 'serwerownia', lang: 'en', expect: [[A, 'Hosting and data centres']] },
  { kind: 'mixed', q: 'backup kopie zapasowe', expect: [[A, 'Backups'], [B, 'Kopie zapasowe']], within: 3 },
  { kind: 'mixed', q: 'ISO 27001 certyfikat', expect: [[D, 'Certyfikaty'], [B, 'Centrum danych']] },
];

describe('search query table', () => {
  let engine: SearchEngine;
  beforeAll(() => {
    engine = loadSearchSync(buildSearchIndexes(fixtureDocuments()));
  });

  it('has at least 30 queries', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE.map((row) => [`${row.kind}: "${row.q}"${row.lang ? ` --lang ${row.lang}` : ''}`, row] as const))('%s', (_name, row) => {
    const results = engine.search(row.q, { lang: row.lang, limit: 5 });
    const got = results.map((r) => `${r.documentId} § ${r.heading}`);
    for (const [doc, heading] of row.expect) {
      const rank = got.indexOf(`${doc} § ${heading}`);
      const within = row.within ?? 5;
      expect(rank >= 0 && rank < within, `"${row.q}" should find ${doc} § ${heading} in the top ${within}; got:\n${got.join('\n')}`).toBe(true);
    }
    if (row.lang) expect(results.every((r) => r.lang === row.lang)).toBe(true);
  });
});
