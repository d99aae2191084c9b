/** Browser tests (run by tests/site/browser.test.ts): every view in both languages: addresses, language switch, CSP, vendor links and cards, Polish plurals, no build folder in any file. */
import { expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { browser, column, docs, open, pairs, problems, root, shot, site, visitAll } from './context.ts';

export function viewTests(): void {
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
      ...pairs.versions.slice(0, 1).map((p) => [`versions/?&${p.old}--${p.new}`, 'versions-pair']),
      ['alignment/', 'alignment'],
      ...pairs.translations.slice(0, 1).map((p) => [`alignment/?&${p.source}--${p.target}`, 'alignment-pair']),
      ['search/', 'search'],
      ['check/', 'check'],
      ...docs.map((d) => [`documents/${d.id}/`, `document-${d.id}`]),
    ];
    expect(pairs.versions.length + pairs.translations.length).toBeGreaterThan(0);
    // A document's page is one for both languages, shown in the one its address asks for; a pair's
    // page is one for every pair of its kind, the pair named after the language.
    // The findings list's pages likewise, one set for both languages.
    const isShared = (route: string): boolean => ['documents/', 'findings/', 'compare/', 'vendors/'].some((shared) => route.startsWith(shared));
    const at = (route: string, l: string): string => (isShared(route) ? `/${route}?${l}` : route.includes('?&') ? `/${route.replace('?', `?${l}`)}` : `/${l}/${route}`);
    const visits = new Map(['en', 'pl'].flatMap((locale) => views.map(([route, name]) => [at(route!, locale), { route: route!, name: name!, locale }] as const)));
    expect(visits.size).toBe(2 * views.length);
    await visitAll([...visits.keys()], async (page, address) => {
      const { route, name, locale } = visits.get(address)!;
      if (route.includes('?&')) await page.locator('table.side[data-loaded]').waitFor();
      expect(await page.getAttribute('html', 'lang'), address).toBe(locale);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), address).toContain("script-src 'self'");
      const other = locale === 'en' ? 'pl' : 'en';
      expect(await page.locator('a.lang').getAttribute('href'), address).toBe(at(route, other));
      expect(await page.locator('h1').count(), address).toBe(1);
      if (!name.startsWith('document-') || name.includes('zed') || name.includes('plantwise')) await shot(page, `${locale}-${name}`);
    });
    const rootPage = await open('/');
    await rootPage.waitForURL(/\/en\/$/);
    await rootPage.close();
    expect(problems).toEqual([]);
    // Some 50 pages, three tabs at a time: on a loaded 2-core machine more than the default minute.
  }, 240_000);

  it("leads vendor links to the vendor's card in the vendor list, with its questionnaires' answered/unanswered counts, and labels questionnaire evidence in the comparison", async () => {
    const q = docs.find((d) => d.id === 'nordhall-caiq')!;
    const page = await open(`/documents/${q.id}/?en`);
    await page.locator('dl.meta a').first().click();
    await page.waitForURL(new RegExp(`/vendors/(page/\\d+/)?\\?en#v-${q.vendor.id}$`));
    const card = page.locator(`#v-${q.vendor.id}`);
    expect(await card.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await card.isVisible()).toBe(true);
    expect((await card.locator(`[data-questionnaire="${q.id}"]`).textContent())?.replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^${q.title} \\(.+\\) · answered: 12 · unanswered: 1$`));
    await card.locator(`[data-questionnaire="${q.id}"] a`).click();
    await page.waitForURL(new RegExp(`/documents/${q.id}/\\?en$`));
    await page.close();
    const pl = await open(`/documents/${q.id}/?pl`);
    const link = (await pl.locator('dl.meta a').first().getAttribute('href'))!;
    expect(link).toMatch(new RegExp(`^/vendors/(page/\\d+/)?\\?pl#v-${q.vendor.id}$`));
    await pl.close();
    const plList = await open(link);
    expect(await plList.locator(`#v-${q.vendor.id} [data-questionnaire="${q.id}"]`).textContent()).toContain('bez odpowiedzi: 1');
    // One vendor list for both languages: its cards' words in Polish from the page's dictionary; English without scripts.
    const cardWords = (p: Page) => p.locator(`#v-${q.vendor.id} > p`).textContent();
    expect(await cardWords(plList)).toMatch(/^\d+ dokument(y|ów|u)? · \d+ deklaracj(a|e|i) · \d+ uwag(a|i)?$/);
    expect(await plList.title()).toMatch(/^Dostawcy( \(\d+\/\d+\))? · seckb$/);
    await plList.close();
    // Under /en/ and /pl/ only the old addresses' pages, which send the reader on: no second list.
    for (const l of ['en', 'pl']) expect(readFileSync(path.join(site.dist, l, 'vendors', 'index.html'), 'utf8')).not.toContain('vendor-list');
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(site.url + link);
    expect(await cardWords(plain)).toMatch(/^\d+ documents? · \d+ claims? · \d+ findings?$/);
    await plain.close();
    // Every vendor's link in the comparison's head leads to its card.
    const en = await open('/compare/?en');
    for (const a of await en.locator('#compare-table thead th[data-col] > a').all()) {
      // `/vendors/[page/<n>/]?en#v-<id>`: the list's page (one for both languages) and the card's anchor.
      const url = new URL((await a.getAttribute('href'))!, site.url);
      const [pathname, anchor] = [url.pathname, url.hash.slice(1)];
      expect(url.search).toBe('?en');
      const list = readFileSync(path.join(site.dist, pathname, 'index.html'), 'utf8');
      expect(list).toContain(`id="${anchor}"`);
    }
    await en.close();
    const compare = await open('/compare/?en');
    // The label is written with the quote, in the value's tooltip (fetched on focus).
    const values = compare.locator(`#compare-table tr[data-row] > td:nth-of-type(${await column(compare, q.vendor.id)}) li`);
    const labels = await values.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.label ?? ''));
    expect(labels).toContain('CAIQ SEF-07.1: Yes');
    const labelled = values.nth(labels.indexOf('CAIQ SEF-07.1: Yes'));
    await labelled.locator('a').focus();
    await expect.poll(async () => (await labelled.locator('.tip').textContent()) ?? '').toMatch(/^CAIQ SEF-07\.1: Yes “.+”/);
    await compare.close();
    expect(problems).toEqual([]);
  });

  it('sends the old addresses of the comparison and the vendor list (/en/compare/, /pl/vendors/page/<n>/) on to the same page in the same language, without scripts too', async () => {
    // Every page of the two lists now (one set for both languages), and the address it had under each language.
    const lists = ['compare', 'vendors'].flatMap((view) =>
      readdirSync(path.join(site.dist, view), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('index.html'))
        .map((f) => `/${view}/${path.dirname(f) === '.' ? '' : `${path.dirname(f)}/`}`),
    );
    expect(lists).toEqual(expect.arrayContaining(['/compare/', '/vendors/']));
    const plain = await browser.newPage({ javaScriptEnabled: false });
    for (const locale of ['en', 'pl']) {
      for (const to of lists) {
        const old = `/${locale}${to}`;
        const now = `${to}?${locale}`;
        const html = readFileSync(path.join(site.dist, old, 'index.html'), 'utf8');
        expect(html, old).toContain(`<link rel="canonical" href="${now}">`);
        expect(html, old).toMatch(new RegExp(`<a href="${now.replace(/\?/g, '\\?')}">[^<]+</a>`));
        expect(html, old).toContain(`<html lang="${locale}">`);
        expect((await plain.goto(site.url + old))?.status(), old).toBe(200);
        await plain.waitForURL(site.url + now);
      }
    }
    await plain.close();
    // With scripts, in Polish, an old vendor link's card too (a refresh alone drops it).
    const vendor = docs[0]!.vendor.id;
    const page = await open(`/pl/vendors/#v-${vendor}`);
    await page.waitForURL(`${site.url}/vendors/?pl#v-${vendor}`);
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    expect(await page.locator(`#v-${vendor}`).evaluate((el) => el.matches(':target'))).toBe(true);
    await shot(page, 'pl-vendors-from-old-address');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('keeps a list written in English hidden on ?pl until its words are Polish, and shows it as written on ?en, without scripts or when they fail', async () => {
    const state = (p: Page) => p.evaluate(() => [document.documentElement.className, getComputedStyle(document.body).visibility, document.querySelector('h1')?.textContent]);
    // The three lists at once, each in a page of its own.
    const lists = [['compare', 'Comparison', 'Porównanie'], ['vendors', 'Vendors', 'Dostawcy'], ['findings', 'Findings', 'Uwagi']];
    await Promise.all(
      lists.map(async ([list, en, pl]) => {
        // The page's scripts held back: what could be drawn before they say its words.
        const page = await browser.newPage();
        let release = (): void => undefined;
        const held = new Promise<void>((r) => (release = r));
        await page.route('**/_astro/*.js', async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(`${site.url}/${list}/?pl`, { waitUntil: 'commit' });
        await page.locator('footer').waitFor({ state: 'attached' });
        // The stylesheets block the first paint but not the parser: until they are in, computed
        // style says nothing of what will be drawn (a loaded machine read 'visible' here).
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet));
        expect(await state(page), list).toEqual(['saying', 'hidden', en]);
        release();
        await page.waitForLoadState('load');
        expect(await state(page), list).toEqual(['', 'visible', pl]);
        // Scripts that never come: shown as written once the page is parsed.
        await page.unroute('**/_astro/*.js');
        await page.route('**/_astro/*.js', (route) => route.abort());
        await page.goto(`${site.url}/${list}/?pl`);
        expect(await state(page), list).toEqual(['', 'visible', en]);
        // Asked for the language it is written in: never hidden.
        await page.unroute('**/_astro/*.js');
        await page.goto(`${site.url}/${list}/?en`);
        expect(await state(page), list).toEqual(['', 'visible', en]);
        await page.close();
        const plain = await browser.newPage({ javaScriptEnabled: false });
        await plain.goto(`${site.url}/${list}/?pl`);
        expect(await plain.locator('body').isVisible(), list).toBe(true);
        await plain.close();
      }),
    );
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
}
