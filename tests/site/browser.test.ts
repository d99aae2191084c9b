/**
 * The built site in Chromium (playwright-core, Debian's /usr/bin/chromium): every view in both
 * languages, Polish plurals, search, vendor toggles, CSV export, the draft checker, XSS as text,
 * CSP and no third-party requests. Builds a KB from content/sources (+ one XSS document) and the
 * site into tests/output/site/, and saves screenshots to tests/output/screenshots/.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serve } from './serve.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { parseSearchFile } from '../../src/search/site-passages.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { exportAlignment } from '../../src/site/align-export.ts';
import { markDifferences } from '../../src/site/differs.ts';
import { buildVersionRows } from '../../src/site/versions.ts';
import { escapeHtml } from '../../src/site/document-html.ts';
import { formatDate } from '../../src/site/format.ts';
import { describeDrift } from '../../src/align/describe.ts';
import { getT } from '../../src/i18n/index.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import type { Alignment } from '../../src/align/types.ts';
import { byComparisonOrder, claimAttribute, claimLabel as claimLabelOf, claimQualifiers, claimValue } from '../../src/site/claim-text.ts';
import type { Locale } from '../../src/i18n/index.ts';
import type { Claim } from '../../src/claims/types.ts';

const CHROMIUM = '/usr/bin/chromium';
const PAGE_SIZE = 20;
const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'tests/output/site');
const shots = path.join(root, 'tests/output/screenshots');
const have = existsSync(CHROMIUM);

if (!have && process.env.CI === 'true') {
  describe('site in the browser', () => {
    it('needs chromium under CI', () => {
      throw new Error(`${CHROMIUM} missing: CI=true requires it (apt-get install chromium)`);
    });
  });
}

const XSS_DOC = `---
title: Zed Systems security <script>alert("title")</script>
vendor: Zed Systems
language: en
---

# Zed Systems security overview

Data is hosted in Ireland on Microsoft Azure. Backups are kept for 30 days.

Our markup test: <img src=x onerror=alert(1)> and <script>alert(2)</script> must show as text.
`;

interface Built {
  url: string;
  close: () => Promise<void>;
  kb: string;
  dist: string;
}

function buildSite(): { dist: string; kb: string } {
  rmSync(out, { recursive: true, force: true });
  const extra = path.join(out, 'extra');
  mkdirSync(extra, { recursive: true });
  writeFileSync(path.join(extra, 'zed-security.md'), XSS_DOC);
  const kb = path.join(out, 'kb');
  const ingest = spawnSync(process.execPath, ['bin/seckb.js', 'ingest', 'content/sources', extra, '--out', kb], { cwd: root, encoding: 'utf8' });
  if (ingest.status !== 0 && ingest.status !== 1) throw new Error(`ingest failed (${ingest.status}): ${ingest.stderr}`);
  const dist = path.join(out, 'dist');
  execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    cwd: root,
    // Lists of 20 rows, so this small KB's findings take several pages (src/site/pager.ts).
    env: { ...process.env, SECKB_KB: kb, SECKB_SITE_OUT: dist, SECKB_SITE_PAGE_SIZE: String(PAGE_SIZE), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return { dist, kb };
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

(have ? describe : describe.skip)(have ? 'site in the browser' : `site in the browser (skipped: ${CHROMIUM} not installed)`, () => {
  let site: Built;
  let browser: Browser;
  const problems: string[] = [];
  let docs: Array<{ id: string; vendor: { id: string }; title: string; language: string; text: string }> = [];
  let pairs: { versions: Array<{ old: string; new: string }>; translations: Array<{ source: string; target: string }> };

  beforeAll(async () => {
    const { dist, kb } = buildSite();
    const served = await serve(dist);
    site = { ...served, kb, dist };
    docs = readdirSync(path.join(kb, 'documents')).sort().map((f) => JSON.parse(readFileSync(path.join(kb, 'documents', f), 'utf8')));
    pairs = JSON.parse(readFileSync(path.join(kb, 'pairs.json'), 'utf8'));
    mkdirSync(shots, { recursive: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  beforeEach(() => {
    problems.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(pathname: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (e) => problems.push(`${pathname}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${pathname}: console: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`${pathname}: dialog fired: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`${pathname}: third-party request ${r.url()}`);
    });
    const res = await page.goto(site.url + pathname);
    expect(res?.status(), pathname).toBe(200);
    return page;
  }

  async function downloadCsv(page: Page): Promise<string> {
    const download = page.waitForEvent('download');
    await page.locator('#export-csv').click();
    return readFileSync((await (await download).path())!, 'utf8');
  }

  /** The 1-based place of a vendor's column among the comparison's body cells (a cell's column is its place in its row). */
  const column = async (page: Page, vendorId: string): Promise<number> =>
    1 + (await page.locator('#compare-table thead th[data-col]').evaluateAll((ths, id) => ths.findIndex((th) => (th as HTMLElement).dataset.col === id), vendorId));

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

  it('no page or asset holds the folder the site was built in (sources are shown relative)', () => {
    const files = readdirSync(site.dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(html|json|js|css|xml|txt|tmx|xlf|csv)$/.test(e.name));
    expect(files.length).toBeGreaterThan(10);
    for (const e of files) expect(readFileSync(path.join(e.parentPath, e.name), 'utf8').includes(root), `${e.name} holds ${root}`).toBe(false);
    expect(docs.find((d) => d.id.startsWith('zed'))).toMatchObject({ source: 'extra/zed-security.md' });
  });

  it('opens every view in both languages, with lang, language switch, CSP and no errors', async () => {
    const views = [
      ['', 'home'],
      ['compare/', 'compare'],
      ['vendors/', 'vendors'],
      ['findings/', 'findings'],
      ['findings/page/2/', 'findings-page-2'],
      ['versions/', 'versions'],
      ...pairs.versions.slice(0, 1).map((p) => [`versions/${p.old}--${p.new}/`, 'versions-pair']),
      ['alignment/', 'alignment'],
      ...pairs.translations.slice(0, 1).map((p) => [`alignment/${p.source}--${p.target}/`, 'alignment-pair']),
      ['search/', 'search'],
      ['check/', 'check'],
      ...docs.map((d) => [`documents/${d.id}/`, `document-${d.id}`]),
    ];
    expect(pairs.versions.length + pairs.translations.length).toBeGreaterThan(0);
    for (const locale of ['en', 'pl']) {
      for (const [route, name] of views) {
        // A document's page and a version pair's are one for both languages, shown in the one their address asks for.
        const shared = /^(documents|versions|alignment)\/./.test(route);
        const pathname = shared ? `/${route}?${locale}` : `/${locale}/${route}`;
        const page = await open(pathname);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
        const other = locale === 'en' ? 'pl' : 'en';
        expect(await page.locator('a.lang').getAttribute('href')).toBe(shared ? `/${route}?${other}` : `/${other}/${route}`);
        expect(await page.locator('h1').count()).toBe(1);
        if (!name.startsWith('document-') || name.includes('zed') || name.includes('plantwise')) await shot(page, `${locale}-${name}`);
        await page.close();
      }
    }
    const rootPage = await open('/');
    await rootPage.waitForURL(/\/en\/$/);
    await rootPage.close();
    expect(problems).toEqual([]);
    // Some 100 pages, each loaded in a fresh tab: on a loaded 2-core machine more than the default minute.
  }, 240_000);

  it("leads vendor links to the vendor's card in the vendor list, with its questionnaires' answered/unanswered counts, and labels questionnaire evidence in the comparison", async () => {
    const q = docs.find((d) => d.id === 'nordhall-caiq')!;
    const page = await open(`/documents/${q.id}/?en`);
    await page.locator('dl.meta a').first().click();
    await page.waitForURL(new RegExp(`/en/vendors/(page/\\d+/)?#v-${q.vendor.id}$`));
    const card = page.locator(`#v-${q.vendor.id}`);
    expect(await card.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await card.isVisible()).toBe(true);
    expect((await card.locator(`[data-questionnaire="${q.id}"]`).textContent())?.replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^${q.title} \\(.+\\) · answered: 12 · unanswered: 1$`));
    await card.locator(`[data-questionnaire="${q.id}"] a`).click();
    await page.waitForURL(new RegExp(`/documents/${q.id}/\\?en$`));
    await page.close();
    const pl = await open(`/documents/${q.id}/?pl`);
    const link = (await pl.locator('dl.meta a').first().getAttribute('href'))!;
    expect(link).toMatch(new RegExp(`^/pl/vendors/(page/\\d+/)?#v-${q.vendor.id}$`));
    await pl.close();
    const plList = await open(link);
    expect(await plList.locator(`#v-${q.vendor.id} [data-questionnaire="${q.id}"]`).textContent()).toContain('bez odpowiedzi: 1');
    await plList.close();
    // Every vendor's link in the comparison's head leads to its card.
    const en = await open('/en/compare/');
    for (const a of await en.locator('#compare-table thead th[data-col] > a').all()) {
      const [pathname, anchor] = (await a.getAttribute('href'))!.split('#');
      const list = readFileSync(path.join(site.dist, pathname!, 'index.html'), 'utf8');
      expect(list).toContain(`id="${anchor}"`);
    }
    await en.close();
    const compare = await open('/en/compare/');
    const labels = await compare.locator(`#compare-table tr[data-row] > td:nth-of-type(${await column(compare, q.vendor.id)}) .evidence-label`).allTextContents();
    expect(labels.map((l) => l.trim())).toContain('CAIQ SEF-07.1: Yes');
    await compare.close();
    expect(problems).toEqual([]);
  });

  it('writes Polish plurals right', async () => {
    const pl = JSON.parse(readFileSync(path.join(root, 'locales/pl/site.json'), 'utf8')) as Record<string, string>;
    const page = await open('/pl/');
    const items = await page.locator('#stats li').allTextContents();
    expect(items).toHaveLength(4);
    const rules = new Intl.PluralRules('pl');
    for (const [item, key] of items.map((s, i) => [s, ['vendor', 'document', 'claim', 'finding'][i]!] as const)) {
      const n = Number(/^\d+/.exec(item)![0]);
      expect(item).toBe(pl[`${key}_${rules.select(n)}`]!.replace('{{count}}', String(n)));
    }
    expect(items[1]).toMatch(/^\d+ dokument(y|ów)?$/);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('searches a Polish and an English word as you type, by keyboard', async () => {
    const page = await open('/pl/search/');
    await page.locator('#q').pressSequentially('kopie zapasowe', { delay: 10 });
    await page.locator('#search-results a.result').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ wynik(i|ów)?$/);
    await page.locator('#q').press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('result');
    await shot(page, 'pl-search-results');
    await page.close();
    const en = await open('/en/search/');
    await en.locator('#q').fill('encryption');
    await en.locator('#search-results a.result').first().waitFor({ timeout: 10_000 });
    expect(await en.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await en.locator('#search-results mark').count()).toBeGreaterThan(0);
    await shot(en, 'en-search-results');
    await en.close();
    expect(problems).toEqual([]);
  });

  it('two versions of a paper with one title are told apart in the results by their file names', async () => {
    const page = await open('/en/search/');
    await page.locator('#q').fill('backup retention');
    await page.locator('#search-results a.result').first().waitFor({ timeout: 10_000 });
    const headings = await page.locator('#search-results > li > h2').allTextContents();
    expect(headings.length).toBeGreaterThan(2);
    expect(new Set(headings).size).toBe(headings.length);
    await page.close();
  });

  it('search fetches only what a query needs: no other language, only the shown results\' documents', async () => {
    const page = await open('/en/search/');
    const fetched: string[] = [];
    const texts: string[] = [];
    page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (p.startsWith('/search/')) fetched.push(p.slice('/search/'.length));
      if (p.startsWith('/documents/')) texts.push(decodeURIComponent(p.split('/')[2]!));
    });
    await page.locator('#search-lang').selectOption('en');
    // A glued table cell ("...FrankfurtData...") is found by its first part and marks only it.
    await page.locator('#q').fill('Frankfurt');
    await page.locator('#search-results a.result').first().waitFor({ timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    const shown = await page.locator('#search-results a.result').count();
    const all = readdirSync(path.join(site.kb, 'search'));
    expect(fetched.some((f) => f.startsWith('pl.'))).toBe(false);
    const termFiles = fetched.filter((f) => /^en\.t\d+\.json$/.test(f));
    expect(termFiles.length).toBeGreaterThan(0);
    expect(termFiles.length).toBeLessThan(all.filter((f) => /^en\.t\d+\.json$/.test(f)).length);
    const docFiles = new Set(fetched.filter((f) => /^en\.d\d+\.json$/.test(f)));
    expect(docFiles.size).toBeGreaterThan(0);
    expect(docFiles.size).toBeLessThanOrEqual(shown);
    expect(docFiles.size).toBeLessThan(all.filter((f) => /^en\.d\d+\.json$/.test(f)).length);
    // The search page's scripts do not carry the UI dictionaries (i18next and every locale string).
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
    expect(scripts.length).toBeGreaterThan(0);
    for (const js of scripts) expect(readFileSync(path.join(site.dist, js), 'utf8'), js).not.toContain('nav.compare');
    // Passage files hold offsets; the excerpts are cut from the shown results' document pages, each fetched once.
    const resultDocs = await page.locator('#search-results a.result').evaluateAll((as) => [...new Set(as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]!)))]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.sort()).toEqual(resultDocs.sort());
    for (const f of docFiles) expect((parseSearchFile(readFileSync(path.join(site.dist, 'search', f), 'utf8')) as { units: unknown[][] }).units.every((u) => typeof u[2] === 'number')).toBe(true);
    const glued = page.locator('#search-results a.result', { hasText: 'FrankfurtData' });
    expect(await glued.count()).toBe(1);
    expect(await glued.locator('mark').allTextContents()).toEqual(['Frankfurt']);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('toggles vendors in the comparison and exports what is shown as CSV', async () => {
    const page = await open('/en/compare/');
    const boxes = page.locator('input[name="vendor"]');
    const n = await boxes.count();
    expect(n).toBeGreaterThan(2);
    const visibleHeads = () => page.locator('#compare-table thead th[data-col]:visible').count();
    expect(await visibleHeads()).toBe(n);
    const first = await boxes.first().getAttribute('value');
    await boxes.first().uncheck();
    expect(await visibleHeads()).toBe(n - 1);
    expect(await page.locator(`#compare-table tr[data-row] > td:nth-of-type(${await column(page, first!)}):visible`).count()).toBe(0);
    const csv = await downloadCsv(page);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // Group, attribute, qualifiers, then the shown vendors.
    const header = csv.slice(1).split('\r\n')[0]!.split(',');
    expect(header).toHaveLength(3 + n - 1);
    // The quote shows on focus; each value link is described by its own quote.
    const described = await page.locator('#compare-table .val a[aria-describedby]').evaluateAll((as) =>
      as.map((a) => [document.querySelectorAll(`[id="${a.getAttribute('aria-describedby')}"]`).length, a.parentElement!.querySelector('.tip')!.id === a.getAttribute('aria-describedby')]),
    );
    expect(described.length).toBeGreaterThan(10);
    expect(described.every(([count, own]) => count === 1 && own)).toBe(true);
    await page.locator('#compare-table td:visible .val a').first().focus();
    expect(await page.locator('#compare-table td:visible .val:focus-within .tip').isVisible()).toBe(true);
    await shot(page, 'en-compare-toggled');
    // "Differs" markers follow the vendors shown (the page holds only those shown at first).
    const markers = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#compare-table tr[data-row]')].map((tr) =>
          [...tr.querySelectorAll<HTMLElement>(':scope > td')].filter((td) => td.offsetParent !== null).map((td): [string, boolean] => [td.dataset.k ?? '', td.classList.contains('differs') && getComputedStyle(td, '::after').content === '"≠"']),
        ),
      );
    const consistent = async () => {
      for (const row of await markers()) expect(row.map(([, on]) => on)).toEqual(markDifferences(row.map(([k]) => k)).cells);
    };
    await consistent();
    await page.locator('[data-pick="none"]').click();
    await boxes.nth(1).check();
    await boxes.nth(2).check();
    await consistent();
    await page.locator('[data-pick="all"]').click();
    expect(await visibleHeads()).toBe(n);
    await consistent();
    await page.close();
    // All columns shown: the site's table is `seckb compare`'s table, cell for cell, in both languages.
    for (const locale of ['en', 'pl']) {
      const p = await open(`/${locale}/compare/`);
      const cli = spawnSync(process.execPath, ['bin/seckb.js', 'compare', '--kb', site.kb, '--format', 'csv', '--locale', locale], { cwd: root, encoding: 'utf8' });
      expect(cli.status).toBe(0);
      expect(await downloadCsv(p)).toBe(cli.stdout);
      await p.close();
    }
    expect(problems).toEqual([]);
  });

  it('runs the draft checker in the browser: documentFindings, messages in the page language', async () => {
    const page = await open('/pl/check/');
    await page.locator('#draft').fill('Backups are encrypted.\n\nChatGPT said:\nHere is a polished version of your section.');
    await page.locator('#run-check').click();
    await page.locator('#check-findings tbody tr').first().waitFor({ timeout: 10_000 });
    const kinds = await page.locator('#check-findings tbody td:nth-child(2)').allTextContents();
    expect(kinds).toContain('Pozostałości z czatu AI');
    expect(await page.locator('#check-status').textContent()).toMatch(/^\d+ uw(aga|agi|ag)$/);
    expect(await page.locator('#check-text mark').count()).toBeGreaterThan(0);
    const expected = documentFindings(documentFromText(await page.locator('#draft').inputValue(), { format: 'md', source: 'draft.md' }), { locale: 'pl' });
    expect(await page.locator('#check-findings tbody td:nth-child(3)').allTextContents()).toEqual(
      [...expected].sort((a, b) => a.start - b.start || a.end - b.end).map((f) => f.message),
    );
    await shot(page, 'pl-check');
    await page.close();
    expect(problems.filter((p) => !p.includes('dialog'))).toEqual([]);
  });

  it('checks a dropped .docx: rule findings and risk flags, as seckb check', async () => {
    const { Document, Packer, Paragraph, HeadingLevel } = await import('docx');
    const paragraphs = ['All connections use TLS 1.0 or later.', 'Contact us at [Insert company address] for details.'];
    const docx = new Document({
      sections: [{ children: [new Paragraph({ text: 'Security overview', heading: HeadingLevel.HEADING_1 }), ...paragraphs.map((p) => new Paragraph(p))] }],
    });
    const file = path.join(out, 'draft.docx');
    writeFileSync(file, await Packer.toBuffer(docx));
    for (const [locale, kind] of [['en', 'Risk'], ['pl', 'Ryzyko']] as const) {
      const page = await open(`/${locale}/check/`);
      await page.locator('#draft-file').setInputFiles(file);
      await page.locator('#check-findings tbody tr').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('#draft').inputValue()).toContain('[Insert company address]');
      const rules = documentFindings(documentFromText(await page.locator('#draft').inputValue(), { format: 'txt', source: 'draft.txt' }), { locale });
      expect(rules.map((f) => f.kind)).toEqual(expect.arrayContaining(['risk', 'placeholder']));
      const messages = await page.locator('#check-findings tbody td:nth-child(3)').allTextContents();
      expect([...messages].sort()).toEqual(rules.map((f) => f.message).sort());
      expect(await page.locator('#check-findings tbody td:nth-child(2)').allTextContents()).toContain(kind);
      if (locale === 'en') await shot(page, 'en-check-docx');
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  /** Every row of the findings pages, following the pager's "next" link from the first page. */
  async function findingPages(locale: string): Promise<Array<{ page: number; id: string; message: string; kind: string }>> {
    const rows: Array<{ page: number; id: string; message: string; kind: string }> = [];
    let next: string | null = `/${locale}/findings/`;
    for (let n = 1; next && n <= 50; n++) {
      const page = await open(next);
      const found = await page.locator('#finding-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ id: tr.id.slice(2), kind: tr.getAttribute('data-kind')!, message: tr.querySelector('td:nth-child(4)')!.textContent! })),
      );
      rows.push(...found.map((r) => ({ ...r, page: n })));
      const nextLink = page.locator('#pager-bottom a[rel="next"]');
      next = (await nextLink.count()) ? await nextLink.getAttribute('href') : null;
      await page.close();
    }
    return rows;
  }

  it('pages the findings: each finding once, by kind, kind links to its first page, messages in the page language', async () => {
    const findings = JSON.parse(readFileSync(path.join(site.kb, 'findings.json'), 'utf8')) as Array<{ id: string; message: string; kind: string }>;
    const pl = JSON.parse(readFileSync(path.join(site.kb, 'messages/pl.json'), 'utf8')) as Record<string, string>;
    expect(findings.length).toBeGreaterThan(2 * PAGE_SIZE);
    for (const locale of ['pl', 'en'] as const) {
      const rows = await findingPages(locale);
      expect(rows.map((r) => r.id).sort()).toEqual(findings.map((f) => f.id).sort());
      expect(Math.max(...rows.map((r) => r.page))).toBe(Math.ceil(findings.length / PAGE_SIZE));
      expect(rows.slice(0, PAGE_SIZE).every((r) => r.page === 1)).toBe(true);
      // Kinds stand in runs: a kind never comes back after another one started.
      const runs = rows.map((r) => r.kind).filter((k, i, all) => i === 0 || all[i - 1] !== k);
      expect(new Set(runs).size).toBe(runs.length);
      const byId = new Map(findings.map((f) => [f.id, f]));
      for (const r of rows) expect(r.message).toBe(locale === 'pl' && pl[r.id] ? pl[r.id] : byId.get(r.id)!.message);
      expect(rows.some((r) => pl[r.id] && pl[r.id] !== byId.get(r.id)!.message)).toBe(true);
      // The kind list links each kind to the page where its run starts.
      const last = rows.at(-1)!;
      const first = await open(`/${locale}/findings/`);
      const link = first.locator(`#kind-counts li[data-kind="${last.kind}"] a`);
      const firstPage = rows.find((r) => r.kind === last.kind)!.page;
      expect(await link.getAttribute('href')).toBe(firstPage === 1 ? `/${locale}/findings/` : `/${locale}/findings/page/${firstPage}/`);
      await first.close();
    }
    const page2 = await open('/pl/findings/page/2/');
    expect(await page2.locator('#pager-top [aria-current="page"]').textContent()).toBe('2');
    expect(await page2.locator('a.lang').getAttribute('href')).toBe('/en/findings/page/2/');
    await shot(page2, 'pl-findings-page-2');
    // The filters: a severity shows its rows only (read off their first cell), and as many as the page has.
    const severity = (await page2.locator('select[name="severity"] option').nth(1).getAttribute('value'))!;
    const all = await page2.locator('#finding-table tbody td.sev').evaluateAll((tds) => tds.map((td) => td.className));
    await page2.locator('select[name="severity"]').selectOption(severity);
    const shown = await page2.locator('#finding-table tbody tr:visible td.sev').evaluateAll((tds) => tds.map((td) => td.className));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(all.filter((c) => c === `sev sev-${severity}`));
    await page2.close();
    expect(problems).toEqual([]);
  });

  it('works at phone width (375 px): no page-wide horizontal scroll, sticky header row and first column', async () => {
    const doc = docs.find((d) => d.id.startsWith('zed'))!;
    const routes = ['', 'compare/', 'vendors/', 'findings/', 'versions/', 'alignment/', 'search/', 'check/', `documents/${doc.id}/`];
    for (const p of pairs.versions.slice(0, 1)) routes.push(`versions/${p.old}--${p.new}/`);
    for (const p of pairs.translations.slice(0, 1)) routes.push(`alignment/${p.source}--${p.target}/`);
    for (const locale of ['en', 'pl']) {
      for (const route of routes) {
        const pathname = /^(documents|versions|alignment)\/./.test(route) ? `/${route}?${locale}` : `/${locale}/${route}`;
        const page = await open(pathname, 375);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${pathname} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        if (route === 'findings/' && locale === 'pl') await shot(page, 'pl-findings-phone');
        await page.close();
      }
    }
    const page = await open('/pl/compare/', 375);
    const scroller = page.locator('.scroller').first();
    const box = (await scroller.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(375);
    const wide = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(wide).toBe(true);
    const firstCell = page.locator('#compare-table tbody th[scope="row"]').first();
    const lastHead = page.locator('#compare-table thead th[data-col]').last();
    const headBefore = (await lastHead.boundingBox())!;
    await scroller.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      el.scrollTop = 400;
    });
    // The first column stays at the wrapper's left edge, the header row at its top edge.
    expect(Math.abs((await firstCell.boundingBox())!.x - box.x)).toBeLessThanOrEqual(2);
    const headAfter = (await lastHead.boundingBox())!;
    expect(headAfter.x).toBeLessThan(headBefore.x);
    expect(Math.abs(headAfter.y - box.y)).toBeLessThanOrEqual(2);
    const cornerAfter = (await page.locator('#compare-table thead th').first().boundingBox())!;
    expect(Math.abs(cornerAfter.x - box.x) + Math.abs(cornerAfter.y - box.y)).toBeLessThanOrEqual(4);
    await shot(page, 'pl-compare-phone-scrolled');
    await scroller.evaluate((el) => {
      el.scrollLeft = 0;
      el.scrollTop = 0;
    });
    await shot(page, 'pl-compare-phone');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('shows evidence on a tap at phone width: a comparison quote before the link, what a mark in the text means', async () => {
    const phone = async (pathname: string): Promise<Page> => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
      page.on('pageerror', (e) => problems.push(`${pathname}: ${e.message}`));
      expect((await page.goto(site.url + pathname))?.status(), pathname).toBe(200);
      return page;
    };
    const compare = await phone('/en/compare/');
    expect(await compare.evaluate(() => window.matchMedia('(hover: none)').matches)).toBe(true);
    const value = compare.locator('#compare-table .val').first();
    await expect.poll(() => value.locator('.tip').isVisible()).toBe(false);
    await value.locator('a').tap();
    expect(await value.locator('.tip').isVisible()).toBe(true);
    expect(new URL(compare.url()).pathname).toBe('/en/compare/');
    await value.locator('a').tap();
    await compare.waitForURL(/\/documents\/[^/]+\/\?en#/);
    await compare.close();

    const doc = docs.find((d) => d.id.startsWith('zed'))!;
    const text = await phone(`/documents/${doc.id}/?en`);
    await text.locator('.doctext[data-loaded]').waitFor();
    const mark = text.locator('.doctext mark[title]').first();
    const title = (await mark.getAttribute('title'))!;
    expect(title.length).toBeGreaterThan(0);
    await mark.tap();
    const tip = text.locator('.tap-tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(title);
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(375);
    await shot(text, 'en-document-phone-tap');
    await text.locator('h1').tap();
    expect(await tip.count()).toBe(0);
    await text.close();
    expect(problems).toEqual([]);
  });

  it('is usable by keyboard with a visible focus, and markers meet AA contrast', async () => {
    const page = await open('/en/compare/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    expect(await page.locator('.skip').isVisible()).toBe(true);
    const focusStyle = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), tag: document.activeElement!.tagName };
      });
    // Tab to the first value link of the table: every stop shows an outline.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      const f = await focusStyle();
      expect(f.style, `focus ${i} on ${f.tag}`).not.toBe('none');
      expect(f.width).toBeGreaterThanOrEqual(2);
      reached = await page.evaluate(() => !!document.activeElement?.closest('#compare-table .val'));
    }
    expect(reached).toBe(true);
    expect(await page.locator('#compare-table .val:focus-within .tip').isVisible()).toBe(true);
    await shot(page, 'en-compare-keyboard');
    // WCAG AA: 4.5:1 for the markers and tinted cells (text on its own or its cell's background).
    const ratios = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const bg = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: Array<[string, number]> = [];
      for (const sel of ['.marker.risk', '.marker.differs', '.marker.conflict', 'td.differs', 'td.zero', '.missing', '.qual', '.detail', '.muted']) {
        const el = document.querySelector(sel);
        if (!el) continue;
        const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(bg(el))];
        out.push([sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]);
      }
      return out;
    });
    expect(ratios.map(([s]) => s)).toEqual(expect.arrayContaining(['.marker.risk', '.marker.differs', '.missing']));
    for (const [sel, r] of ratios) expect(r, sel).toBeGreaterThanOrEqual(4.5);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("holds each document's text once: in its one page for both languages, shown in either with titles and quotes", async () => {
    const doc = docs.find((d) => d.id.startsWith('zed'))!;
    // A sentence no claim or finding quotes: the comparison and findings pages quote only evidence.
    const sentence = 'Our markup test:';
    const html = readdirSync(site.dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
    const holding = html.filter((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8').includes(sentence)).map((e) => path.relative(site.dist, path.join(e.parentPath, e.name)));
    expect(holding).toEqual([`documents/${doc.id}/index.html`]);
    expect(existsSync(path.join(site.dist, 'en', 'documents'))).toBe(false);
    // The page carries no claim rows: they are drawn from its data.
    expect(readFileSync(path.join(site.dist, 'documents', doc.id, 'index.html'), 'utf8')).not.toMatch(/<tr data-m="c-/);
    const claims = (JSON.parse(readFileSync(path.join(site.kb, 'claims.json'), 'utf8')) as Claim[]).filter((c) => c.documentId === doc.id);
    expect(claims.length).toBeGreaterThan(0);
    for (const locale of ['en', 'pl']) {
      const page = await open(`/documents/${doc.id}/?${locale}`);
      await page.locator('.doctext[data-loaded]').waitFor();
      expect(await page.locator('.doctext').textContent()).toContain(sentence);
      // The contents list the text's headings, each a link to its heading.
      const toc = await page.locator('#doc-toc li a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
      const headings = await page.locator('.doctext :is(h2, h3, h4, h5, h6)[id]').evaluateAll((hs) => hs.map((h) => [`#${h.id}`, h.textContent]));
      expect(toc).toEqual(headings);
      expect(toc.length).toBeGreaterThan(0);
      // The claims table is drawn from the page's data in the language asked for, in the comparison's order.
      const fromKb = [...claims].sort(byComparisonOrder);
      expect(await page.locator('table.claims tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.m))).toEqual(fromKb.map((c) => `c-${c.id}`));
      for (const c of fromKb) {
        const row = page.locator(`table.claims tr[data-m="c-${c.id}"]`);
        expect((await row.locator('th').textContent())!.trim()).toBe(claimAttribute(c, locale as Locale));
        const qualifiers = claimQualifiers(c, locale as Locale);
        expect((await row.locator('td').first().textContent())!.trim()).toBe(`${claimValue(c, locale as Locale)}${qualifiers ? ` (${qualifiers})` : ''}`);
      }
      // Each claim's quote is written from its marks, as the KB has it; its mark's title is the row's words.
      for (const c of claims) {
        const row = page.locator(`table.claims tr[data-m="c-${c.id}"]`);
        expect(await row.locator('[data-quote] a').textContent()).toBe(`“${c.quote}”`);
        expect(await row.locator('[data-quote] a').getAttribute('href')).toBe(`#c-${c.id}`);
        const attribute = (await row.locator('th').textContent())!.trim();
        expect(await page.locator(`.doctext mark[data-m~="c-${c.id}"]`).first().getAttribute('title')).toContain(`${attribute}: `);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it("shows a document's one page in the language its address asks for, as a page written in it would be", async () => {
    // An English document with another version, shown in Polish; a Polish document, shown in English.
    const en = docs.find((d) => d.language === 'en' && pairs.versions.some((p) => p.old === d.id || p.new === d.id))!;
    const pl = docs.find((d) => d.language === 'pl')!;
    for (const [doc, locale] of [[en, 'pl'], [pl, 'en']] as const) {
      const ui = JSON.parse(readFileSync(path.join(root, `locales/${locale}/site.json`), 'utf8')) as Record<string, string>;
      const page = await open(`/documents/${doc.id}/?${locale}`);
      await page.locator('.doctext[data-loaded]').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      // The bar, skip link and footer; every link into a language's pages leads to this one's.
      expect(await page.locator('header.top nav a').allTextContents()).toEqual(['compare', 'vendors', 'findings', 'versions', 'alignment', 'search', 'check'].map((k) => ui[`nav.${k}`]));
      expect(await page.locator('a.skip').textContent()).toBe(ui.skip);
      expect(await page.locator('footer.foot').textContent()).toBe(ui['footer.text']);
      const other = locale === 'en' ? 'pl' : 'en';
      expect(await page.locator(`a[href^="/${other}/"]`).count()).toBe(0);
      expect(await page.locator('a.lang').textContent()).toBe(ui['lang.switch']);
      // Labels, the document's language, dates and other versions' notes in the language asked for.
      const labels = await page.locator('[data-t]').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.t, e.textContent]));
      expect(labels.length).toBeGreaterThan(10);
      for (const [key, text] of labels) if (ui[key!] !== undefined) expect(text, key).toBe(ui[key!]);
      expect(await page.locator('dd[data-language]').textContent()).toBe(locale === 'pl' ? 'angielski' : 'Polish');
      const { date } = doc as unknown as SeckbDocument;
      if (date) expect(await page.locator('dl.meta time').textContent()).toBe(formatDate(date, locale));
      if (doc === en) expect(await page.locator('dl.meta [data-note]').first().textContent()).not.toMatch(/\bversion\b|January|February|March|April|May|June|July|August|September|October|November|December/);
      expect(await page.locator('table.claims th').first().textContent()).toBe(ui['doc.attribute']);
      await page.locator('a.lang').click();
      await page.waitForURL(new RegExp(`/documents/${doc.id}/\\?${other}$`));
      expect(await page.getAttribute('html', 'lang')).toBe(other);
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it("gives back every document's exact text from its page in Chromium (search excerpts and alignments are offsets into it)", async () => {
    const page = await open('/en/');
    for (const doc of docs) {
      // The join of src/site/text-layout.ts over the browser's own parse of the page.
      const text = await page.evaluate(async (id) => {
        const html = await (await fetch(`/documents/${encodeURIComponent(id)}/`)).text();
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        const layout = JSON.parse(parsed.getElementById('text-layout')!.textContent!) as { gaps: Array<[number, string]> } | { text: string };
        if ('text' in layout) return layout.text;
        const gaps = new Map(layout.gaps);
        const pieces = [...parsed.querySelectorAll('.doctext > :is(p, h2, h3, h4, h5, h6, pre, blockquote), .doctext > ul > li, .doctext > table > tbody > tr > :is(td, th)')].map((el) => el.textContent ?? '');
        return pieces.map((p, i) => (gaps.get(i) ?? '\n\n') + p).join('') + (gaps.get(pieces.length) ?? '\n\n');
      }, doc.id);
      expect(text, doc.id).toBe(doc.text);
    }
    expect(docs.length).toBeGreaterThan(5);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("draws a document's findings and titles their marks in the language asked for from its page's data, another document's finding pointing into it too", async () => {
    type F = { id: string; documentId: string; kind: string; message: string; related?: Array<{ documentId: string }> };
    const findings = JSON.parse(readFileSync(path.join(site.kb, 'findings.json'), 'utf8')) as F[];
    const messagesPl = JSON.parse(readFileSync(path.join(site.kb, 'messages/pl.json'), 'utf8')) as Record<string, string>;
    // A document with findings of its own and a finding of another document pointing into it.
    const related = findings.find((f) => (f.related ?? []).some((r) => r.documentId !== f.documentId))!;
    const target = related.related!.find((r) => r.documentId !== related.documentId)!.documentId;
    const own = findings.filter((f) => f.documentId === target);
    expect(own.length).toBeGreaterThan(0);
    for (const locale of ['en', 'pl'] as const) {
      const ui = JSON.parse(readFileSync(path.join(root, `locales/${locale}/site.json`), 'utf8')) as Record<string, string>;
      const label = (f: F) => `${ui[`kind.${f.kind}`] ?? f.kind}: ${locale === 'pl' ? (messagesPl[f.id] ?? f.message) : f.message}`.replace(/\s+/g, ' ').trim();
      // The page carries no rendered finding messages: they are drawn from its data block.
      const html = readFileSync(path.join(site.dist, 'documents', target, 'index.html'), 'utf8').replace(/<script type="application\/json"[\s\S]*?<\/script>/g, '');
      for (const f of [...own, related]) {
        const message = locale === 'pl' ? (messagesPl[f.id] ?? f.message) : f.message;
        for (const form of [message, escapeHtml(message)]) expect(html).not.toContain(form);
      }
      const page = await open(`/documents/${target}/?${locale}`);
      await page.locator('.doctext[data-loaded]').waitFor();
      // The table: one row per finding, in the KB's order, kind and message in the page's language, the excerpt a link to its mark.
      expect(await page.locator('table.findings tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.m))).toEqual(own.map((f) => `f-${f.id}`));
      for (const f of own) {
        const row = page.locator(`table.findings tr[data-m="f-${f.id}"]`);
        const [kind, message] = label(f).split(': ');
        expect((await row.locator('td').nth(1).textContent())!.trim()).toBe(kind);
        expect(await row.locator('td').nth(2).textContent()).toContain(message!.slice(0, 20));
        expect(await row.locator('td.excerpt a').getAttribute('href')).toBe(`#f-${f.id}`);
        const words = (x: string | null) => (x ?? '').replace(/\s+/g, ' ').trim();
        expect(words(await row.locator('td.excerpt a').textContent())).toBe(words((f as F & { excerpt: string }).excerpt));
      }
      for (const f of own) expect(await page.locator(`.doctext mark[data-m~="f-${f.id}"]`).first().getAttribute('title'), f.id).toContain(label(f));
      expect(await page.locator(`.doctext mark[data-m~="r-${related.id}"]`).first().getAttribute('title')).toContain(label(related));
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it("without scripts, a document page shows its text in the document's language and says where its statements and findings are listed", async () => {
    // An English and a Polish document: each page is written in its document's language, whatever the address asks.
    for (const doc of [docs.find((d) => d.id.startsWith('zed'))!, docs.find((d) => d.language === 'pl')!]) {
      const locale = doc.language;
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${site.url}/documents/${doc.id}/?${locale === 'en' ? 'pl' : 'en'}`);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.locator('.doctext p').first().isVisible()).toBe(true);
      expect((await page.locator('.doctext').textContent())!.replace(/\s+/g, ' ')).toContain(doc.text.slice(doc.text.lastIndexOf('\n') + 1).replace(/\s+/g, ' ').trim().slice(0, 40));
      expect(await page.locator('dl.meta dt').first().textContent()).toBe(locale === 'en' ? 'Vendor' : 'Dostawca');
      expect(await page.locator('table.claims tbody tr').count()).toBe(0);
      expect(await page.locator('table.claims').isVisible()).toBe(false);
      const note = page.locator('noscript p').filter({ hasText: locale === 'en' ? 'Without scripts' : 'Bez skryptów' });
      expect(await note.count()).toBe(1);
      expect(await note.textContent()).toMatch(/\. \S/);
      expect(await note.locator('a').first().getAttribute('href')).toBe(`/${locale}/compare/`);
      if (locale === 'pl') await shot(page, 'pl-document-noscript');
      await page.close();
    }
    // A document with findings links to the row of the first of them in the findings list.
    const findings = JSON.parse(readFileSync(path.join(site.kb, 'findings.json'), 'utf8')) as Array<{ id: string; documentId: string }>;
    const first = findings.find((f) => docs.some((d) => d.id === f.documentId))!;
    const locale = docs.find((d) => d.id === first.documentId)!.language === 'pl' ? 'pl' : 'en';
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/documents/${first.documentId}/`);
    expect(await page.locator('table.findings').isVisible()).toBe(false);
    const link = (await page.locator('noscript p a[href*="/findings/"]').getAttribute('href'))!;
    expect(link).toMatch(new RegExp(`^/${locale}/findings/(page/\\d+/)?#f-${first.id}$`));
    await page.goto(site.url + link);
    expect(await page.locator(`#finding-table tr[id="f-${first.id}"]`).count()).toBe(1);
    await page.close();
  });

  it('an evidence link from the comparison lands on its passage in the loaded text', async () => {
    for (const locale of ['en', 'pl']) {
      const compare = await open(`/${locale}/compare/`);
      const link = (await compare.locator('#compare-table .val a').first().getAttribute('href'))!;
      await compare.close();
      const m = new RegExp(`^/documents/([^/]+)/\\?${locale}#(c-.+)$`).exec(link);
      expect(m, link).not.toBeNull();
      const page = await open(link);
      await page.locator('.doctext[data-loaded]').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      const target = page.locator(`.doctext #${m![2]}`);
      expect(await target.evaluate((el) => el.tagName)).toBe('MARK');
      expect(await target.evaluate((el) => el.classList.contains('is-target'))).toBe(true);
      expect(await target.isVisible()).toBe(true);
      const box = (await target.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(-1);
      expect(box.y).toBeLessThan(900);
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it("shows two versions side by side from their one file of offsets and the two document pages, in both languages", async () => {
    const p = pairs.versions[0]!;
    const key = `${p.old}--${p.new}`;
    const doc = (id: string) => docs.find((d) => d.id === id)! as unknown as SeckbDocument;
    const rows = buildVersionRows(doc(p.old), doc(p.new));
    expect(rows.length).toBeGreaterThan(0);
    // The shared file holds offsets, not the texts.
    const shared = readFileSync(path.join(site.dist, 'versions', `${key}.json`), 'utf8');
    const sentence = rows.flatMap((r) => r.newSentences).find((s) => s.text.length > 30)!.text;
    expect(shared).not.toContain(sentence);
    for (const locale of ['en', 'pl']) {
      // The page itself, one for both languages, holds only the table's head and links to the two document pages.
      const own = readFileSync(path.join(site.dist, 'versions', key, 'index.html'), 'utf8');
      expect(existsSync(path.join(site.dist, locale, 'versions', key))).toBe(false);
      expect((own.slice(own.indexOf('id="version-text"')).match(/<tr[ >]/g) ?? []).length).toBe(2);
      expect(own).toContain(`href="/documents/${p.old}/?`);
      const page = await open(`/versions/${key}/?${locale}`);
      await page.locator('#version-text[data-loaded]').waitFor();
      expect(await page.locator('#version-text tbody tr').count()).toBe(rows.length);
      expect(await page.locator('#version-text tbody tr.flagged').count()).toBe(rows.filter((r) => r.changed).length);
      // Each side's sentences as the KB's texts have them, removed ones struck through, added ones underlined.
      const cells = await page.locator('#version-text tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll('span, del, ins')].map((el) => `${el.tagName}:${el.textContent}`))),
      );
      expect(cells).toEqual(rows.map((r) => [r.oldSentences.map((s) => `${s.state === 'removed' ? 'DEL' : 'SPAN'}:${s.text}`), r.newSentences.map((s) => `${s.state === 'added' ? 'INS' : 'SPAN'}:${s.text}`)]));
      expect(await page.locator('#version-text thead th').first().textContent()).toBe(locale === 'en' ? 'Older version' : 'Starsza wersja');
      // The statements that changed: drawn from the pair's file and the two document pages, as the KB's diff has them.
      const diff = JSON.parse(readFileSync(path.join(site.kb, 'diffs', `${key}.json`), 'utf8')) as { added: Claim[]; removed: Claim[]; changed: Array<{ old: Claim; new: Claim }> };
      const want = [
        ...diff.added.map((c) => [locale === 'en' ? 'Added' : 'Dodane', claimLabelOf(c, locale as Locale), '—', `${claimValue(c, locale as Locale)} “${c.quote}”`]),
        ...diff.removed.map((c) => [locale === 'en' ? 'Removed' : 'Usunięte', claimLabelOf(c, locale as Locale), `${claimValue(c, locale as Locale)} “${c.quote}”`, '—']),
        ...diff.changed.map((c) => [locale === 'en' ? 'Changed' : 'Zmienione', claimLabelOf(c.old, locale as Locale), `${claimValue(c.old, locale as Locale)} “${c.old.quote}”`, `${claimValue(c.new, locale as Locale)} “${c.new.quote}”`]),
      ];
      expect(want.length).toBeGreaterThan(0);
      expect(await page.locator('#claim-diff tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)))).toEqual(want);
      const first = [...diff.changed.map((c) => c.new), ...diff.added][0]!;
      expect(await page.locator('#claim-diff tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(`/documents/${first.documentId}/?${locale}#c-${first.id}`);
      // Its words in the language asked for: counts, headings, the two links, the title.
      const ui = JSON.parse(readFileSync(path.join(root, `locales/${locale}/site.json`), 'utf8')) as Record<string, string>;
      expect(await page.locator('#diff-counts li span').allTextContents()).toEqual(['added', 'removed', 'changed'].map((k) => ui[`versions.${k}`]));
      expect(await page.locator('.lead a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('?')[1]))).toEqual([locale, locale]);
      expect(await page.title()).toContain(`: ${ui['versions.title']} · `);
      expect(own).not.toContain(`“${first.quote}”`);
      if (locale === 'pl') await shot(page, 'pl-versions-side-by-side');
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('shows an alignment from its one file in both languages, and downloads it as seckb align does', async () => {
    const p = pairs.translations[0]!;
    const key = `${p.source}--${p.target}`;
    const alignment = JSON.parse(readFileSync(path.join(site.kb, 'alignments', `${key}.json`), 'utf8')) as Alignment;
    // The pair's one file and its one page for both languages.
    expect(readdirSync(path.join(site.dist, 'alignment')).sort()).toEqual([key, `${key}.json`]);
    for (const locale of ['en', 'pl']) {
      expect(existsSync(path.join(site.dist, locale, 'alignment', key))).toBe(false);
      const page = await open(`/alignment/${key}/?${locale}`);
      await page.locator('#alignment-table[data-loaded]').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      const ui = JSON.parse(readFileSync(path.join(root, `locales/${locale}/site.json`), 'utf8')) as Record<string, string>;
      const labels = await page.locator('[data-t]').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.t, e.textContent]));
      expect(labels.filter(([key]) => ui[key!] !== undefined).length).toBeGreaterThan(5);
      for (const [key, text] of labels) if (ui[key!] !== undefined) expect(text, key).toBe(ui[key!]);
      expect(await page.title()).toContain(`: ${ui['alignment.title']} · `);
      // The drift list in the language shown, as the CLI's words for it.
      const drift = (alignment.drift ?? []).map((d) => describeDrift(d, getT(locale as Locale, 'align')));
      expect(await page.locator('#alignment-drift li').evaluateAll((lis) => lis.map((li) => [li.querySelector('strong')!.textContent, li.querySelector('span')!.textContent]))).toEqual(drift.map((d) => [d.title, d.detail]));
      if (drift.length) expect(await page.locator('#drift-title').textContent()).toBe(getT(locale as Locale, 'align')('drift.title'));
      const rows = page.locator('#alignment-table tbody tr[id^="pair-"]');
      expect(await rows.count()).toBe(alignment.pairs.length);
      const i = alignment.pairs.findIndex((x) => x.source.text && x.target.text);
      expect(await rows.nth(i).locator('td').first().textContent()).toBe(alignment.pairs[i]!.source.text);
      expect(await rows.nth(i).locator('.detail').textContent()).toContain(locale === 'en' ? 'Score: ' : 'Wynik: ');
      const flagged = alignment.pairs.filter((x) => x.flags.length).length;
      expect(await page.locator('#alignment-table tr.flagged').count()).toBe(flagged);
      // A drift group's heading row is worded as its item of the drift list.
      const items = await page.locator('#alignment-drift li').evaluateAll((lis) => lis.map((li) => `${li.querySelector('strong')!.textContent}: ${li.querySelector('span')!.textContent}`));
      expect(await page.locator('#alignment-table tr.drift-group th').count()).toBe(new Set(alignment.pairs.map((x) => x.drift).filter(Boolean)).size);
      for (const g of await page.locator('#alignment-table tr.drift-group th').allTextContents()) expect(items).toContain(g);
      for (const [format, ext] of [['tmx', 'tmx'], ['xliff', 'xliff'], ['xliff12', 'xlf']] as const) {
        const download = page.waitForEvent('download');
        await page.locator(`button[data-export="${format}"]`).click();
        const file = await download;
        expect(file.suggestedFilename()).toBe(`${key}.${ext}`);
        expect(readFileSync((await file.path())!, 'utf8')).toBe(exportAlignment(format, alignment));
      }
      if (locale === 'pl') await shot(page, 'pl-alignment-loaded');
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('shows an XSS payload in a document as text', async () => {
    const doc = docs.find((d) => d.id.startsWith('zed'))!;
    const page = await open(`/documents/${doc.id}/?en`);
    await page.locator('.doctext[data-loaded]').waitFor();
    const text = await page.locator('.doctext').textContent();
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<script>alert(2)</script>');
    expect(await page.locator('h1').textContent()).toContain('<script>alert("title")</script>');
    expect(await page.locator('main img, main script:not([src^="/_astro/"]):not([type="application/json"])').count()).toBe(0);
    await page.waitForTimeout(200);
    await page.close();
    expect(problems.filter((p) => p.includes('dialog'))).toEqual([]);
  });
});
