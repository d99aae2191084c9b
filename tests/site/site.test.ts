import { describe, expect, it } from 'vitest';
import { readXlsx } from '../helpers/sheets.ts';
import path from 'node:path';
import { findingsIn, readSiteKb } from '../../src/site/kb.ts';
import { buildCoverage, siteComparison } from '../../src/site/comparison-view.ts';
import { cellKey, markDifferences, shortKeys } from '../../src/site/differs.ts';
import { buildComparison } from '../../src/claims/compare.ts';
import { valueTable } from '../../src/claims/reporters/cells.ts';
import { formatCsv } from '../../src/claims/reporters/csv.ts';
import { claimLabel, claimValue } from '../../src/site/claim-text.ts';
import { renderBlocks, segment, type Mark } from '../../src/site/highlight.ts';
import { formatDate } from '../../src/site/format.ts';
import { buildVersionRows, lcs } from '../../src/site/versions.ts';
import { buildFindingsView } from '../../src/site/findings-view.ts';
import { toCsv } from '../../src/site/csv.ts';
import { pickPlural } from '../../src/site/plural.ts';
import { pluralForms } from '../../src/site/plural-forms.ts';
import { askedLocale, askedPair, documentHref, documentPath, href, pairHref, switchLocale, uiLocale, viewHref } from '../../src/site/paths.ts';
import { vendorSummaries } from '../../src/site/vendors.ts';
import { documentMarks } from '../../src/site/marks.ts';
import { comparisonXlsx } from '../../src/site/xlsx.ts';
import { getT } from '../../src/i18n/index.ts';

const kb = readSiteKb(path.resolve(import.meta.dirname, 'fixtures/kb'));

describe('comparison', () => {
  const view = siteComparison(kb);
  const cmp = view.comparison;

  it('is buildComparison of the claims module, row for row (the same table as seckb compare)', () => {
    const cli = buildComparison(kb.documents, kb.claims);
    expect(cmp.vendors).toEqual(cli.vendors);
    expect(cmp.groups.flatMap((g) => g.rows)).toEqual(cli.groups.flatMap((g) => g.rows));
    expect(cmp.groups.length).toBeGreaterThan(0);
    // Columns name each vendor's newest document (acme-v2, not acme-v1).
    expect(view.columns.find((c) => c.vendorId === 'acme-upkeep')!.documents.map((d) => d.id)).toEqual(['acme-v2']);
    // With a vendor choice too.
    expect(siteComparison(kb, { vendors: ['bolt-works', 'acme-upkeep'] }).comparison).toEqual(buildComparison(kb.documents, kb.claims, { vendors: ['bolt-works', 'acme-upkeep'] }));
  });

  it('marks differing vendors and risks', () => {
    const rows = cmp.groups.flatMap((g) => g.rows);
    const retention = rows.find((r) => r.attribute === 'backup.retention')!;
    expect(retention.cells.map((c) => c.values.map((v) => v.value))).toEqual([['P5W'], ['P30D'], ['P30D']]);
    expect(view.marks.get(retention.key)!.cells).toEqual([true, false, false]);
    expect(view.marks.get(retention.key)!.differs).toBe(true);
    const tls = rows.find((r) => r.attribute === 'encryption.tls.min_version')!;
    expect(view.risks.get(tls.cells[0]!.values[0]!.evidence[0]!.claimId)!.map((f) => f.rule)).toEqual(['tls-legacy']);
    const provider = rows.find((r) => r.attribute === 'hosting.provider')!;
    // Azure, AWS, Azure: the odd one out is marked, the majority is not.
    expect(provider.cells.map((c) => c.values.map((v) => v.value))).toEqual([['azure'], ['aws'], ['azure']]);
    expect(view.marks.get(provider.key)!.cells).toEqual([false, true, false]);
  });

  it('counts coverage per group, silent groups included', () => {
    const cov = buildCoverage(cmp);
    expect(cov.find((r) => r.group === 'encryption')!.counts).toEqual([2, 0, 0]);
    expect(cov.find((r) => r.group === 'deletion')!.counts).toEqual([0, 0, 0]);
    const total = cov.reduce((n, r) => n + r.counts.reduce((a, b) => a + b, 0), 0);
    const shown = new Set(cmp.vendors.flatMap((v) => v.documentIds));
    expect(total).toBe(kb.claims.filter((c) => shown.has(c.documentId)).length);
  });

  it('markDifferences ignores silent vendors', () => {
    expect(markDifferences(['a', '', 'a'])).toEqual({ differs: false, cells: [false, false, false] });
    expect(markDifferences(['a', 'b', 'a'])).toEqual({ differs: true, cells: [false, true, false] });
    expect(markDifferences(['a', '', ''])).toEqual({ differs: false, cells: [false, false, false] });
    expect(cellKey([])).toBe('');
    expect(cellKey([{ value: 'P5W' }])).not.toBe(cellKey([{ value: 'P35D' }]));
  });

  it('short keys on the page mark the same cells as the keys they stand for, ties included', () => {
    const rows = [
      ['["P30D"]', '', '["P7D"]', '["P30D"]', '["P7D"]'],
      ['["b"]', '["a"]', '', '["c"]'],
      Array.from({ length: 40 }, (_, i) => `["v${i % 37}"]`),
    ];
    for (const keys of rows) {
      const short = shortKeys(keys);
      expect(short.map((k) => k === '')).toEqual(keys.map((k) => k === ''));
      expect(markDifferences(short)).toEqual(markDifferences(keys));
      expect(Math.max(...short.map((k) => k.length))).toBeLessThan(3);
    }
  });

  it("the XLSX is the claims reporter's workbook, with stable bytes", async () => {
    const a = await comparisonXlsx(kb.documents, kb.claims, 'pl');
    const b = await comparisonXlsx(kb.documents, kb.claims, 'pl');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const rows = (await readXlsx(a))[0]!.rows;
    expect(rows[0]).toEqual(valueTable(cmp, 'pl').header);
    expect(rows.some((r) => r.includes('5 tygodni'))).toBe(true);
  });
});

