/** Browser tests (run by tests/site/browser.test.ts): phone width (no sideways scroll, sticky table head and column, evidence on a tap) and the keyboard (visible focus), AA contrast of markers. */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, docs, open, pairs, problems, shot, site, visitAll } from './context.ts';

export function phoneAndKeyboardTests(): void {
  it('works at phone width (375 px): no page-wide horizontal scroll, sticky header row and first column', async () => {
    const doc = docs.find((d) => d.id.startsWith('zed'))!;
    const routes = ['', 'compare/', 'vendors/', 'findings/', 'versions/', 'alignment/', 'search/', 'check/', `documents/${doc.id}/`];
    for (const p of pairs.versions.slice(0, 1)) routes.push(`versions/?&${p.old}--${p.new}`);
    for (const p of pairs.translations.slice(0, 1)) routes.push(`alignment/?&${p.source}--${p.target}`);
    const at = (route: string, locale: string): string => (['documents/', 'findings/', 'compare/', 'vendors/'].some((shared) => route.startsWith(shared)) ? `/${route}?${locale}` : route.includes('?&') ? `/${route.replace('?', `?${locale}`)}` : `/${locale}/${route}`);
    const addresses = ['en', 'pl'].flatMap((locale) => routes.map((route) => at(route, locale)));
    await visitAll(
      addresses,
      async (page, pathname) => {
        // A pair's page is drawn from its files: measured once it is.
        if (pathname.includes('&')) await page.locator('table.side[data-loaded]').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${pathname} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        if (pathname === '/findings/?pl') await shot(page, 'pl-findings-phone');
      },
      { width: 375 },
    );
    const page = await open('/compare/?pl', 375);
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
    const compare = await phone('/compare/?en');
    expect(await compare.evaluate(() => window.matchMedia('(hover: none)').matches)).toBe(true);
    const value = compare.locator('#compare-table li').first();
    await expect.poll(() => value.locator('.tip').isVisible()).toBe(false);
    await value.locator('a').tap();
    expect(await value.locator('.tip').isVisible()).toBe(true);
    expect(new URL(compare.url()).pathname).toBe('/compare/');
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
    const page = await open('/compare/?en');
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
      reached = await page.evaluate(() => !!document.activeElement?.closest('#compare-table li'));
    }
    expect(reached).toBe(true);
    expect(await page.locator('#compare-table li:focus-within .tip').isVisible()).toBe(true);
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
}
