/**
 * Round 16: a vendor name read from a title's generic words ("Service Level Agreement" -> "Level",
 * "Umowa Powierzenia" -> "Powierzenia") names no maker, so two vendors' pages of one title are
 * neither versions nor translations of each other. A document whose vendor the text names (a name
 * no title is made of) still pairs with its revision and its translation. Invented vendors.
 */
import { describe, expect, it } from 'vitest';
import { namesVendor, pairDocuments, type PairedDocument } from '../../src/kb/pairs.ts';

let n = 0;
function doc(title: string, vendor: string, extra: Partial<PairedDocument> = {}): PairedDocument {
  n++;
  return {
    id: extra.id ?? `p${n}`,
    source: `sources/p${n}.md`,
    sha256: `sum${n}`,
    format: 'md',
    title,
    vendor: { id: vendor.toLowerCase().replace(/\s+/g, '-'), name: vendor },
    language: 'en',
    sections: [{ heading: 'Uptime' }, { heading: 'Service credits' }, { heading: 'Exclusions' }],
    ...extra,
  };
}

describe('pairs: a vendor name must name a maker', () => {
  it('two pages titled "Service Level Agreement" under the vendor "Level" are no versions (EN)', () => {
    const a = doc('Service Level Agreement', 'Level', { id: 'a', date: '2025-01-01' });
    const b = doc('Service Level Agreement', 'Level', { id: 'b', date: '2026-01-01' });
    expect(pairDocuments([a, b])).toEqual({ versions: [], translations: [] });
  });

  it('two pages of a data processing agreement under the vendor "Processing" are no versions (EN)', () => {
    const a = doc('Data Processing Agreement', 'Processing', { id: 'c', version: '1.0' });
    const b = doc('Data Processing Agreement', 'Processing', { id: 'd', version: '2.0' });
    expect(pairDocuments([a, b]).versions).toEqual([]);
  });

  it('a Polish and an English page under a vendor read from the title are no translation pair (PL)', () => {
    const pl = doc('Umowa Powierzenia Przetwarzania Danych', 'Powierzenia', { id: 'e', language: 'pl' });
    const en = doc('Data Processing Agreement', 'Powierzenia', { id: 'f' });
    expect(pairDocuments([pl, en]).translations).toEqual([]);
  });

  it('two Polish pages titled "Umowa SLA" under the vendor "Poziomu Usług" are no versions (PL)', () => {
    const a = doc('Umowa o Gwarantowanym Poziomie Usług', 'Poziomu Usług', { id: 'g', language: 'pl', date: '2024-05-01' });
    const b = doc('Umowa o Gwarantowanym Poziomie Usług', 'Poziomu Usług', { id: 'h', language: 'pl', date: '2025-05-01' });
    expect(pairDocuments([a, b]).versions).toEqual([]);
  });

  it('two vendors\' questionnaires under a control-domain code ("IAM") are no versions', () => {
    const a = doc('norvale-caiq', 'IAM', { id: 'q1', format: 'csv', date: '2025-02-01' });
    const b = doc('tablix-caiq', 'IAM', { id: 'q2', format: 'csv', date: '2026-02-01' });
    expect(pairDocuments([a, b]).versions).toEqual([]);
  });

  it('reads a name against the words of titles', () => {
    expect(namesVendor({ vendor: { id: 'level', name: 'Level' } })).toBe(false);
    expect(namesVendor({ vendor: { id: 'trust-center', name: 'Trust Center' } })).toBe(false);
    expect(namesVendor({ vendor: { id: 'unknown', name: '' } })).toBe(false);
    expect(namesVendor({ vendor: { id: 'norvale', name: 'Norvale' } })).toBe(true);
    expect(namesVendor({ vendor: { id: 'tablix-cloud', name: 'Tablix Cloud' } })).toBe(true);
  });

  it('look-alike: a named vendor\'s SLA revisions are still versions (EN)', () => {
    const a = doc('Service Level Agreement', 'Norvale', { id: 'i', date: '2025-01-01' });
    const b = doc('Service Level Agreement', 'Norvale', { id: 'j', date: '2026-01-01' });
    expect(pairDocuments([a, b]).versions).toEqual([{ old: 'i', new: 'j' }]);
  });

  it('look-alike: a named vendor\'s Polish and English agreements are still a translation pair (PL)', () => {
    const pl = doc('Umowa Powierzenia Przetwarzania Danych', 'Serwiso', { id: 'k', language: 'pl' });
    const en = doc('Data Processing Agreement', 'Serwiso', { id: 'l' });
    expect(pairDocuments([pl, en]).translations).toEqual([{ source: 'l', target: 'k' }]);
  });

  it('look-alike: a vendor whose name holds a title word beside its own is named ("Kowal Support")', () => {
    const a = doc('Security Overview', 'Kowal Support', { id: 'm', date: '2025-01-01' });
    const b = doc('Security Overview', 'Kowal Support', { id: 'n', date: '2026-01-01' });
    expect(pairDocuments([a, b]).versions).toEqual([{ old: 'm', new: 'n' }]);
  });
});