describe('claims in words', () => {
  it('uses the claims module formatter and labels', () => {
    const c = kb.claims.find((x) => x.attribute === 'backup.retention' && x.value === 'P5W')!;
    expect(claimValue(c, 'pl')).toBe('5 tygodni');
    expect(claimValue(c, 'en')).toBe('5 weeks');
    expect(claimLabel(c, 'pl')).toBe(getT('pl', 'claims')('attribute.backup.retention'));
  });
});

describe('highlight', () => {
  const text = 'Alpha beta gamma.';
  it('cuts at every boundary and covers the text exactly', () => {
    const marks: Mark[] = [
      { id: 'c-1', kind: 'claim', start: 0, end: 10 },
      { id: 'f-1', kind: 'finding', start: 6, end: 16, tone: 'error' },
    ];
    const segs = segment(text, marks);
    expect(segs.map((s) => s.text)).toEqual(['Alpha ', 'beta', ' gamma', '.']);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs[1]!.marks.map((m) => m.id)).toEqual(['c-1', 'f-1']);
    expect(segs[1]!.anchors.map((m) => m.id)).toEqual(['f-1']);
  });
  it('gives each anchor to one piece only, across blocks', () => {
    const doc = kb.documents.find((d) => d.id === 'acme-v2')!;
    const marks = documentMarks(doc.id, kb.claims, kb.findings, { claim: () => '', finding: () => '' });
    const blocks = renderBlocks(doc, marks);
    const anchors = blocks.flatMap((b) => b.segments.flatMap((s) => s.anchors.map((a) => a.id)));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors).toContain(`f-${kb.findings.find((f) => f.rule === 'chat-transcript-label')!.id}`);
    expect(blocks[0]!.sectionId).toBe(doc.sections[0]!.id);
    // Text pieces of all blocks are the blocks' text, unchanged (no markup added).
    expect(blocks.map((b) => b.segments.map((s) => s.text).join(''))).toEqual(doc.blocks.map((b) => doc.text.slice(b.start, b.end)));
  });
  it('keeps markup in the text as text', () => {
    const doc = kb.documents.find((d) => d.id === 'bolt-en')!;
    const joined = renderBlocks(doc, []).flatMap((b) => b.segments.map((s) => s.text)).join('');
    expect(joined).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('format', () => {
  it('dates per locale', () => {
    expect(formatDate('2024-02-01', 'en')).toBe('February 1, 2024');
    expect(formatDate('2024-02-01', 'pl')).toBe('1 lutego 2024');
  });
});

describe('plurals', () => {
  it('Polish forms in the site and in client picks', () => {
    const t = getT('pl', 'site');
    expect([1, 2, 5, 22, 25].map((n) => t('document', { count: n }))).toEqual(['1 dokument', '2 dokumenty', '5 dokumentów', '22 dokumenty', '25 dokumentów']);
    const forms = pluralForms('pl', 'site', 'result');
    expect([1, 3, 12].map((n) => pickPlural('pl', forms, n))).toEqual(['1 wynik', '3 wyniki', '12 wyników']);
    expect(pickPlural('en', pluralForms('en', 'site', 'result'), 1)).toBe('1 result');
  });
});

describe('versions', () => {
  const a = kb.documents.find((d) => d.id === 'acme-v1')!;
  const b = kb.documents.find((d) => d.id === 'acme-v2')!;
  it('lcs', () => {
    expect(lcs(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual([[0, 0], [2, 1]]);
  });
  it('sections side by side with sentence states', () => {
    const rows = buildVersionRows(a, b);
    expect(rows.map((r) => [r.oldHeading ?? null, r.newHeading ?? null])).toEqual([
      ['1. Hosting', '1. Hosting'],
      ['2. Backup', '2. Backup'],
      ['3. Deletion', null],
      [null, '3. Encryption'],
    ]);
    expect(rows[0]!.changed).toBe(false);
    expect(rows[1]!.oldSentences[0]!.state).toBe('removed');
    expect(rows[1]!.newSentences[0]!.state).toBe('added');
  });
});

describe('findings view, vendors, csv, paths', () => {
  it('counts every kind, sorts by kind then errors first, and knows where each kind starts', () => {
    const v = buildFindingsView(kb.findings, kb.documents);
    expect(v.kindCounts.length).toBeGreaterThanOrEqual(15);
    expect(v.kindCounts.find((k) => k.kind === 'ai-chat-residue')!.count).toBe(1);
    const order = v.kindCounts.map((k) => k.kind);
    const rank = (s: string) => ['error', 'warning', 'info'].indexOf(s);
    for (let i = 1; i < v.rows.length; i++) {
      const [a, b] = [v.rows[i - 1]!.finding, v.rows[i]!.finding];
      expect(order.indexOf(a.kind) < order.indexOf(b.kind) || (a.kind === b.kind && rank(a.severity) <= rank(b.severity))).toBe(true);
    }
    for (const k of v.kindCounts.filter((x) => x.count > 0)) {
      expect(v.rows[k.first]!.finding.kind).toBe(k.kind);
      expect(v.rows.slice(k.first, k.first + k.count).every((r) => r.finding.kind === k.kind)).toBe(true);
    }
    expect(v.kindCounts.filter((k) => k.count === 0).every((k) => k.first === -1)).toBe(true);
    expect(v.langs).toEqual(['en']);
  });
  it('finding messages in the page language, English when untranslated', () => {
    const [a, b] = kb.findings;
    const withPl = { findings: kb.findings, messages: { pl: { [a!.id]: 'Komunikat po polsku.' } } };
    const pl = findingsIn(withPl, 'pl');
    expect(pl[0]!.message).toBe('Komunikat po polsku.');
    expect(pl[1]!.message).toBe(b!.message);
    expect({ ...pl[0], message: a!.message }).toEqual(a);
    expect(findingsIn(withPl, 'en')[0]!.message).toBe(a!.message);
  });
  it('vendor summaries', () => {
    const s = vendorSummaries(kb);
    expect(s.map((v) => [v.id, v.documents.length])).toEqual([['acme-upkeep', 2], ['bolt-works', 1], ['cyrk-serwis', 2]]);
    expect(s[0]!.documents[0]!.id).toBe('acme-v2');
  });
  it('csv is RFC 4180 with a BOM, quoted like the claims CSV reporter', () => {
    expect(toCsv([['a', 'b,c'], ['"q"', 'ł\nx; y']])).toBe('\uFEFFa,"b,c"\r\n"""q""","ł\nx; y"\r\n');
    const cmp = buildComparison(kb.documents, kb.claims);
    const t = valueTable(cmp, 'pl');
    expect(toCsv([t.header, ...t.rows])).toBe(formatCsv(cmp, 'pl'));
  });
  it('paths and the language switch', () => {
    expect(href('pl', 'vendors')).toBe('/pl/vendors/');
    expect(switchLocale('/en/vendors/', 'pl')).toBe('/pl/vendors/');
    expect(switchLocale('/', 'pl')).toBe('/pl/');
    // A document's page is one for both languages: the address asks for one.
    expect(documentPath('a b')).toBe('/documents/a%20b/');
    expect(documentHref('pl', 'x')).toBe('/documents/x/?pl');
    expect(switchLocale('/documents/x/', 'pl')).toBe('/documents/x/?pl');
    // A pair's page is one for every pair of its kind: the address names the pair after the language,
    // and the switch keeps it.
    expect(pairHref('en', 'versions', 'a--b')).toBe('/versions/?en&a--b');
    expect(pairHref('pl', 'alignment', 'a b--c')).toBe('/alignment/?pl&a%20b--c');
    expect(switchLocale('/alignment/', 'en', '?pl&a--b')).toBe('/alignment/?en&a--b');
    expect(switchLocale('/versions/', 'pl', '')).toBe('/versions/?pl');
    expect(askedPair('?pl&a--b')).toBe('a--b');
    expect(askedPair('?en&a%20b--c')).toBe('a b--c');
    for (const bad of ['?pl', '?pl&', '?pl&ab', '?pl&a--b%2F..', '?pl&%E0%A4%A']) expect(askedPair(bad), bad).toBeUndefined();
    // The comparison's and the vendor list's pages are one set for both languages, like the findings list's.
    expect(switchLocale('/vendors/', 'en')).toBe('/vendors/?en');
    expect(switchLocale('/compare/page/2/', 'pl', '?en')).toBe('/compare/page/2/?pl');
    expect(viewHref('pl', 'vendors')).toBe('/vendors/?pl');
    expect(viewHref('en', 'compare')).toBe('/compare/?en');
    expect(viewHref('pl', 'search')).toBe('/pl/search/');
    expect(switchLocale('/other/', 'en')).toBe('/en/');
    expect(askedLocale('?pl')).toBe('pl');
    expect(askedLocale('?en&x=1')).toBe('en');
    expect(askedLocale('?de')).toBeUndefined();
    expect(askedLocale('')).toBeUndefined();
    expect(uiLocale('pl')).toBe('pl');
    expect(uiLocale('da')).toBe('en');
  });
});
