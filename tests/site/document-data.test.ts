/**
 * A document's claims as data in its text page (src/site/document-data.ts): once for both UI
 * languages, in the comparison's order, inert and unbreakable by the text it carries, and read
 * back to what each language's claims table shows.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { readSiteKb } from '../../src/site/kb.ts';
import { indexKb } from '../../src/site/site-index.ts';
import { CLAIMS_DATA_ID, claimRows, claimsDataBlock, readClaimBlock, readClaimRows } from '../../src/site/document-data.ts';
import { claimId } from '../../src/claims/records.ts';
import { byComparisonOrder, claimAttribute, claimQualifiers, claimValue } from '../../src/site/claim-text.ts';
import { textBoxHtml } from '../../src/site/document-html.ts';
import type { Claim } from '../../src/claims/types.ts';
import { ATTRIBUTES } from '../../src/claims/vocabulary.ts';

const kb = readSiteKb(path.resolve(import.meta.dirname, 'fixtures/kb'));
const site = indexKb(kb);

const claim = (over: Partial<Claim>): Claim => ({
  id: 'c1',
  documentId: 'd',
  attribute: 'backup.retention',
  value: 'P30D',
  qualifiers: {},
  quote: 'Backups are kept for 30 days.',
  start: 0,
  end: 29,
  sectionId: 's0',
  lang: 'en',
  ...over,
});

describe('claims as data in the text page', () => {
  it('holds every claim of a document once, in the comparison order, with what its row shows', () => {
    for (const doc of kb.documents) {
      const claims = site.claimsOf(doc.id);
      const rows = claimRows(claims, doc.language);
      expect(rows.map((r) => r[0])).toEqual([...claims].sort(byComparisonOrder).map((c) => c.id));
      for (const [id, attribute, value, qualifiers = {}] of rows) {
        const c = claims.find((x) => x.id === id)!;
        for (const locale of ['en', 'pl'] as const) {
          expect(claimAttribute({ attribute }, locale)).toBe(claimAttribute(c, locale));
          expect(claimValue({ attribute, value }, locale)).toBe(claimValue(c, locale));
          expect(claimQualifiers({ qualifiers }, locale)).toBe(claimQualifiers(c, locale));
        }
      }
    }
    expect(kb.claims.length).toBeGreaterThan(5);
  });

  it('leaves out empty qualifiers and the quote language when it is the document\'s', () => {
    expect(claimRows([claim({})], 'en')).toEqual([['c1', 'backup.retention', 'P30D']]);
    expect(claimRows([claim({ qualifiers: { type: 'daily' } })], 'en')).toEqual([['c1', 'backup.retention', 'P30D', { type: 'daily' }]]);
    expect(claimRows([claim({ lang: 'pl' })], 'en')).toEqual([['c1', 'backup.retention', 'P30D', {}, 'pl']]);
  });

  it('is an inert data block that text in a value cannot close, and reads back whole from the parsed page', () => {
    const hostile = claim({ attribute: 'hosting.provider', value: '</script><script>alert(1)</script><!--', qualifiers: { note: '<img src=x onerror=alert(2)>' } });
    const block = claimsDataBlock(claimRows([hostile], 'en'));
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    const doc = kb.documents[0]!;
    const { document } = parseHTML(`<!doctype html><html lang="en"><body>${textBoxHtml(doc.language, block)}</body></html>`);
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('application/json');
    expect(readClaimRows(document.getElementById(CLAIMS_DATA_ID)?.textContent)).toEqual(claimRows([hostile], 'en'));
    expect(document.querySelector('img')).toBeNull();
  });

  it("writes a vocabulary attribute as its place in the vocabulary and reads it back as its name; another stays a name", () => {
    const rows = claimRows([claim({}), claim({ id: 'c2', attribute: 'hosting.location', value: 'PL' }), claim({ id: 'c3', attribute: 'made.up', value: true })], 'en');
    const block = claimsDataBlock(rows);
    expect(block).not.toContain('backup.retention');
    expect(block).toContain(`["c2",${ATTRIBUTES.findIndex((a) => a.id === 'hosting.location')},"PL"]`);
    expect(block).toContain('"made.up"');
    const { document } = parseHTML(`<!doctype html><html><body>${block}</body></html>`);
    expect(readClaimRows(document.getElementById(CLAIMS_DATA_ID)?.textContent)).toEqual(rows);
    // A place outside the vocabulary reads as no row.
    expect(readClaimRows(`[["x",${ATTRIBUTES.length},"P1D"],["y",0,"aws"]]`)).toEqual([['y', ATTRIBUTES[0]!.id, 'aws']]);
  });

  it('writes an id claimId makes again as its start, and reads every id back whole from the page', () => {
    // The fixture's hand-written ids are not claimId's; the same claims with claimId's ids (as ingest writes them).
    const rehashed = (c: Claim): Claim => ({ ...c, id: claimId(c.documentId, c.start, c.attribute, c.value, c.qualifiers) });
    for (const [remade, same] of [[(c: Claim) => c, false], [rehashed, true]] as const) {
      let asStart = 0;
      for (const doc of kb.documents) {
        const claims = site.claimsOf(doc.id).map(remade);
        const rows = claimRows(claims, doc.language);
        const starts = new Map(claims.map((c) => [c.id, c.start]));
        const block = claimsDataBlock(rows, { documentId: doc.id, startOf: (id) => starts.get(id) });
        const stored = JSON.parse(/>(.*)<\/script>$/.exec(block)![1]!) as unknown[][];
        asStart += stored.filter((r) => typeof r[0] === 'number').length;
        if (same) for (const c of claims) expect(block).not.toContain(c.id);
        const { document } = parseHTML(`<!doctype html><html><body>${block}</body></html>`);
        expect(readClaimBlock(document.getElementById(CLAIMS_DATA_ID)), doc.id).toEqual(rows);
      }
      expect(asStart).toBe(same ? kb.claims.length : 0);
    }
    // An id made another way stays whole; a start without its document reads as no row.
    const odd = claimRows([claim({ id: 'not-a-hash', start: 4 }), claim({ id: claimId('d', 9, 'backup.retention', 'P30D', {}), start: 9 })], 'en');
    const block = claimsDataBlock(odd, { documentId: 'd', startOf: (id) => (id === 'not-a-hash' ? 4 : 9) });
    expect(block).toContain('data-doc="d"');
    expect(block).toContain('["not-a-hash",');
    const json = /<script[^>]*>(.*)<\/script>$/.exec(block)![1]!;
    expect(readClaimRows(json, 'd')).toEqual(odd);
    expect(readClaimRows(json)).toEqual([odd[0]]);
  });

  it('reads nothing from a missing or broken block', () => {
    expect(readClaimRows(undefined)).toEqual([]);
    expect(readClaimRows('{not json')).toEqual([]);
    expect(readClaimRows('{"a":1}')).toEqual([]);
    expect(readClaimRows('[["ok","backup.retention","P1D"],[1,2],"x"]')).toEqual([['ok', 'backup.retention', 'P1D']]);
  });
});
