/** Inconsistencies between a document and its translation, and between two versions (EN and PL). */
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align.ts';
import { crossDocumentFindings, crossDocumentFindingsIn, sourcePosition } from '../../src/findings/cross.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { claimOn } from './claim-helpers.ts';

const EN = documentFromText(
  '# Security\n\n## Hosting\n\nThe service runs on Amazon Web Services in Germany.\n\n## Deletion\n\nCustomer data is deleted within 30 days after the contract ends.\n\n## Certificates\n\nWe hold ISO 27001.',
  { id: 'acme-en' },
);
const PL = documentFromText(
  '# Bezpieczeństwo\n\n## Hosting\n\nUsługa działa w Microsoft Azure w Polsce.\n\n## Usuwanie\n\nDane klienta usuwamy w ciągu 35 dni od zakończenia umowy.\n\n## Certyfikaty\n\nPosiadamy ISO 27001.',
  { id: 'acme-pl' },
);

function pairClaims() {
  return [
    claimOn(EN, 'Amazon Web Services', 'hosting.provider', 'aws'),
    claimOn(EN, 'Amazon Web Services', 'hosting.location', 'DE', { role: 'production' }),
    claimOn(EN, 'within 30 days', 'deletion.after_termination', 'P30D'),
    claimOn(EN, 'ISO 27001', 'cert.vendor', 'iso27001'),
    claimOn(PL, 'Microsoft Azure', 'hosting.provider', 'azure'),
    claimOn(PL, 'Microsoft Azure', 'hosting.location', 'PL'),
    claimOn(PL, 'w ciągu 35 dni', 'deletion.after_termination', 'P35D'),
    claimOn(PL, 'ISO 27001', 'cert.vendor', 'iso27001'),
  ];
}

describe('translation-mismatch', () => {
  it('flags numbers, countries and providers that differ, in the target, with the source related', () => {
    const findings = crossDocumentFindings([EN, PL], pairClaims(), { versions: [], translations: [{ source: 'acme-en', target: 'acme-pl' }] });
    expect(findings.map((f) => [f.documentId, f.rule, f.kind])).toEqual([
      ['acme-pl', 'translation-mismatch', 'inconsistency'],
      ['acme-pl', 'translation-mismatch', 'inconsistency'],
      ['acme-pl', 'translation-mismatch', 'inconsistency'],
    ]);
    const byExcerpt = Object.fromEntries(findings.map((f) => [f.excerpt, f]));
    const deletion = byExcerpt['Dane klienta usuwamy w ciągu 35 dni od zakończenia umowy.'];
    expect(deletion.related).toEqual([
      { documentId: 'acme-en', start: EN.text.indexOf('Customer data'), end: EN.text.indexOf('Customer data') + 'Customer data is deleted within 30 days after the contract ends.'.length, excerpt: 'Customer data is deleted within 30 days after the contract ends.' },
    ]);
    expect(deletion.message).toBe('The translation says P35D where the original says P30D (deletion.after_termination).');
    for (const f of findings) {
      expect(PL.text.slice(f.start, f.end)).toBe(f.excerpt);
      expect(f.line).toBe(sourcePosition(PL, f.start)?.line);
    }
  });

  it('writes Polish messages with locale pl, and is deterministic', () => {
    const run = () => crossDocumentFindings([EN, PL], pairClaims(), { versions: [], translations: [{ source: 'acme-en', target: 'acme-pl' }] }, 'pl');
    const a = run();
    expect(a[0].message).toMatch(/^Tłumaczenie podaje /);
    expect(JSON.stringify(run())).toBe(JSON.stringify(a));
    expect(new Set(a.map((f) => f.id)).size).toBe(a.length);
  });

  it('finds nothing when the translation agrees (Polish source, English target)', () => {
    const plAgree = documentFromText('# Bezpieczeństwo\n\nDane klienta usuwamy w ciągu 30 dni od zakończenia umowy.', { id: 'b-pl' });
    const enAgree = documentFromText('# Security\n\nCustomer data is deleted within one month after the contract ends.', { id: 'b-en' });
    const claims = [claimOn(plAgree, '30 dni', 'deletion.after_termination', 'P30D'), claimOn(enAgree, 'one month', 'deletion.after_termination', 'P1M')];
    expect(crossDocumentFindings([plAgree, enAgree], claims, { versions: [], translations: [{ source: 'b-pl', target: 'b-en' }] })).toEqual([]);
    // and flags the English target when it disagrees with the Polish source
    const claims2 = [claims[0], { ...claims[1], value: 'P3M' }];
    const [f] = crossDocumentFindings([plAgree, enAgree], claims2, { versions: [], translations: [{ source: 'b-pl', target: 'b-en' }] });
    expect(f.documentId).toBe('b-en');
    expect(f.related?.[0].documentId).toBe('b-pl');
  });
});

