/** Browser tests (run by tests/site/browser.test.ts): a document's one page for both languages: its text held once and given back exactly, claims and findings drawn from its data, without scripts, evidence links, XSS shown as text. */
import { expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml } from '../../../src/site/document-html.ts';
import { formatDate } from '../../../src/site/format.ts';
import type { Locale } from '../../../src/i18n/index.ts';
import type { SeckbDocument } from '../../../src/model/types.ts';
import { byComparisonOrder, claimAttribute, claimQualifiers, claimValue } from '../../../src/site/claim-text.ts';
import type { Claim } from '../../../src/claims/types.ts';
import { browser, docs, open, pairs, problems, root, shot, site } from './context.ts';

export function documentPageTests(): void {
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
      expect(await note.locator('a').first().getAttribute('href')).toBe(`/compare/?${locale}`);
      if (locale === 'pl') await shot(page, 'pl-document-noscript');
      await page.close();
    }
    // Without scripts the comparison's values lead to their quotes: the passage is the page's target, outlined.
    const claims = JSON.parse(readFileSync(path.join(site.kb, 'claims.json'), 'utf8')) as Array<{ documentId: string; quote: string }>;
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${site.url}/compare/`);
    const values = await plain.locator('#compare-table li > a').evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href')!));
    expect(values.length).toBe(5);
    for (const value of values) {
      await plain.goto(site.url + value);
      const target = plain.locator('.doctext mark:target');
      expect(await target.count(), value).toBe(1);
      expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      const docId = /^\/documents\/([^/]+)\//.exec(value)![1];
      const spaced = (x: string): string => x.replace(/\s+/g, ' ').trim();
      const text = spaced((await target.textContent())!);
      expect(claims.some((c) => c.documentId === docId && spaced(c.quote).includes(text)), `${value}: ${text}`).toBe(true);
    }
    await plain.close();
    // A document with findings links to the row of the first of them in the findings list.
    const findings = JSON.parse(readFileSync(path.join(site.kb, 'findings.json'), 'utf8')) as Array<{ id: string; documentId: string }>;
    const first = findings.find((f) => docs.some((d) => d.id === f.documentId))!;
    const locale = docs.find((d) => d.id === first.documentId)!.language === 'pl' ? 'pl' : 'en';
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/documents/${first.documentId}/`);
    expect(await page.locator('table.findings').isVisible()).toBe(false);
    const link = (await page.locator('noscript p a[href*="/findings/"]').getAttribute('href'))!;
    expect(link).toMatch(new RegExp(`^/findings/(page/\\d+/)?\\?${locale}#f-${first.id}$`));
    await page.goto(site.url + link);
    expect(await page.locator(`#finding-table tr[id="f-${first.id}"]`).count()).toBe(1);
    await page.close();
  });

  it('an evidence link from the comparison lands on its passage in the loaded text', async () => {
    for (const locale of ['en', 'pl']) {
      const compare = await open(`/compare/?${locale}`);
      const link = (await compare.locator('#compare-table li a').first().getAttribute('href'))!;
      await compare.close();
      // The link names the mark as the page does without scripts (its short name); the page's
      // script gives it its full id, in the address too.
      expect(link).toMatch(new RegExp(`^/documents/([^/]+)/\\?${locale}#c\\d+$`));
      const page = await open(link);
      await page.locator('.doctext[data-loaded]').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      const hash = new URL(page.url()).hash;
      expect(hash).toMatch(/^#c-[0-9a-f]+$/);
      const target = page.locator(`.doctext ${hash}`);
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
}
