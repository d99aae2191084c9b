/** The KB renders each finding's message in every UI language from one run of the rules. */
import { describe, expect, it } from 'vitest';
import { documentFindings, documentFindingsIn } from '../../src/findings/document-findings.ts';
import { crossDocumentFindings, crossDocumentFindingsIn } from '../../src/findings/cross.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { pairDocuments } from '../../src/kb/pairs.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const draft = [
  '# Acme CMMS Security Overview',
  '',
  'ChatGPT said:',
  '',
  'Customer data is hosted in AWS eu-central-1. Backups are kept for 30 days and are not encrypted.',
  'We support TLS 1.0 for older browsers. [TODO: add the RTO]',
  'Backups are kept for 60 days.',
  '',
].join('\n');

describe('messages in every locale, rules run once', () => {
  it('documentFindingsIn gives the English findings and the Polish messages of the same findings', () => {
    const doc = documentFromText(draft, { id: 'acme' });
    const now = new Date('2025-06-01');
    const en = documentFindings(doc, { locale: 'en', now });
    const pl = documentFindings(doc, { locale: 'pl', now });
    const both = documentFindingsIn(doc, { locale: 'en', now }, ['pl']);
    expect(en.length).toBeGreaterThan(2);
    expect(en.some((f) => f.kind === 'risk')).toBe(true);
    expect(both.findings).toEqual(en);
    expect(both.messages.pl).toEqual(Object.fromEntries(pl.map((f) => [f.id, f.message])));
    expect(Object.values(both.messages.pl!)).not.toEqual(en.map((f) => f.message));
  });

  it('crossDocumentFindingsIn does the same for findings between documents', () => {
    const docs = [
      documentFromText('# Acme Security\n\nBackups are kept for 30 days.\n', { id: 'acme-v1', meta: { vendor: 'Acme', version: '1.0', date: '2024-01-01' } }),
      documentFromText('# Acme Security\n\nBackups are kept for 90 days.\n', { id: 'acme-v2', meta: { vendor: 'Acme', version: '2.0', date: '2025-01-01' } }),
    ];
    const claims = docs.flatMap((d) => extractClaims(d));
    const pairs = pairDocuments(docs);
    expect(pairs.versions).toHaveLength(1);
    const pl = crossDocumentFindings(docs, claims, pairs, 'pl');
    expect(pl.length).toBeGreaterThan(0);
    const both = crossDocumentFindingsIn(docs, claims, pairs, 'en', ['pl']);
    expect(both.findings).toEqual(crossDocumentFindings(docs, claims, pairs, 'en'));
    expect(both.messages.pl).toEqual(Object.fromEntries(pl.map((f) => [f.id, f.message])));
  });
});
