/**
 * Ranking rules (issue 14) on small documents written for these tests: every typed word beats
 * some, typed words beat glossary translations, rare words beat common ones, headings help,
 * glued words are found by their parts, highlights show only what the query (or its own
 * translation) matched, and "<vendor> <topic>" finds the vendor's passage.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { loadSearchSync, type SearchEngine } from '../../src/search/query.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import type { SearchResult } from '../../src/search/types.ts';

const doc = (id: string, language: string, vendor: string, body: string) =>
  documentFromText(`---\ntitle: ${vendor} security notes\nvendor: ${vendor}\nlanguage: ${language}\n---\n\n${body}\n`, { id, format: 'md' });

const DOCS = [
  doc('quorva-en', 'en', 'Quorva', `# Quorva security notes\n\n## Backups\n\nOur backups are written every night and kept for 30 days. Restores are done on request.\n\n## Hosting\n\nThe platform runs in Lisbon, Portugal. The data centre has two power feeds.`),
  doc('melvik-en', 'en', 'Melvik', `# Melvik security notes\n\n## Backup policy\n\nBackup copies, backup logs and backup tests: every backup is checked. Backups run hourly.\n\n## Location\n\nA snapshot of each database is copied to the LisbonData vault twice a day.`),
  doc('tarnik-pl', 'pl', 'Tarnik', `# Tarnik bezpieczeństwo\n\n## Kopie zapasowe\n\nKopie zapasowe wykonujemy codziennie. Kopia zapasowa bazy jest przechowywana przez 14 dni.\n\n## Szyfrowanie\n\nDane są szyfrowane algorytmem AES-256.`),
  doc('vantor-en', 'en', 'Vantor', `# Vantor security notes\n\n${[1, 2, 3, 4, 5, 6].map((n) => `## Area ${n}\n\nThe yearly audit covers area ${n}.`).join('\n\n')}`),
  doc('ostrel-en', 'en', 'Ostrel', `# Ostrel security notes\n\n## Encryption\n\nAll disks use AES-256.\n\n## Other\n\nWe also use encryption for e-mail. Encryption keys rotate. Encryption of logs is on.`),
];

const text = (r: SearchResult) => `${r.documentId} § ${r.heading}`;
const marks = (r: SearchResult) => r.highlights.map(([s, e]) => r.excerpt.slice(s, e));

describe('search ranking', () => {
  const engine: SearchEngine = loadSearchSync(buildSearchIndexes(DOCS));

  it('puts a passage with every typed word above passages with some, however often those repeat them', () => {
    // Melvik's backup section says "backup" six times; only Quorva's backup passage says "night".
    const [top] = engine.search('backup night');
    expect(text(top!)).toBe('quorva-en § Backups');
    const [both] = engine.search('Lisbon power');
    expect(text(both!)).toBe('quorva-en § Hosting');
  });

  it('ranks what the user typed above a glossary translation', () => {
    const results = engine.search('backup', { limit: 6 });
    const typed = results.findIndex((r) => r.documentId === 'quorva-en' && r.heading === 'Backups');
    const translated = results.findIndex((r) => r.documentId === 'tarnik-pl');
    expect(typed).toBeGreaterThanOrEqual(0);
    expect(translated).toBeGreaterThan(typed);
  });

  it('weighs a rare word above a common one when no passage has both', () => {
    // "audit" is in six passages, "Portugal" in one: the Portugal passage comes first.
    const [top] = engine.search('Portugal audit');
    expect(text(top!)).toBe('quorva-en § Hosting');
  });

  it('lets a heading match lift a passage', () => {
    const results = engine.search('encryption', { lang: 'en' });
    expect(text(results[0]!)).toBe('ostrel-en § Encryption');
  });

  it('finds a glued table cell by its part and by the whole word, and marks only what matched', () => {
    const [byPart] = engine.search('Lisbon snapshot');
    expect(text(byPart!)).toBe('melvik-en § Location');
    expect(marks(byPart!)).toEqual(['snapshot', 'Lisbon']);
    const [whole] = engine.search('LisbonData');
    expect(text(whole!)).toBe('melvik-en § Location');
  });

  it('highlights in a translated passage only the translation of the query, not its neighbours', () => {
    const results = engine.search('kopie zapasowe', { lang: 'en', limit: 5 });
    const storage = results.find((r) => r.documentId === 'quorva-en' && r.heading === 'Backups');
    expect(storage).toBeDefined();
    expect(marks(storage!)).toEqual(['backups']);
    // The hosting passage speaks of a data centre: nothing in it is a backup.
    expect(results.some((r) => r.heading === 'Hosting' && marks(r).includes('data'))).toBe(false);
  });

  it('finds "<vendor> <topic>" in the vendor\'s passage even when the passage does not name the vendor', () => {
    const [top] = engine.search('Quorva backup');
    expect(text(top!)).toBe('quorva-en § Backups');
    const [pl] = engine.search('Tarnik szyfrowanie');
    expect(text(pl!)).toBe('tarnik-pl § Szyfrowanie');
  });
});
