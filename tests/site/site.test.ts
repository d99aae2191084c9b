import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readSiteKb } from '../../src/site/kb.ts';
import { buildComparison, buildCoverage, markDifferences, pickVendorDocuments } from '../../src/site/comparison.ts';
import { renderBlocks, segment, type Mark } from '../../src/site/highlight.ts';
import { formatDate, formatDuration, formatValue } from '../../src/site/format.ts';
import { buildVersionRows, diffClaims, lcs } from '../../src/site/versions.ts';
import { buildFindingsView } from '../../src/site/findings-view.ts';
import { toCsv } from '../../src/site/csv.ts';
import { pickPlural } from '../../src/site/plural.ts';
import { pluralForms } from '../../src/site/plural-forms.ts';
import { href, switchLocale } from '../../src/site/paths.ts';
import { vendorSummaries } from '../../src/site/vendors.ts';
import { documentMarks } from '../../src/site/marks.ts';
import { comparisonSheets } from '../../src/site/xlsx.ts';
import { getT } from '../../src/i18n/index.ts';

const kb = readSiteKb(path.resolve(import.meta.dirname, 'fixtures/kb'));

describe('comparison', () => {
  const cmp = buildComparison(kb);

  it('takes each vendor once, its newest original document', () => {
    expect(cmp.columns.map((c) => c.documentId)).toEqual(['acme-v2', 'bolt-en', 'cyrk-pl']);
    expect(pickVendorDocuments(kb.documents, { versions: [], translations: [] }).find((d) => d.vendor.id === 'acme-upkeep')!.id).toBe('acme-v2');
  });

  it('groups rows, marks differing vendors and risks', () => {
    expect(cmp.groups.map((g) => g.id)).toEqual(['hosting', 'encryption', 'backup']);
    const retention = cmp.groups.find((g) => g.id === 'backup')!.rows.find((r) => r.attribute === 'backup.retention')!;
    expect(retention.cells.map((c) => c.values.map((v) => v.value))).toEqual([['P5W'], ['P30D'], ['P35D']]);
    expect(retention.differs).toBe(true);
    const tls = cmp.groups.find((g) => g.id === 'encryption')!.rows.find((r) => r.attribute === 'encryption.tls.min_version')!;
    expect(tls.cells[0]!.values[0]!.risk.map((f) => f.rule)).toEqual(['tls-legacy']);
    const provider = cmp.groups[0]!.rows.find((r) => r.attribute === 'hosting.provider')!;
    // Azure, AWS, Azure: the odd one out is marked, the majority is not.
    expect(provider.cells.map((c) => c.differs)).toEqual([false, true, false]);
  });

  it('splits rows by role, keeps region as a detail', () => {
    const loc = cmp.groups[0]!.rows.find((r) => r.attribute === 'hosting.location')!;
    expect(loc.qualifiers).toEqual([['role', 'production']]);
    expect(loc.cells[1]!.values[0]!.details).toEqual([['region', 'aws:eu-central-1']]);
  });

  it('restricts to chosen vendors and counts coverage', () => {
    const two = buildComparison({ ...kb, vendors: ['acme-upkeep', 'bolt-works'] });
    expect(two.columns.map((c) => c.vendorId)).toEqual(['acme-upkeep', 'bolt-works']);
    const cov = buildCoverage(cmp);
    expect(cov.find((r) => r.group === 'encryption')!.counts).toEqual([2, 0, 0]);
    expect(cov.find((r) => r.group === 'deletion')!.counts).toEqual([0, 0, 0]);
  });

  it('markDifferences ignores silent vendors', () => {
    expect(markDifferences(['a', '', 'a'])).toEqual({ differs: false, cells: [false, false, false] });
    expect(markDifferences(['a', 'b', 'a'])).toEqual({ differs: true, cells: [false, true, false] });
    expect(markDifferences(['a', '', ''])).toEqual({ differs: false, cells: [false, false, false] });
  });

  it('sheets for XLSX carry values and quotes', () => {
    const { values, quotes } = comparisonSheets(cmp, 'pl');
    expect(values[0]).toEqual(['Atrybut', 'Acme Upkeep', 'Bolt Works', 'Cyrk Serwis']);
    expect(values.some((r) => r.includes('5 tygodni'))).toBe(true);
    expect(quotes.some((r) => r.some((c) => c.includes('przechowujemy przez 35 dni')))).toBe(true);
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
  it('durations in words with Polish plurals', () => {
    expect(formatDuration('P5W', 'en')).toBe('5 weeks');
    expect(formatDuration('P5W', 'pl')).toBe('5 tygodni');
    expect(formatDuration('P2W', 'pl')).toBe('2 tygodnie');
    expect(formatDuration('P1W', 'pl')).toBe('1 tydzień');
    expect(formatDuration('P22D', 'pl')).toBe('22 dni');
    expect(formatDuration('PT12H', 'pl')).toBe('12 godzin');
    expect(formatDuration('P1Y6M', 'en')).toBe('1 year 6 months');
    expect(formatDuration('soon', 'en')).toBeUndefined();
  });
  it('values by attribute', () => {
    expect(formatValue(true, 'pl')).toBe('Tak');
    expect(formatValue('NL', 'pl', 'hosting.location')).toBe('Holandia');
    expect(formatValue('NL', 'en', 'hosting.location')).toBe('Netherlands');
    expect(formatValue(99.95, 'pl', 'availability.sla')).toBe('99,95%');
    expect(formatValue('iso27001', 'en', 'cert.vendor')).toBe('ISO/IEC 27001');
    expect(formatValue('aws:eu-central-1', 'en', 'region')).toBe('AWS eu-central-1');
    expect(formatValue('not-actively-deleted', 'en', 'deletion.backup_purge')).toBe('not actively deleted');
  });
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
  it('claim diff when none is stored', () => {
    const d = diffClaims(kb.claims.filter((c) => c.documentId === a.id), kb.claims.filter((c) => c.documentId === b.id));
    expect(d.changed.map((c) => [c.attribute, c.old.value, c.new.value])).toEqual([['backup.retention', 'P14D', 'P5W']]);
    expect(d.removed.map((c) => c.attribute)).toEqual(['deletion.after_termination']);
    expect(d.added.map((c) => c.attribute).sort()).toEqual(['encryption.at_rest', 'encryption.tls.min_version']);
  });
});

describe('findings view, vendors, csv, paths', () => {
  it('counts every kind, sorts errors first', () => {
    const v = buildFindingsView(kb.findings, kb.documents);
    expect(v.kindCounts.length).toBeGreaterThanOrEqual(15);
    expect(v.kindCounts.find((k) => k.kind === 'ai-chat-residue')!.count).toBe(1);
    expect(v.rows[0]!.finding.severity).toBe('error');
    expect(v.langs).toEqual(['en']);
  });
  it('vendor summaries', () => {
    const s = vendorSummaries(kb);
    expect(s.map((v) => [v.id, v.documents.length])).toEqual([['acme-upkeep', 2], ['bolt-works', 1], ['cyrk-serwis', 2]]);
    expect(s[0]!.documents[0]!.id).toBe('acme-v2');
  });
  it('csv is RFC 4180 with a BOM', () => {
    expect(toCsv([['a', 'b,c'], ['"q"', 'ł\nx']])).toBe('\uFEFFa,"b,c"\r\n"""q""","ł\nx"\r\n');
  });
  it('paths and the language switch', () => {
    expect(href('pl', 'documents', 'x')).toBe('/pl/documents/x/');
    expect(switchLocale('/en/documents/x/', 'pl')).toBe('/pl/documents/x/');
    expect(switchLocale('/', 'pl')).toBe('/pl/');
  });
});
