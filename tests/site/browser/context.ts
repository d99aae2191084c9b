/**
 * What the browser tests share (tests/site/browser.test.ts runs them, one build for all): the site
 * built once from content/sources (+ one XSS document) into tests/output/site/, served, and one
 * Chromium (playwright-core, Debian's /usr/bin/chromium). The bindings below are set by `setUp`
 * before the first test; subject files import them and read them when their tests run.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { serve } from '../serve.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const PAGE_SIZE = 20;
export const root = path.resolve(import.meta.dirname, '../../..');
export const out = path.join(root, 'tests/output/site');
const shots = path.join(root, 'tests/output/screenshots');
export const have = existsSync(CHROMIUM);

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

const run = promisify(execFile);

/**
 * Ingest and build in child processes without blocking this worker: a build of a minute or more on
 * a loaded machine, run synchronously, made vitest's worker miss its RPC replies ("Timeout calling
 * onTaskUpdate").
 */
async function buildSite(): Promise<{ dist: string; kb: string }> {
  rmSync(out, { recursive: true, force: true });
  const extra = path.join(out, 'extra');
  mkdirSync(extra, { recursive: true });
  writeFileSync(path.join(extra, 'zed-security.md'), XSS_DOC);
  const kb = path.join(out, 'kb');
  // Exit 1 is "ingested, with findings".
  await run(process.execPath, ['bin/seckb.js', 'ingest', 'content/sources', extra, '--out', kb], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).catch((e: { code?: number; stderr?: string }) => {
    if (e.code !== 1) throw new Error(`ingest failed (${e.code}): ${e.stderr}`);
  });
  const dist = path.join(out, 'dist');
  await run(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    cwd: root,
    // Lists of 20 rows, so this small KB's findings take several pages (src/site/pager.ts).
    env: { ...process.env, SECKB_KB: kb, SECKB_SITE_OUT: dist, SECKB_SITE_PAGE_SIZE: String(PAGE_SIZE), ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dist, kb };
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export let site: Built;
export let browser: Browser;
/** What went wrong in the pages a test opened (errors, dialogs, third-party requests); emptied before each test. */
export const problems: string[] = [];
export let docs: Array<{ id: string; vendor: { id: string; name: string }; title: string; language: string; text: string }> = [];
export let pairs: { versions: Array<{ old: string; new: string }>; translations: Array<{ source: string; target: string }> };

export async function setUp(): Promise<void> {
  const { dist, kb } = await buildSite();
  const served = await serve(dist);
  site = { ...served, kb, dist };
  docs = readdirSync(path.join(kb, 'documents')).sort().map((f) => JSON.parse(readFileSync(path.join(kb, 'documents', f), 'utf8')));
  pairs = JSON.parse(readFileSync(path.join(kb, 'pairs.json'), 'utf8'));
  mkdirSync(shots, { recursive: true });
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export function resetProblems(): void {
  problems.length = 0;
}

export async function tearDown(): Promise<void> {
  await browser?.close();
  await site?.close();
}

/** Records what goes wrong in `page` (errors, dialogs, third-party requests) in `problems`, under the address `at()` names. */
function watch(page: Page, at: () => string): void {
  page.on('pageerror', (e) => problems.push(`${at()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${at()}: console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`${at()}: dialog fired: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(site.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`${at()}: third-party request ${r.url()}`);
  });
}

export async function open(pathname: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  watch(page, () => pathname);
  const res = await page.goto(site.url + pathname);
  expect(res?.status(), pathname).toBe(200);
  return page;
}

/** Leads `page` (from `open`) on to `pathname`, as a link would: status 200. */
export async function goOn(page: Page, pathname: string): Promise<void> {
  const res = await page.goto(site.url + pathname);
  expect(res?.status(), pathname).toBe(200);
}

/**
 * Opens every address (status 200, watched as `open` does) in `tabs` pages of one browser context
 * at once, each page going on to the next address when `visit` is done with one: a fresh page per
 * address cost a context and a renderer process each, most of a view's time. The site keeps no
 * state in the browser (no storage, no cookies), so a page that showed another address first
 * shows this one as a fresh one would.
 */
export async function visitAll(addresses: string[], visit: (page: Page, address: string) => Promise<void>, { tabs = 3, width = 1280 } = {}): Promise<void> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const queue = [...addresses];
  try {
    await Promise.all(
      Array.from({ length: Math.min(tabs, queue.length) }, async () => {
        const page = await context.newPage();
        let current = '';
        watch(page, () => current);
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          current = next;
          const res = await page.goto(site.url + next);
          expect(res?.status(), next).toBe(200);
          await visit(page, next);
        }
      }),
    );
  } finally {
    await context.close();
  }
}

export async function downloadCsv(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.locator('#export-csv').click();
  return readFileSync((await (await download).path())!, 'utf8');
}

/** The 1-based place of a vendor's column among the comparison's body cells (a cell's column is its place in its row). */
export const column = async (page: Page, vendorId: string): Promise<number> =>
  1 + (await page.locator('#compare-table thead th[data-col]').evaluateAll((ths, id) => ths.findIndex((th) => (th as HTMLElement).dataset.col === id), vendorId));

/** Whether a document page as served (before its script) holds a mark named `name`: its id, or one of its `data-m` names. */
export const holdsMark = (html: string, name: string): boolean => html.includes(`<mark id="${name}"`) || new RegExp(`<mark[^>]* data-m="[^"]*\\b${name}\\b`).test(html);

/**
 * Screenshots are for a person to look at; no test reads them. Under CI=true nobody does, and some
 * 45 full-page shots cost Chromium about half a second each, so they are taken there only with
 * SECKB_SCREENSHOTS=1 (always elsewhere).
 */
const takeShots = process.env.CI !== 'true' || process.env.SECKB_SCREENSHOTS === '1';
export const shot = async (page: Page, name: string): Promise<void> => {
  if (takeShots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
};
