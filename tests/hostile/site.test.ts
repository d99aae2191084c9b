/**
 * Hostile TEXT reaching the site: markup, scripts and `javascript:` links in vendor documents,
 * their file names, vendor names and titles (front matter, sidecars), questionnaire cells, claim
 * quotes and finding excerpts. The site is built from a KB of such documents only and every page
 * is opened in Chromium (playwright-core, as tests/site): no injected script may run (each payload
 * would open a dialog or set a global) and no injected element may appear; the search results and
 * the draft checker (both rendered in the browser) are driven with the payloads too.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../site/serve.ts';
import { projectRoot } from '../helpers/seeds.ts';

const CHROMIUM = '/usr/bin/chromium';
const have = existsSync(CHROMIUM);
const out = path.join(projectRoot, 'tests/output/hostile-site');

if (!have && process.env.CI === 'true') {
  describe('hostile text on the site', () => {
    it('needs chromium under CI', () => {
      throw new Error(`${CHROMIUM} missing: CI=true requires it (apt-get install chromium)`);
    });
  });
}

/** Each payload, if it ran, would open a dialog or set window.pwned; if parsed as markup, leave an element marked data-pwned. */
const P = {
  img: '<img src=x onerror="window.pwned=1;alert(1)" data-pwned>',
  script: '<script>window.pwned=2;alert(2)</script>',
  closeScript: '</script><script>window.pwned=3;alert(3)</script>',
  svg: '<svg onload="window.pwned=4;alert(4)" data-pwned></svg>',
  iframe: '<iframe srcdoc="<script>parent.pwned=5</script>" data-pwned></iframe>',
  attr: '" onmouseover="window.pwned=6" data-pwned="',
  template: '{{constructor.constructor(\'window.pwned=7\')()}} ${window.pwned=8}',
  js: 'javascript:window.pwned=9;alert(9)',
};
const ALL = Object.values(P).join(' ');

const DOCS: Record<string, string> = {
  // Vendor name and title from front matter, a markdown link and raw HTML with javascript: links, a claim quote carrying markup.
  'hostile-paper.md': `---
title: Security overview ${P.script} ${P.img}
vendor: Evil ${P.svg} Corp
language: en
---

# Security overview ${P.img}

Backups are kept for 30 days ${P.img} in Ireland.

All data is encrypted at rest with AES-256 ${P.closeScript}.

See [our policy](${P.js}) and <a href="${P.js}">this link</a> and <a href="x" onclick="window.pwned=10">that one</a>.

${P.iframe} ${P.attr} ${P.template}

ChatGPT said: ${P.svg} here is your text.

[Insert company name ${P.img}]
`,
  // The vendor name from a sidecar, a newer version of the same paper.
  'hostile-paper-v2.md': `# Security overview

Backups are kept for 35 days ${P.script} in Ireland.

All data is encrypted at rest with AES-256.

TODO: ${P.img} check this.
`,
  // A questionnaire whose cells carry markup.
  'hostile-questionnaire.csv': `Question ID,Question,Answer,Comment
BCR-01.1,"Are backups kept for 30 days ${P.img}?",Yes,"${P.script.replace(/"/g, '""')} kept in Ireland"
EKM-02.1,"Is data encrypted at rest ${P.svg.replace(/"/g, '""')}?","Yes ${P.closeScript.replace(/"/g, '""')}","AES-256 ${P.attr.replace(/"/g, '""')}"
`,
  // A saved web page with scripts and handlers.
  'hostile-page.html': `<!doctype html><html><head><title>Trust ${'&lt;'}img src=x onerror=alert(11)${'&gt;'}</title><script>window.pwned=12</script></head>
<body onload="window.pwned=13"><main><h1>Trust centre <img src=x onerror="window.pwned=14"></h1>
<p>Backups are kept for 30 days and encrypted with AES-256. Data is hosted in Ireland.</p>
<p><a href="${P.js}">Read more</a> <span onmouseover="window.pwned=15">hover</span> &lt;script&gt;window.pwned=16&lt;/script&gt;</p>
<script>window.pwned=17</script></main></body></html>
`,
  // Markup in the file name itself.
  [`name ${P.img.replace(/"/g, "'")}.md`]: `# Name test\n\nBackups are kept for 30 days.\n`,
};

