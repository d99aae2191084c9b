/** Browser tests (run by tests/site/browser.test.ts): search as you type (what it fetches, how results are told apart) and the comparison: vendor toggles, differs markers, CSV export equal to `seckb compare`. */
import { expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { markDifferences } from '../../../src/site/differs.ts';
import { readSiteKb } from '../../../src/site/kb.ts';
import { buildComparison } from '../../../src/claims/compare.ts';
import { formatXlsx } from '../../../src/claims/reporters/xlsx.ts';
import { attributeLabel } from '../../../src/claims/reporters/cells.ts';
import { getT } from '../../../src/i18n/index.ts';
import { readXlsx } from '../../helpers/sheets.ts';
import { parseSearchFile } from '../../../src/search/site-passages.ts';
import { browser, column, downloadCsv, holdsMark, open, problems, root, shot, site } from './context.ts';
import { gunzipSync } from 'node:zlib';

export function searchAndCompareTests(): void {
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
    await page.locator('#q').fill('Frankfurt');
    await page.locator('#search-results a.result').first().waitFor({ timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    const shown = await page.locator('#search-results a.result').count();
    // The site stores the KB's search files gzip-compressed, `<name>.json.gz`.
    const all = readdirSync(path.join(site.kb, 'search')).map((f) => `${f}.gz`);
    expect(fetched.some((f) => f.startsWith('pl.'))).toBe(false);
    const termFiles = fetched.filter((f) => /^en\.t\d+\.json\.gz$/.test(f));
    expect(termFiles.length).toBeGreaterThan(0);
    expect(termFiles.length).toBeLessThan(all.filter((f) => /^en\.t\d+\.json\.gz$/.test(f)).length);
    const docFiles = new Set(fetched.filter((f) => /^en\.d\d+\.json\.gz$/.test(f)));
    expect(docFiles.size).toBeGreaterThan(0);
    expect(docFiles.size).toBeLessThanOrEqual(shown);
    expect(docFiles.size).toBeLessThan(all.filter((f) => /^en\.d\d+\.json\.gz$/.test(f)).length);
    // The search page's scripts do not carry the UI dictionaries (i18next and every locale string).
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
    expect(scripts.length).toBeGreaterThan(0);
    for (const js of scripts) expect(readFileSync(path.join(site.dist, js), 'utf8'), js).not.toContain('nav.compare');
    // Passage files hold offsets; the excerpts are cut from the shown results' document pages, each fetched once.
    const resultDocs = await page.locator('#search-results a.result').evaluateAll((as) => [...new Set(as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]!)))]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.sort()).toEqual(resultDocs.sort());
    for (const f of docFiles) expect((parseSearchFile(gunzipSync(readFileSync(path.join(site.dist, 'search', f))).toString('utf8')) as { units: unknown[][] }).units.every((u) => typeof u[2] === 'number')).toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("downloads each language's workbook from its comparison page: the CLI workbook in that language", async () => {
    const files = readdirSync(site.dist, { recursive: true }).map(String).filter((f) => f.endsWith('.xlsx')).sort();
    expect(files).toEqual(['en/comparison.xlsx', 'pl/comparison.xlsx']);
    const kb = readSiteKb(site.kb);
    const cmp = buildComparison(kb.documents, kb.claims);
    for (const locale of ['en', 'pl'] as const) {
      const page = await open(`/compare/?${locale}`);
      const download = page.waitForEvent('download');
      await page.locator('a.button[href$=".xlsx"]').click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('comparison.xlsx');
      expect(await readXlsx(readFileSync((await file.path())!))).toEqual(await readXlsx(await formatXlsx(cmp, locale)));
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('toggles vendors in the comparison and exports what is shown as CSV', async () => {
    // `seckb compare`'s CSV in each language, the last check's reference: run while the browser works.
    const cliCsv = Object.fromEntries(['en', 'pl'].map((locale) => [locale, promisify(execFile)(process.execPath, ['bin/seckb.js', 'compare', '--kb', site.kb, '--format', 'csv', '--locale', locale], { cwd: root, encoding: 'utf8' })]));
    for (const run of Object.values(cliCsv)) run.catch(() => undefined);
    const page = await open('/compare/?en');
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
    // A value links to its quote's highlight on its document's page, which holds the quote once:
    // the mark is there without scripts; with them, focus shows the quote fetched from that page.
    const links = await page.locator('#compare-table li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(10);
    expect(await page.locator('#compare-table .tip').count()).toBe(0);
    for (const href of new Set(links)) {
      const url = new URL(href);
      expect(url.hash, href).toMatch(/^#c\d+$/);
      const html = await (await page.request.get(url.origin + url.pathname)).text();
      const name = url.hash.slice(1);
      expect(holdsMark(html, name), href).toBe(true);
    }
    const value = page.locator('#compare-table td:visible li').first();
    await value.locator('a').focus();
    const tip = value.locator('.tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await value.locator('a').getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await expect.poll(() => tip.textContent()).toMatch(/“.+”/);
    const href = (await value.locator('a').getAttribute('href'))!;
    const doc = await open(href);
    await doc.locator('.doctext[data-loaded]').waitFor();
    // The document page gives the short name in the address its full id and shows that passage.
    const id = decodeURIComponent(new URL(doc.url()).hash.slice(3));
    const claim = (JSON.parse(readFileSync(path.join(site.kb, 'claims.json'), 'utf8')) as Array<{ id: string; quote: string }>).find((c) => c.id === id);
    expect(claim, doc.url()).toBeDefined();
    expect(await doc.locator(`[id="c-${id}"]`).evaluate((el) => el.classList.contains('is-target'))).toBe(true);
    const spaced = (x: string): string => x.replace(/\s+/g, ' ');
    expect(spaced((await tip.textContent())!)).toContain(`“${spaced(claim!.quote)}”`);
    await doc.close();
    // A risk marker's message is written once (for screen readers) and shown in the tooltip.
    const risky = page.locator('#compare-table td:visible li:has(.marker.risk)').first();
    const riskWords = (await risky.locator('.marker.risk .visually-hidden').textContent())!;
    expect(riskWords.length).toBeGreaterThan(10);
    expect(await page.content()).not.toContain(`title="${riskWords.replace(/^[^:]+: /, '')}`);
    await risky.locator('a').focus();
    await expect.poll(() => risky.locator('.tip .tip-risk').textContent()).toBe(riskWords);
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
      const p = await open(`/compare/?${locale}`);
      // Exit 0, or the promise rejects.
      expect(await downloadCsv(p)).toBe((await cliCsv[locale]!).stdout);
      await p.close();
    }
    expect(problems).toEqual([]);
  });

  it('writes the comparison once for both languages: Polish from its dictionaries, English without scripts', async () => {
    // Under /en/ and /pl/ only the old addresses' pages, which send the reader on: no second table.
    for (const l of ['en', 'pl']) expect(readFileSync(path.join(site.dist, l, 'compare', 'index.html'), 'utf8')).not.toContain('compare-table');
    const kb = readSiteKb(site.kb);
    // This KB's vendors fit on the first page: its rows are the whole comparison's.
    const rows = buildComparison(kb.documents, kb.claims).groups.flatMap((g) => g.rows);
    const heads = (p: Awaited<ReturnType<typeof open>>) => p.locator('#compare-table tr[data-row] > th').evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent ?? ''));
    const pl = await open('/compare/?pl');
    const t = getT('pl', 'site');
    expect(await pl.locator('h1').textContent()).toBe(t('compare.title'));
    expect(await pl.title()).toBe(`${t('compare.title')} · ${t('site.title')}`);
    expect(await heads(pl)).toEqual(rows.map((r) => attributeLabel(r.attribute, 'pl')));
    expect(await pl.locator('#coverage-table tbody td').first().textContent()).toMatch(/^(\d+ deklaracj(a|e|i)|nic nie mówi)$/);
    expect(await pl.locator('#compare-table .marker.conflict').evaluateAll((els) => els.map((e) => e.getAttribute('title')))).not.toContain(getT('en', 'site')('compare.marker.conflict'));
    // Its links ask for Polish: the document pages, the vendor cards, the pager, the workbook.
    const links = await pl.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.filter((h) => h.startsWith('/documents/') && !h.includes('?pl'))).toEqual([]);
    expect(links.filter((h) => h.startsWith('/en/'))).toEqual([]);
    expect(links).toContain('/pl/comparison.xlsx');
    await shot(pl, 'pl-compare');
    await pl.close();
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${site.url}/compare/?pl`);
    expect(await plain.locator('h1').textContent()).toBe(getT('en', 'site')('compare.title'));
    expect(await heads(plain)).toEqual(rows.map((r) => attributeLabel(r.attribute, 'en')));
    await plain.close();
    expect(problems).toEqual([]);
  });
}
