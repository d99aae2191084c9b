/** Inconsistencies within a document (claims that cannot both hold), in English and Polish. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import { findContradictions, rule as contradiction } from '../../src/findings/inconsistency.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { claimOn } from './claim-helpers.ts';
import { runRule } from './rules-code/helpers.ts';

const EN = `# Data handling

## Deletion

Customer data is deleted within 30 days after the contract ends.

## Retention

All customer data is removed within 60 days of contract termination.

## Export

Customers cannot export their data themselves.

## Portal

Customers can download a full export from the settings page at any time.`;

const PL = `# Przetwarzanie danych

## Usuwanie

Dane klienta usuwamy w ciągu 30 dni od zakończenia umowy.

## Przechowywanie

Wszystkie dane klienta są usuwane w ciągu 60 dni od rozwiązania umowy.`;

describe('contradiction (within a document)', () => {
  it('finds deletion within 30 vs 60 days and export no vs yes, in English, with the other place related', () => {
    const doc = documentFromText(EN, { id: 'en-doc' });
    const claims = [
      claimOn(doc, 'deleted within 30 days', 'deletion.after_termination', 'P30D'),
      claimOn(doc, 'removed within 60 days', 'deletion.after_termination', 'P60D', { scope: 'all' }),
      claimOn(doc, 'cannot export', 'data.export.self_service', false),
      claimOn(doc, 'can download a full export', 'data.export.self_service', true),
    ];
    const hits = runRule(contradiction, doc, { claims });
    expect(hits.map((h) => h.excerpt)).toEqual([
      'All customer data is removed within 60 days of contract termination.',
      'Customers can download a full export from the settings page at any time.',
    ]);
    expect(hits[0].related).toEqual([{ documentId: 'en-doc', start: claims[0].start, end: claims[0].end, excerpt: claims[0].quote }]);
    expect(hits[1].params).toMatchObject({ attribute: 'data.export.self_service', value: 'true', other: 'false' });
  });

  it('finds deletion within 30 vs 60 days in Polish', () => {
    const doc = documentFromText(PL, { id: 'pl-doc' });
    const claims = [
      claimOn(doc, 'w ciągu 30 dni', 'deletion.after_termination', 'P30D'),
      claimOn(doc, 'w ciągu 60 dni', 'deletion.after_termination', 'P60D'),
    ];
    const hits = runRule(contradiction, doc, { claims });
    expect(hits).toHaveLength(1);
    expect(hits[0].excerpt).toContain('60 dni');
    expect(hits[0].related?.[0].excerpt).toContain('30 dni');
  });

  it('finds a narrower scope that takes longer than the promise for all data', () => {
    const doc = documentFromText(PL, { id: 'pl-doc' });
    const claims = [
      claimOn(doc, 'w ciągu 30 dni', 'deletion.after_termination', 'P30D', { scope: 'all' }),
      claimOn(doc, 'w ciągu 60 dni', 'deletion.after_termination', 'P60D', { scope: 'backups' }),
    ];
    expect(findContradictions(claims)).toHaveLength(1);
    // A bound that does not say "all" (backups included) is the first step of a two-step deletion
    // ("we keep the data 14 more days, then delete it; backups expire after a further 28").
    const twoStep = [claimOn(doc, 'w ciągu 30 dni', 'deletion.after_termination', 'P30D'), claimOn(doc, 'w ciągu 60 dni', 'deletion.after_termination', 'P60D', { scope: 'backups' })];
    expect(findContradictions(twoStep)).toEqual([]);
    const en = documentFromText(EN, { id: 'en-doc' });
    const enTwoStep = [claimOn(en, 'deleted within 30 days', 'deletion.after_termination', 'P30D'), claimOn(en, 'removed within 60 days', 'deletion.after_termination', 'P60D', { scope: 'backups' })];
    expect(findContradictions(enTwoStep)).toEqual([]);
    expect(findContradictions([{ ...enTwoStep[0], qualifiers: { scope: 'all' } }, enTwoStep[1]])).toHaveLength(1);
    // Backups purged sooner than everything else is no contradiction.
    const sooner = [claimOn(doc, 'w ciągu 30 dni', 'deletion.after_termination', 'P30D', { scope: 'backups' }), claimOn(doc, 'w ciągu 60 dni', 'deletion.after_termination', 'P60D')];
    expect(findContradictions(sooner)).toEqual([]);
  });

  it('does not pair the parts of a backup or logging scheme (per data kind, copy or tier), EN and PL, but still pairs retention bounds', () => {
    const en = documentFromText('Report data is backed up every 6 hours.\n\nImage data is backed up once a week.\n\nAudit logs are kept for 2 years.\n\nServer logs are kept for 3 months.', { id: 'en-s' });
    const a = (snippet: string, attr: string, value: string) => claimOn(en, snippet, attr, value, { type: 'full' });
    expect(findContradictions([a('every 6 hours', 'backup.frequency', 'PT6H'), a('once a week', 'backup.frequency', 'P1W')])).toEqual([]);
    expect(findContradictions([a('2 years', 'logging.retention', 'P2Y'), a('3 months', 'logging.retention', 'P3M')])).toEqual([]);
    expect(findContradictions([a('2 years', 'backup.retention', 'P2Y'), a('3 months', 'backup.retention', 'P3M')])).toHaveLength(1);
    const pl = documentFromText('Kopię przyrostową wykonujemy co godzinę.\n\nPełną kopię wykonujemy raz na dobę.', { id: 'pl-s' });
    expect(findContradictions([claimOn(pl, 'co godzinę', 'backup.frequency', 'PT1H'), claimOn(pl, 'raz na dobę', 'backup.frequency', 'P1D')])).toEqual([]);
  });

  it('does not flag values that agree, multi-valued attributes, other qualifiers or one sentence', () => {
    const doc = documentFromText(EN, { id: 'en-doc' });
    const a = (snippet: string, attr: string, value: string | number | boolean, q = {}) => claimOn(doc, snippet, attr, value, q);
    expect(findContradictions([a('deleted within 30 days', 'deletion.after_termination', 'P30D'), a('removed within 60', 'deletion.after_termination', 'P1M')])).toEqual([]);
    expect(findContradictions([a('deleted within 30 days', 'cert.vendor', 'iso27001'), a('removed within 60', 'cert.vendor', 'soc2')])).toEqual([]);
    expect(findContradictions([a('deleted within 30 days', 'hosting.location', 'DE'), a('removed within 60', 'hosting.location', 'SE', { role: 'backup' })])).toEqual([]);
    expect(findContradictions([a('deleted within 30 days', 'backup.retention', 'P7D', { edition: 'Basic' }), a('removed within 60', 'backup.retention', 'P30D', { edition: 'Pro' })])).toEqual([]);
    expect(findContradictions([a('deleted within 30 days', 'availability.sla', 99.95), a('deleted within 30 days', 'availability.sla', 100)])).toEqual([]);
    expect(findContradictions([a('deleted within 30 days', 'incident.notification', 'asap'), a('removed within 60', 'incident.notification', 'PT24H')])).toEqual([]);
    expect(findContradictions([a('deleted within 30 days', 'availability.sla', 99.9), a('removed within 60', 'availability.sla', 99.5)])).toHaveLength(1);
  });

  it('works on claims the extractor finds in a document written here (EN export, PL deletion)', () => {
    const en = documentFromText(
      '# Export\n\nCustomers cannot export their data themselves; exports are prepared by our support team on request.\n\n## Self-service\n\nCustomers can download a full export from the settings page at any time, in CSV format.',
      { id: 'x-en' },
    );
    const enHits = runRule(contradiction, en, { claims: extractClaims(en) });
    expect(enHits.map((h) => h.params?.attribute)).toContain('data.export.self_service');
    const pl = documentFromText(
      '# Dane\n\nDane klienta usuwamy w ciągu 30 dni od zakończenia umowy.\n\n## Usuwanie\n\nDane klienta są trwale usuwane w ciągu 60 dni od rozwiązania umowy.',
      { id: 'x-pl' },
    );
    const plHits = runRule(contradiction, pl, { claims: extractClaims(pl) });
    expect(plHits.map((h) => h.params?.attribute)).toContain('deletion.after_termination');
  });
});