(have ? describe : describe.skip)(have ? 'hostile text on the site' : `hostile text on the site (skipped: ${CHROMIUM} not installed)`, () => {
  let site: { url: string; close: () => Promise<void> };
  let dist: string;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    const src = path.join(out, 'sources');
    mkdirSync(src, { recursive: true });
    for (const [name, text] of Object.entries(DOCS)) writeFileSync(path.join(src, name), text);
    writeFileSync(path.join(src, 'hostile-paper-v2.md.meta.json'), JSON.stringify({ vendor: `Evil ${P.svg} Corp`, title: `Security overview v2 ${P.closeScript}`, version: '2' }));
    writeFileSync(path.join(src, 'hostile-questionnaire.csv.meta.json'), JSON.stringify({ vendor: `Evil ${P.svg} Corp`, title: `CAIQ ${P.img}` }));
    const kb = path.join(out, 'kb');
    // Child processes run without blocking this worker (as tests/site/browser/context.ts): a build
    // of half a minute on a busy machine, run synchronously, can make vitest's worker miss its RPC
    // replies. Chromium starts while they run.
    const run = promisify(execFile);
    const launched = import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] }),
    );
    try {
      await run(process.execPath, ['bin/seckb.js', 'ingest', src, '--out', kb], { cwd: projectRoot, maxBuffer: 64 << 20 }).catch((e: { code?: number; stderr?: string }) => {
        throw new Error(`ingest failed (${e.code}): ${e.stderr}`);
      });
      dist = path.join(out, 'dist');
      await run(process.execPath, ['node_modules/astro/astro.js', 'build'], {
        cwd: projectRoot,
        env: { ...process.env, SECKB_KB: kb, SECKB_SITE_OUT: dist, ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 64 << 20,
      });
      site = await serve(dist);
    } finally {
      browser = await launched;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Records dialogs and errors under the address `at()` names; counts the page's requests under way. */
  function watch(page: Page, at: () => string): { busy: () => number } {
    page.on('dialog', (d) => {
      problems.push(`${at()}: dialog ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`${at()}: ${e.message}`));
    const pending = new Set<unknown>();
    page.on('request', (r) => pending.add(r));
    page.on('requestfinished', (r) => pending.delete(r));
    page.on('requestfailed', (r) => pending.delete(r));
    return { busy: () => pending.size };
  }

  const watched = new WeakMap<Page, { busy: () => number }>();

  async function open(pathname: string): Promise<Page> {
    const page = await browser.newPage();
    watched.set(page, watch(page, () => pathname));
    const res = await page.goto(site.url + pathname);
    expect(res?.status(), pathname).toBe(200);
    return page;
  }

  /**
   * Nothing injected ran or was parsed as markup: no global set, no marked element, no javascript: link, no inline handler.
   * Checked once the page drew what it fetches (a pair's page: its table, data-loaded) and no request is under way.
   */
  async function expectInert(page: Page, where: string): Promise<void> {
    if (where.includes('&')) await page.locator('table.side[data-loaded]').waitFor();
    await expect.poll(() => watched.get(page)!.busy(), { interval: 20 }).toBe(0);
    // Hover every element once: an injected onmouseover would fire.
    const injected = await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll('body *'))) el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      const handlers = Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`));
      const links = Array.from(document.querySelectorAll('a[href], area[href], iframe, form[action]')).map((el) => el.getAttribute('href') ?? el.getAttribute('action') ?? el.tagName).filter((h) => /^\s*javascript:|^IFRAME$/i.test(h));
      return { pwned: (window as unknown as { pwned?: unknown }).pwned ?? null, marked: document.querySelectorAll('[data-pwned]').length, handlers, links, svg: document.querySelectorAll('main svg').length, img: document.querySelectorAll('main img').length };
    });
    expect(injected, where).toEqual({ pwned: null, marked: 0, handlers: [], links: [], svg: 0, img: 0 });
  }

  it('no page runs or shows an injected element, in either language', async () => {
    const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name === 'index.html')
      .map((e) => `/${path.relative(dist, e.parentPath).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
    expect(pages.length).toBeGreaterThan(15);
    const docPages = pages.filter((p) => p.startsWith('/documents/'));
    expect(docPages.length).toBe(Object.keys(DOCS).length);
    // A pair's page is one for every pair of its kind, the pair named by the address.
    const kbPairs = JSON.parse(readFileSync(path.join(out, 'kb', 'pairs.json'), 'utf8')) as { versions: Array<{ old: string; new: string }> };
    expect(kbPairs.versions.length).toBeGreaterThan(0);
    const pairPages = kbPairs.versions.map((p) => `/versions/?&${p.old}--${p.new}`);
    const queue = [...pages.filter((p) => !p.startsWith('/documents/')), ...docPages.flatMap((p) => [`${p}?en`, `${p}?pl`]), ...pairPages.flatMap((p) => ['en', 'pl'].map((l) => p.replace('?', `?${l}`)))];
    // Three pages of one context at once, each led on from address to address (a fresh page per
    // address cost a renderer process each); the site keeps nothing in the browser between pages.
    const context = await browser.newContext();
    await Promise.all(
      [1, 2, 3].map(async () => {
        const page = await context.newPage();
        let current = '';
        watched.set(page, watch(page, () => current));
        for (let pathname = queue.shift(); pathname !== undefined; pathname = queue.shift()) {
          current = pathname;
          // A page that sends the reader on (meta refresh): checked where it leads, once there.
          const html = readFileSync(path.join(dist, pathname.split('?')[0]!, 'index.html'), 'utf8');
          const refresh = /<meta http-equiv="refresh" content="\d+; url=([^"]+)"/.exec(html)?.[1];
          const res = await page.goto(site.url + pathname);
          expect(res?.status(), pathname).toBe(200);
          if (refresh) await page.waitForURL(new URL(refresh.replace(/&amp;/g, '&'), res!.url()).href);
          await expectInert(page, pathname);
          // The pair's page named it from its file: the newer version's title, as text.
          if (pathname.includes('&')) expect(await page.locator('h1').textContent(), pathname).toContain(P.closeScript);
        }
      }),
    );
    await context.close();
    expect(problems).toEqual([]);
  }, 300_000);

  it('shows the payloads as text where they belong (vendor name, title, quotes)', async () => {
    const page = await open('/compare/?en');
    await page.locator('#compare-table[data-loaded], #compare-table').first().waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(`Evil ${P.svg} Corp`);
    // Quotes and excerpts are fetched from the document pages on focus: shown as text, inert.
    for (const a of await page.locator('#compare-table li > a').all()) await a.focus();
    await expect.poll(() => page.locator('#compare-table .tip').evaluateAll((tips) => tips.filter((t) => t.textContent === '…').length)).toBe(0);
    expect(await page.locator('#compare-table .tip').count()).toBeGreaterThan(0);
    await expectInert(page, 'comparison with its quotes shown');
    await page.close();
    const findings = await open('/findings/?en');
    for (const a of await findings.locator('#finding-table td.q > a').all()) await a.focus();
    await expect.poll(() => findings.locator('#finding-table .tip').evaluateAll((tips) => tips.filter((t) => t.textContent === '…').length)).toBe(0);
    await expectInert(findings, 'findings list with its excerpts shown');
    await findings.close();
    const docs = readdirSync(path.join(out, 'kb', 'documents')).map((f) => JSON.parse(readFileSync(path.join(out, 'kb', 'documents', f), 'utf8')) as { id: string; title: string; source: string });
    const paper = docs.find((d) => d.source.endsWith('hostile-paper.md'))!;
    const doc = await open(`/documents/${paper.id}/?en`);
    await doc.locator('.doctext[data-loaded]').waitFor();
    expect(await doc.locator('h1').textContent()).toContain(P.script);
    expect(await doc.locator('.doctext').textContent()).toContain(P.closeScript);
    await expectInert(doc, 'document after its text loaded');
    await doc.close();
    expect(problems).toEqual([]);
  });

  it('search results show the payloads as text', async () => {
    const page = await open('/en/search/');
    for (const query of ['onerror', 'backups', 'script alert', 'javascript']) {
      await page.locator('#q').fill(query);
      // Busy from the keystroke until every result of the query is shown (src/site/client/search.ts).
      expect(await page.locator('#search-results').getAttribute('aria-busy')).toBe('true');
      await page.locator('#search-results[aria-busy="false"]').waitFor();
      await expectInert(page, `search "${query}"`);
    }
    await page.locator('#q').fill('onerror');
    await page.locator('#search-results a.result').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#search-results').textContent()).toContain('onerror');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the draft checker shows a pasted hostile draft as text', async () => {
    const page = await open('/en/check/');
    await page.locator('#draft').fill(`ChatGPT said: ${ALL}\n\n[Insert company name ${P.img}]\n\nBackups are kept for 30 days ${P.script}.`);
    await page.locator('#run-check').click();
    await page.locator('#check-findings tbody tr').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#check-text').textContent()).toContain(P.img);
    await expectInert(page, 'draft checker');
    await page.close();
    expect(problems).toEqual([]);
  });
});
