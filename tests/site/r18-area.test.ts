/**
 * Round 18: `hosting.area` (README "Claims: data residency by area") shows in the site's comparison
 * like the other hosting rows: in the hosting group right after the hosting location, one row per
 * role (production by default), its values in words in both UI languages, and `eu` beside `eea`
 * from one vendor is no conflict (the EU lies inside the EEA); and `availability.maintenance_notice`
 * (README "Claims: maintenance notice") as a row of the availability group.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteKb } from '../../src/site/kb.ts';
import { siteComparison } from '../../src/site/comparison-view.ts';
import { claimLabel, claimValue } from '../../src/site/claim-text.ts';
import type { Claim } from '../../src/claims/types.ts';

const kb = readSiteKb(path.resolve(import.meta.dirname, 'fixtures/kb'));

const claim = (id: string, value: string, qualifiers: Record<string, string>): Claim => {
  const base = kb.claims.find((c) => c.documentId === 'acme-v2')!;
  return { ...base, id, attribute: 'hosting.area', value, qualifiers };
};

describe('hosting.area on the comparison page', () => {
  const claims = [...kb.claims, claim('r18-area-1', 'eu', { role: 'production' }), claim('r18-area-2', 'eea', {}), claim('r18-area-3', 'eu', { role: 'backup' })];
  const cmp = siteComparison({ ...kb, claims }).comparison;
  const hosting = cmp.groups.find((g) => g.id === 'hosting')!;
  const rows = hosting.rows.filter((r) => r.attribute === 'hosting.area');

  it('has a row per role in the hosting group, after the hosting location rows', () => {
    expect(rows.map((r) => r.qualifiers.role)).toEqual(['production', 'backup']);
    const order = hosting.rows.map((r) => r.attribute);
    expect(order.lastIndexOf('hosting.location')).toBeLessThan(order.indexOf('hosting.area'));
  });

  it('holds eu and eea of one vendor in one cell without a conflict', () => {
    const cell = rows[0]!.cells.find((c) => c.values.length > 0)!;
    expect(cell.values.map((v) => v.value).sort()).toEqual(['eea', 'eu']);
    expect(cell.conflict).toBe(false);
  });

  it('says the area and its label in English and Polish', () => {
    const c = claims.find((x) => x.id === 'r18-area-1')!;
    expect(claimValue(c, 'en')).toBe('European Union (EU)');
    expect(claimValue(c, 'pl')).toBe('Unia Europejska (UE)');
    expect(claimValue({ attribute: 'hosting.area', value: 'eea' }, 'pl')).toBe('Europejski Obszar Gospodarczy (EOG)');
    expect(claimLabel(c, 'en')).toMatch(/^Hosting area \(EU\/EEA\)/);
    expect(claimLabel(c, 'pl')).toMatch(/^Obszar hostingu \(UE\/EOG\)/);
  });
});

describe('availability.maintenance_notice on the comparison page', () => {
  const base = kb.claims.find((c) => c.documentId === 'acme-v2')!;
  const notice: Claim = { ...base, id: 'r18-notice-1', attribute: 'availability.maintenance_notice', value: 'P3D', qualifiers: {} };
  const cmp = siteComparison({ ...kb, claims: [...kb.claims, notice] }).comparison;

  it('is a row of the availability group, its value and label in both languages', () => {
    const rows = cmp.groups.find((g) => g.id === 'availability')!.rows.filter((r) => r.attribute === 'availability.maintenance_notice');
    expect(rows).toHaveLength(1);
    expect(claimValue(notice, 'en')).toBe('3 days');
    expect(claimValue(notice, 'pl')).toBe('3 dni');
    expect(claimLabel(notice, 'en')).toBe('Notice before planned maintenance');
    expect(claimLabel(notice, 'pl')).toBe('Wyprzedzenie zapowiedzi prac serwisowych');
  });
});
