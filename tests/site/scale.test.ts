/**
 * What keeps the site's build linear at 2,000 documents (bench/site-build.ts measures it): the
 * one index of the KB, list pages, the comparison by pages of vendors, and the KB files written
 * into dist/ instead of one route each.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSiteKb } from '../../src/site/kb.ts';
import { findingsIn, indexKb } from '../../src/site/site-index.ts';
import { listPages, pageOf, pagerNumbers, pageUrl } from '../../src/site/pager.ts';
import { siteComparison } from '../../src/site/comparison-view.ts';
import { buildComparison } from '../../src/claims/compare.ts';
import { kbFileAt, writeKbFiles } from '../../src/site/kb-files.ts';
import { gunzipSync } from 'node:zlib';
import { alignmentWithTexts, siteAlignment, type SiteAlignment } from '../../src/site/site-alignment.ts';
import { exportAlignment } from '../../src/site/align-export.ts';
import { documentMarks, marksOf } from '../../src/site/marks.ts';
import { markNames } from '../../src/site/mark-names.ts';
import { restoreAnchors, restoreMarks } from '../../src/site/client/mark-ids.ts';
import { claimRows } from '../../src/site/document-data.ts';
import type { FindingRow } from '../../src/site/finding-data.ts';
import { renderBlocks, type Segment } from '../../src/site/highlight.ts';
import { parseHTML } from 'linkedom';
import type { Alignment } from '../../src/align/types.ts';
import { documentHtml, escapeHtml, segmentsHtml, textBoxHtml } from '../../src/site/document-html.ts';

const dir = path.resolve(import.meta.dirname, 'fixtures/kb');
const kb = readSiteKb(dir);
const site = indexKb(kb);

describe('site index: a lookup per page instead of a scan of the KB', () => {
  it("gives each document exactly the claims, findings and pairs a scan would", () => {
    for (const d of kb.documents) {
      expect(site.claimsOf(d.id)).toEqual(kb.claims.filter((c) => c.documentId === d.id));
      for (const locale of ['en', 'pl']) {
        const all = findingsIn(kb, locale);
        expect(site.findingsOf(locale, d.id)).toEqual(all.filter((f) => f.documentId === d.id));
        expect(site.pointingAt(locale, d.id)).toEqual(all.filter((f) => f.documentId !== d.id && (f.related ?? []).some((r) => r.documentId === d.id)));
      }
      expect(site.versionsOf(d.id)).toEqual(kb.pairs.versions.filter((p) => p.old === d.id || p.new === d.id));
      expect(site.translationsOf(d.id)).toEqual(kb.pairs.translations.filter((p) => p.source === d.id || p.target === d.id));
    }
    expect(site.claimsOf('no-such-document')).toEqual([]);
    expect(site.findings('pl')).toBe(site.findings('pl'));
  });

  it("a document's marks from its own findings and those pointing at it are the marks from all findings", () => {
    const related = kb.findings.find((f) => (f.related ?? []).some((r) => r.documentId !== f.documentId));
    expect(related, 'the fixture has a finding pointing into another document').toBeDefined();
    const label = { claim: () => '', finding: () => '' };
    for (const d of kb.documents) {
      const fromAll = documentMarks(d.id, kb.claims, kb.findings, label);
      const fromIndex = documentMarks(d.id, site.claimsOf(d.id), [...site.findingsOf('en', d.id), ...site.pointingAt('en', d.id)], label);
      const key = (m: { id: string; start: number; end: number }) => `${m.id}@${m.start}-${m.end}`;
      expect(fromIndex.map(key).sort()).toEqual(fromAll.map(key).sort());
    }
  });
});

describe('pages of long lists', () => {
  it('cuts a list into pages at page/<n>/, one page when empty', () => {
    const pages = listPages(['a', 'b', 'c', 'd', 'e'], 2, 'pl', { extra: 1 });
    expect(pages.map((p) => p.params)).toEqual([{ lang: 'pl', page: undefined }, { lang: 'pl', page: 'page/2' }, { lang: 'pl', page: 'page/3' }]);
    expect(pages.map((p) => p.props.page.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages[2]!.props).toMatchObject({ extra: 1, page: { current: 3, last: 3, start: 4, total: 5 } });
    expect(listPages([], 10, 'en', {}).map((p) => p.props.page)).toEqual([{ items: [], current: 1, last: 1, start: 0, total: 0 }]);
    expect(pageUrl('/en/findings/', 1)).toBe('/en/findings/');
    expect(pageUrl('/en/findings/', 4)).toBe('/en/findings/page/4/');
    expect([0, 99, 100, 250].map((i) => pageOf(i, 100))).toEqual([1, 1, 2, 3]);
  });

  it('links the first, the last and two pages either side of the current one', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(10, 40)).toEqual([1, 0, 8, 9, 10, 11, 12, 0, 40]);
    expect(pagerNumbers(40, 40)).toEqual([1, 0, 38, 39, 40]);
    expect(pagerNumbers(4, 40)).toEqual([1, 2, 3, 4, 5, 6, 0, 40]);
  });

  it("a comparison page over its vendors' documents is `seckb compare --vendors` of them", () => {
    const order = buildComparison(kb.documents, kb.claims).vendors.map((v) => v.id);
    for (const ids of [order.slice(0, 2), order.slice(2)]) {
      const docs = site.vendors.filter((v) => ids.includes(v.id)).flatMap((v) => v.documents);
      const page = siteComparison({ documents: docs, claims: docs.flatMap((d) => site.claimsOf(d.id)), findings: docs.flatMap((d) => site.findingsOf('en', d.id)) });
      expect(page.comparison).toEqual(buildComparison(kb.documents, kb.claims, { vendors: ids }));
      expect(page.comparison.vendors.map((v) => v.id)).toEqual(ids);
    }
  });
});

/** A file of dist/ stored gzip-compressed, as its text. */
const unzipped = (file: string): string => gunzipSync(readFileSync(file)).toString('utf8');

