/**
 * exclusive-location: a place stated as the only one against another location of the same data.
 * Our own sentences, EN and PL, through claim extraction; traps: another role without 'backups
 * included', places named in the one sentence, 'only in' about a manner ('only in emergencies',
 * 'wyłącznie w celu'), production that 'never leaves' beside backups elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const flagged = (text: string) =>
  documentFindings(documentFromText(text, { id: 'x' }), { locale: 'en' })
    .filter((f) => f.rule === 'exclusive-location')
    .map((f) => [f.excerpt, f.related?.[0]?.excerpt]);

describe('exclusive-location', () => {
  it('"backups included ... only in Germany" against a backup copied to Sweden (EN)', () => {
    const text = '# Hosting\n\nOur servers are in Frankfurt, Germany, and a nightly backup is copied to Stockholm, Sweden.\n\n# Contract\n\nUnder our DPA all customer data, backups included, is stored only in Germany.';
    expect(flagged(text)).toEqual([
      ['Under our DPA all customer data, backups included, is stored only in Germany.', 'Our servers are in Frankfurt, Germany, and a nightly backup is copied to Stockholm, Sweden.'],
    ]);
  });

  it('"łącznie z kopiami ... wyłącznie w Polsce" against a backup in Prague (PL)', () => {
    const text = '# Hosting\n\nSerwery stoją w Warszawie. Co noc kopia zapasowa trafia do centrum danych w Pradze w Czechach.\n\n# Umowa powierzenia\n\nWszystkie dane, łącznie z kopiami zapasowymi, są przetwarzane wyłącznie w Polsce.';
    expect(flagged(text)).toHaveLength(1);
  });

  it('stays quiet on other roles, one sentence, manners and production that never leaves', () => {
    const quiet = [
      '# Hosting\n\nProduction runs in our Frankfurt data centre in Germany. A failover site in Amsterdam, the Netherlands, can take over within four hours.\n\n# Residency\n\nProduction data is hosted only in Germany.',
      '# Hosting\n\nCustomer data is hosted only in Germany and Austria, in two data centres of our provider.',
      '# Hosting\n\nDane przechowujemy w Polsce, a kopie zapasowe w Niemczech.\n\n# Cel\n\nDane w Polsce przetwarzamy wyłącznie w celu świadczenia usługi.',
      '# Hosting\n\nAll customer data is hosted in Dublin, Ireland, and backups are kept in Frankfurt, Germany.\n\n# Support\n\nOur engineers in Ireland access customer data only in emergencies.',
      '# Hosting\n\nProduction is hosted in Warsaw, Poland. Backups are stored in Prague, the Czech Republic.\n\n# Residency\n\nProduction data never leaves Poland.',
    ];
    for (const text of quiet) expect(flagged(text), text).toEqual([]);
  });

  it('a document repeating its statements gives each pair of places once', () => {
    const once = '# Hosting\n\nOur servers are in Frankfurt, Germany, and a nightly backup is copied to Stockholm, Sweden.\n\n# Contract\n\nUnder our DPA all customer data, backups included, is stored only in Germany.';
    expect(flagged(Array.from({ length: 60 }, () => once).join('\n\n'))).toHaveLength(1);
  });
});