describe('translation drift from the alignment', () => {
  const en = documentFromText(
    '# Security\n\n## Company\n\nOur support team of 120 engineers works from Krakow and Gdansk.\n\n## Backups\n\nBackups are retained for 35 days.\n\n## Data centres\n\nBackups are copied to the second data centre in Frankfurt every night.',
    { id: 'drift-en' },
  );
  const pl = documentFromText(
    '# Bezpieczeństwo\n\n## Firma\n\nNasz zespół wsparcia liczy 150 inżynierów i pracuje w Krakowie i Gdańsku.\n\n## Kopie zapasowe\n\nKopie zapasowe przechowujemy przez 30 dni.\n\n## Centra danych\n\nKopie zapasowe są co noc kopiowane do drugiego centrum danych w Amsterdamie.',
    { id: 'drift-pl' },
  );
  const pairs = { versions: [], translations: [{ source: 'drift-en', target: 'drift-pl' }] };
  const retention = [claimOn(en, 'retained for 35 days', 'backup.retention', 'P35D'), claimOn(pl, 'przez 30 dni', 'backup.retention', 'P30D')];
  const alignments = new Map([['drift-en--drift-pl', alignDocuments(en, pl)]]);

  it('flags a number and a place the translation changed that no claim records, once per place, EN and PL messages', () => {
    const { findings, messages } = crossDocumentFindingsIn([en, pl], retention, pairs, 'en', ['pl'], alignments);
    const drift = findings.filter((f) => f.rule.startsWith('translation-') && f.rule !== 'translation-mismatch');
    expect(drift.map((f) => [f.rule, f.documentId, f.kind, f.severity])).toEqual([
      ['translation-number-mismatch', 'drift-pl', 'inconsistency', 'warning'],
      ['translation-name-mismatch', 'drift-pl', 'inconsistency', 'warning'],
    ]);
    expect(drift[0].excerpt).toContain('150 inżynierów');
    expect(drift[0].related?.[0]).toMatchObject({ documentId: 'drift-en', excerpt: 'Our support team of 120 engineers works from Krakow and Gdansk.' });
    expect(drift[0].message).toContain('120');
    expect(drift[1].message).toMatch(/Frankfurt/);
    expect(messages.pl?.[drift[1].id]).toMatch(/^Tłumaczenie wymienia /);
    // The retention sentence is reported once, by the claims comparison.
    expect(findings.filter((f) => f.excerpt.includes('30 dni')).map((f) => f.rule)).toEqual(['translation-mismatch']);
    for (const f of drift) expect(pl.text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('reports nothing from the alignment when none is given, or when the translation agrees', () => {
    expect(crossDocumentFindingsIn([en, pl], retention, pairs, 'en', []).findings.map((f) => f.rule)).toEqual(['translation-mismatch']);
    const agreeing = documentFromText(
      '# Bezpieczeństwo\n\n## Firma\n\nNasz zespół wsparcia liczy 120 inżynierów i pracuje w Krakowie i Gdańsku.\n\n## Kopie zapasowe\n\nKopie zapasowe przechowujemy przez 35 dni.\n\n## Centra danych\n\nKopie zapasowe są co noc kopiowane do drugiego centrum danych we Frankfurcie.',
      { id: 'drift-pl' },
    );
    const same = new Map([['drift-en--drift-pl', alignDocuments(en, agreeing)]]);
    expect(crossDocumentFindingsIn([en, agreeing], [], pairs, 'en', [], same).findings).toEqual([]);
  });
});

describe('version-change', () => {
  const OLD = documentFromText(
    '# Security\n\n## Backups\n\nBackups are kept for 35 days.\n\n## Single sign-on\n\nCustomers can sign in with Azure AD.\n\n## Deletion\n\nAll data is deleted at most 14 days after the contract ends.',
    { id: 'v1' },
  );
  const NEW = documentFromText(
    '# Security\n\n## Backups\n\nBackups are kept for 14 days.\n\n## Encryption\n\nAll data is encrypted at rest with AES-256.',
    { id: 'v2' },
  );
  const claims = [
    claimOn(OLD, 'kept for 35 days', 'backup.retention', 'P35D'),
    claimOn(OLD, 'Azure AD', 'auth.sso', 'azure-ad'),
    claimOn(OLD, 'at most 14 days', 'deletion.after_termination', 'P14D'),
    claimOn(NEW, 'kept for 14 days', 'backup.retention', 'P14D'),
    claimOn(NEW, 'AES-256', 'encryption.at_rest.algorithm', 'aes-256'),
  ];

  it('reports a changed value (info) and dropped promises (warning) in the newer version, EN', () => {
    const findings = crossDocumentFindings([OLD, NEW], claims, { versions: [{ old: 'v1', new: 'v2' }], translations: [] });
    expect(findings.every((f) => f.documentId === 'v2' && f.rule === 'version-change' && f.related?.[0].documentId === 'v1')).toBe(true);
    const changed = findings.find((f) => f.severity === 'info');
    expect(changed?.excerpt).toBe('Backups are kept for 14 days.');
    expect(changed?.related?.[0].excerpt).toBe('Backups are kept for 35 days.');
    const dropped = findings.filter((f) => f.severity === 'warning');
    expect(dropped.map((f) => f.related?.[0].excerpt).sort()).toEqual(['All data is deleted at most 14 days after the contract ends.', 'Customers can sign in with Azure AD.']);
    expect(dropped[0].message).toMatch(/previous version stated/);
  });

  it('reports a dropped promise of a Polish version with a Polish message', () => {
    const oldPl = documentFromText('# Bezpieczeństwo\n\n## Usuwanie\n\nDane usuwamy w ciągu 30 dni od zakończenia umowy.', { id: 'p1' });
    const newPl = documentFromText('# Bezpieczeństwo\n\n## Usuwanie\n\nDane usuwamy na wniosek klienta.', { id: 'p2' });
    const c = [claimOn(oldPl, '30 dni', 'deletion.after_termination', 'P30D')];
    const [f] = crossDocumentFindings([oldPl, newPl], c, { versions: [{ old: 'p1', new: 'p2' }], translations: [] }, 'pl');
    expect(f.excerpt).toBe('Usuwanie'); // the section of that name in the newer version
    expect(f.message).toMatch(/^Poprzednia wersja podawała P30D/);
    expect(f.severity).toBe('warning');
  });
});