describe('KB files in dist/', () => {
  it('copies the search folder and writes each stored alignment once, as one line of the same record', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'seckb-kb-files-'));
    try {
      expect(writeKbFiles(dir, out)).toEqual({ search: true, alignments: 1 });
      // Each gzip-compressed (src/site/data-file.ts): `<name>.json.gz`.
      expect(readdirSync(path.join(out, 'search')).sort()).toEqual(kb.searchFiles.map((f) => `${f}.gz`).sort());
      expect(unzipped(path.join(out, 'search/en.json.gz'))).toBe(readFileSync(path.join(dir, 'search/en.json'), 'utf8'));
      // One file per pair: the page of each UI language and the TMX / XLIFF downloads are made from it.
      expect(readdirSync(path.join(out, 'alignment'))).toEqual(['cyrk-pl--cyrk-en.json.gz']);
      const served = unzipped(path.join(out, 'alignment/cyrk-pl--cyrk-en.json.gz'));
      expect(served).not.toContain('\n');
      const full = kb.alignments['cyrk-pl--cyrk-en']!;
      expect(JSON.parse(served)).toEqual(siteAlignment(full));
      // Offsets, not texts.
      expect(served.length).toBeLessThan(JSON.stringify(full).length / 2);
      expect(served).not.toContain(full.pairs.find((p) => p.source.text.length > 20)!.source.text);
      // The downloads made from it and the two texts in the browser are byte for byte those of the full record.
      const text = (id: string) => kb.documents.find((d) => d.id === id)!.text;
      const back = alignmentWithTexts(JSON.parse(served) as SiteAlignment, text(full.source.documentId), text(full.target.documentId));
      expect(back.pairs.map((p) => [p.source.text, p.target.text])).toEqual(full.pairs.map((p) => [p.source.text, p.target.text]));
      expect(back).toEqual(full);
      for (const format of ['tmx', 'xliff', 'xliff12'] as const) expect(exportAlignment(format, back)).toBe(exportAlignment(format, full));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    const empty = mkdtempSync(path.join(os.tmpdir(), 'seckb-kb-files-'));
    try {
      expect(writeKbFiles(path.join(empty, 'no-kb'), path.join(empty, 'dist'))).toEqual({ search: false, alignments: 0 });
      expect(existsSync(path.join(empty, 'dist'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('writes a flag with its kind\'s usual detail as the kind alone, and gives every flag back whole', () => {
    const span = (start: number, end: number, text: string) => ({ start, end, text });
    const flags = [
      [{ kind: 'missing-in-target', detail: 'no counterpart in the target' }],
      [{ kind: 'missing-in-source', detail: 'another detail' }],
      [{ kind: 'weak-match', detail: 'score 0.21: few shared terms' }, { kind: 'missing-in-source', detail: 'no counterpart in the source' }],
      [],
    ];
    const a = { source: { documentId: 'a', file: 'a.md', lang: 'en' }, target: { documentId: 'b', file: 'b.md', lang: 'pl' }, pairs: flags.map((f, i) => ({ source: span(i, i + 1, 'x'), target: span(i, i + 1, 'y'), score: 0.5, flags: f })) } as unknown as Alignment;
    const site = siteAlignment(a);
    expect(site.marked).toEqual([[0, ['missing-in-target']], [1, [flags[1]![0]]], [2, [flags[2]![0], 'missing-in-source']]]);
    expect(alignmentWithTexts(site, 'xxxx', 'yyyy').pairs.map((p) => p.flags)).toEqual(flags);
  });

  it('gives back the whole record: spans as packed offsets, drift items, odd scores and passages that are not slices', () => {
    const src = 'Alpha one.\n\nBeta two.\n\nGamma three.';
    const tgt = 'Alfa jeden.\n\nGamma trzy.';
    const at = (text: string, piece: string) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length, text: piece });
    const empty = (n: number) => ({ start: n, end: n, text: '' });
    const drift = { id: 'section-dropped-12', kind: 'section-dropped', detail: '1 passage', source: at(src, 'Beta two.'), target: empty(13), passages: 1 };
    const a = {
      source: { documentId: 'a', file: 'a.md', lang: 'en' },
      target: { documentId: 'b', file: 'b.md', lang: 'pl' },
      pairs: [
        { source: at(src, 'Alpha one.'), target: at(tgt, 'Alfa jeden.'), score: 0.912, flags: [] },
        { source: at(src, 'Beta two.'), target: empty(13), score: 0, flags: [{ kind: 'missing-in-target', detail: 'no counterpart in the target' }], drift: drift.id },
        // A text the aligner normalized (not a slice of the document).
        { source: at(src, 'Gamma three.'), target: { ...at(tgt, 'Gamma trzy.'), text: 'Gamma  trzy.' }, score: 0.5, flags: [] },
      ],
      drift: [drift],
    } as unknown as Alignment;
    const site = siteAlignment(a);
    expect(typeof site.spans).toBe('string');
    expect(site.texts).toEqual({ '2t': 'Gamma  trzy.' });
    expect(site.drift![0]!.source).toEqual([12, 21]);
    expect(alignmentWithTexts(JSON.parse(JSON.stringify(site)) as SiteAlignment, src, tgt)).toEqual(a);
    const odd = { ...a, pairs: a.pairs.map((p, i) => ({ ...p, score: i ? p.score : 0.9123 })) };
    expect(siteAlignment(odd).scores).toEqual([0.9123, 0, 0.5]);
    expect(alignmentWithTexts(siteAlignment(odd), src, tgt)).toEqual(odd);
  });

  it('serves the same files to the dev server, and nothing outside them', () => {
    const search = kbFileAt(dir, '/search/en.json.gz')!;
    expect([gunzipSync(search.body).toString('utf8'), search.type]).toEqual([readFileSync(path.join(dir, 'search/en.json'), 'utf8'), 'application/gzip']);
    expect(JSON.parse(gunzipSync(kbFileAt(dir, '/alignment/cyrk-pl--cyrk-en.json.gz')!.body).toString('utf8'))).toEqual(siteAlignment(kb.alignments['cyrk-pl--cyrk-en']!));
    for (const p of ['/search/../manifest.json.gz', '/search/missing.json.gz', '/search/en.json', '/alignment/nope--none.json.gz', '/alignment/cyrk-pl--cyrk-en.json', '/alignment/cyrk-pl--cyrk-en.tmx', '/en/']) expect(kbFileAt(dir, p), p).toBeUndefined();
  });
});

describe('remembered translations', () => {
  it('gives what i18next gives, per key and options, and never mixes two calls up', async () => {
    const { getT } = await import('../../src/i18n/index.ts');
    const i18next = (await import('i18next')).default;
    const { resources } = await import('../../src/i18n/index.ts');
    const plain = i18next.createInstance();
    void plain.init({ resources, lng: 'pl', fallbackLng: 'en', ns: ['site'], defaultNS: 'site', keySeparator: false, nsSeparator: ':', interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false });
    const raw = plain.getFixedT('pl', 'site');
    const t = getT('pl', 'site');
    expect(getT('pl', 'site')).toBe(t);
    for (const n of [1, 2, 5, 22, 1, 5]) expect(t('document', { count: n })).toBe(raw('document', { count: n }));
    expect(t('no.such.key', { defaultValue: 'x' })).toBe('x');
    expect(t('no.such.key', { defaultValue: 'y' })).toBe('y');
    expect(t('pager.of', { page: 1, last: '1' })).toBe(raw('pager.of', { page: 1, last: '1' }));
    expect(t('pager.of', { page: '1', last: 1 })).toBe(raw('pager.of', { page: '1', last: 1 }));
    // Options that are not plain values are passed through, not remembered by identity.
    expect(t('pager.of', { page: { toString: () => '7' }, last: 9 } as never)).toBe(raw('pager.of', { page: { toString: () => '7' }, last: 9 } as never));
    expect(getT('en', 'site')('document', { count: 5 })).toBe('5 documents');
  });
});

describe('document text as one escaped string', () => {
  const label = { claim: (c: { attribute: string }) => `claim ${c.attribute} "q"`, finding: (f: { kind: string }) => `finding ${f.kind}` };
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

  it('holds every block text once, in order, and every mark anchor once (the further ones of a mark once the page restores them)', () => {
    for (const doc of kb.documents) {
      const marks = documentMarks(doc.id, kb.claims, kb.findings, label);
      const html = documentHtml(doc, marks);
      const text = unescape(html.replace(/<[^>]*>/g, ''));
      const blocks = doc.blocks.map((b) => doc.text.slice(b.start, b.end));
      expect(text.replace(/\s+/g, '')).toBe(blocks.join('').replace(/\s+/g, ''));
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      restoreAnchors(document.body);
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const m of marks) expect(ids, `${doc.id}: ${m.id}`).toContain(m.id);
      for (const s of doc.sections) if (doc.blocks.some((b) => b.type === 'heading' && b.start === s.start)) expect(ids).toContain(s.id);
    }
  });

  it('escapes markup from the document and its title; the text carries no UI language', () => {
    const doc = kb.documents.find((d) => d.id === 'bolt-en')!;
    const marks = documentMarks(doc.id, kb.claims, kb.findings, label);
    const html = documentHtml(doc, marks);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<(img|script)\b/);
    // A mark that is only its own claim names it once, by its id.
    expect(html).toMatch(/<mark id="c-[^"]+">/);
    expect(html).not.toMatch(/<mark id="(c-[^"]+)" data-m="\1">/);
    // Labels in another language change nothing in the text: both UI languages share one copy.
    expect(documentHtml(doc, documentMarks(doc.id, kb.claims, kb.findings, { claim: () => 'x', finding: () => 'y' }))).toBe(html);
    expect(html).not.toContain('title=');
    expect(textBoxHtml('en" onclick="x', html)).toBe(`<div class="doctext" lang="en&quot; onclick=&quot;x">${html}</div>`);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('marks overlapping claims and findings with the ids of both, by their short names when given', () => {
    const segments: Segment[] = [
      { start: 0, end: 3, text: 'ab<', marks: [{ id: 'c-1', kind: 'claim', start: 0, end: 3, title: 'x' }, { id: 'f-1', kind: 'finding', start: 0, end: 3, tone: 'error', title: 'y' }], anchors: [{ id: 'c-1', kind: 'claim', start: 0, end: 3 }, { id: 'f-1', kind: 'finding', start: 0, end: 3 }] },
      { start: 3, end: 4, text: '.', marks: [], anchors: [] },
    ];
    const html = segmentsHtml(segments);
    // The second anchor (f-1 starts here too) is left to the page's script (restoreAnchors).
    expect(html).toBe('<mark id="c-1" data-m="c-1 f-1">ab&lt;</mark>.');
    const names = new Map([['c-1', 'c0'], ['f-1', 'f0']]);
    expect(segmentsHtml(segments, (id) => names.get(id) ?? id)).toBe('<mark id="c0" data-m="c0 f0">ab&lt;</mark>.');
    const { document } = parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`);
    restoreAnchors(document.body);
    expect(document.body.innerHTML).toBe('<p><span id="f-1"></span><mark id="c-1" data-m="c-1 f-1">ab&lt;</mark>.</p>');
  });

  it('puts every anchor of every document back where the segments have it, once', () => {
    for (const doc of kb.documents) {
      const marks = documentMarks(doc.id, kb.claims, kb.findings, { claim: () => '', finding: () => '' });
      const want = renderBlocks(doc, marks).flatMap((b) => (b.cells?.flat() ?? b.segments).flatMap((s) => [...s.anchors.slice(1), ...s.anchors.slice(0, 1)].map((a) => a.id)));
      const { document } = parseHTML(`<!doctype html><html><body>${documentHtml(doc, marks)}</body></html>`);
      restoreAnchors(document.body);
      expect([...document.querySelectorAll('mark[id], span[id]')].map((e) => e.id), doc.id).toEqual(want);
    }
  });

  it("gives a text page's marks short names that the document page turns back into full ids and classes", () => {
    for (const doc of kb.documents) {
      const claims = claimRows(site.claimsOf(doc.id), doc.language);
      const own = site.findingsOf('en', doc.id).map((f) => f.id);
      const at = site.pointingAt('en', doc.id).map((f) => f.id);
      const names = markNames(claims.map((c) => c[0]), own, at);
      const marks = marksOf(site, doc.id, 'en');
      const short = documentHtml(doc, marks, (id) => names.get(id) ?? id);
      for (const m of marks) expect(names.has(m.id), m.id).toBe(true);
      expect(short).not.toMatch(/ (id|data-m)="[^"]*[cfr]-/);
      const { document } = parseHTML(`<!doctype html><html><body>${short}</body></html>`);
      const findings = { own: [...site.findingsOf('en', doc.id)].map((f) => [f.id, f.severity, f.kind, [f.message]] as FindingRow), at: site.pointingAt('en', doc.id).map((f) => [f.id, f.severity, f.kind, [f.message]] as FindingRow) };
      restoreMarks(document as unknown as Document, claims, findings);
      const { document: whole } = parseHTML(`<!doctype html><html><body>${documentHtml(doc, marks)}</body></html>`);
      restoreAnchors(whole.body);
      const ids = (d: { querySelectorAll: (s: string) => Iterable<Element> }) => [...d.querySelectorAll('mark, span[id]')].map((e) => [e.tagName, e.id, e.getAttribute('data-m')]);
      expect(ids(document)).toEqual(ids(whole));
      for (const mark of document.querySelectorAll('mark')) {
        const covering = (mark.getAttribute('data-m') ?? mark.id).split(' ');
        const want = covering.map((id) => (id.startsWith('c-') ? 'claim' : `finding-${[...findings.own, ...findings.at].find((f) => f[0] === id.slice(2))![1]}`));
        expect([...mark.classList].sort()).toEqual([...new Set(want)].sort());
      }
    }
  });
});
