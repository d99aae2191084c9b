/** Browser tests (run by tests/site/browser.test.ts): the draft checker in the browser (typed text, a dropped .docx) and the paged findings list. */
import { expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromText } from '../../../src/model/from-text.ts';
import { documentFindings } from '../../../src/findings/document-findings.ts';
import { browser, goOn, holdsMark, open, out, PAGE_SIZE, problems, shot, site } from './context.ts';
import { getT } from '../../../src/i18n/index.ts';

export function checkerAndFindingsTests(): void {
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
    let next: string | null = `/findings/?${locale}`;
    // One page, led from each page of the list to the next.
    const page = await open(next);
    for (let n = 1; next && n <= 50; n++) {
      if (n > 1) await goOn(page, next);
      const found = await page.locator('#finding-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ id: tr.id.slice(2), kind: tr.getAttribute('data-kind')!, message: tr.querySelector('td:nth-child(4)')!.textContent! })),
      );
      rows.push(...found.map((r) => ({ ...r, page: n })));
      const nextLink = page.locator('#pager-bottom a[rel="next"]');
      next = (await nextLink.count()) ? await nextLink.getAttribute('href') : null;
    }
    await page.close();
    return rows;
  }

  it('pages the findings: each finding once, by kind, kind links to its first page, messages in the page language', async () => {
    const findings = JSON.parse(readFileSync(path.join(site.kb, 'findings.json'), 'utf8')) as Array<{ id: string; message: string; kind: string; excerpt: string }>;
    const pl = JSON.parse(readFileSync(path.join(site.kb, 'messages/pl.json'), 'utf8')) as Record<string, string>;
    expect(findings.length).toBeGreaterThan(PAGE_SIZE);
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
      const first = await open(`/findings/?${locale}`);
      const link = first.locator(`#kind-counts li[data-kind="${last.kind}"] a`);
      const firstPage = rows.find((r) => r.kind === last.kind)!.page;
      expect(await link.getAttribute('href')).toBe(firstPage === 1 ? `/findings/?${locale}` : `/findings/page/${firstPage}/?${locale}`);
      // The page's words in the language asked for: labels, the rows' severity and kind, the title.
      const ui = getT(locale, 'site');
      expect(await first.locator('h1').textContent()).toBe(ui('findings.title'));
      expect(await first.title()).toBe(`${ui('findings.title')} · seckb`);
      expect(await first.locator('#finding-table thead th').allTextContents()).toEqual(['severity', 'kind', 'document', 'message'].map((k) => ui(`findings.${k}`)));
      const cells = await first.locator('#finding-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-kind'), tr.querySelector('td.sev')!.className.slice(8), tr.children[0]!.textContent, tr.children[1]!.textContent]));
      for (const [kind, severity, sevText, kindText] of cells) expect([sevText, kindText]).toEqual([ui(`severity.${severity}`), ui(`kind.${kind}`)]);
      expect(await first.locator('#finding-status').textContent()).toBe(ui('finding', { count: PAGE_SIZE }));
      expect(await first.locator('#pager-top p').textContent()).toBe(`${ui('pager.of', { page: 1, last: Math.ceil(findings.length / PAGE_SIZE) })} · ${ui('list.range', { from: 1, to: PAGE_SIZE, total: findings.length })}`);
      expect(await first.locator('header.top nav a[aria-current="page"]').getAttribute('href')).toBe(`/findings/?${locale}`);
      await first.close();
    }
    // A row's document links to the finding's highlight there (the excerpt stands once, on the
    // document's page): the mark is there without scripts, and focus shows its text.
    // One page set for both languages: nothing under /en/ or /pl/.
    expect(readdirSync(site.dist).filter((f) => f === 'findings')).toEqual(['findings']);
    for (const l of ['en', 'pl']) expect(existsSync(path.join(site.dist, l, 'findings'))).toBe(false);
    const list = await open('/findings/?en');
    const targets = await list.locator('#finding-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.id.slice(2), (tr.querySelector('td.q > a') as HTMLAnchorElement).href]));
    expect(targets.length).toBe(PAGE_SIZE);
    const excerpts = new Map(findings.map((f) => [f.id, f.excerpt]));
    for (const [, href] of targets) {
      const url = new URL(href!);
      const name = url.hash.slice(1);
      expect(name, href).toMatch(/^f\d+$/);
      const html = await (await list.request.get(url.origin + url.pathname)).text();
      expect(holdsMark(html, name), href).toBe(true);
    }
    const cell = list.locator('#finding-table tbody td.q').first();
    await cell.locator('a').focus();
    const spaced = (x: string | null | undefined): string => (x ?? '').replace(/\s+/g, ' ').trim();
    await expect.poll(async () => spaced(await cell.locator('.tip').textContent())).toBe(spaced(excerpts.get(targets[0]![0]!)));
    await shot(list, 'en-findings-excerpt');
    await list.close();
    const page2 = await open('/findings/page/2/?pl');
    expect(await page2.locator('#pager-top [aria-current="page"]').textContent()).toBe('2');
    expect(await page2.locator('a.lang').getAttribute('href')).toBe('/findings/page/2/?en');
    expect(await page2.title()).toBe(`Uwagi (2/${Math.ceil(findings.length / PAGE_SIZE)}) · seckb`);
    expect(await page2.locator('#pager-top a').evaluateAll((as) => as.every((a) => a.getAttribute('href')!.endsWith('?pl')))).toBe(true);
    await shot(page2, 'pl-findings-page-2');
    // The filters: a severity shows its rows only (read off their first cell), and as many as the page has.
    const severity = (await page2.locator('select[name="severity"] option').nth(1).getAttribute('value'))!;
    const all = await page2.locator('#finding-table tbody td.sev').evaluateAll((tds) => tds.map((td) => td.className));
    await page2.locator('select[name="severity"]').selectOption(severity);
    const shown = await page2.locator('#finding-table tbody tr:visible td.sev').evaluateAll((tds) => tds.map((td) => td.className));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(all.filter((c) => c === `sev sev-${severity}`));
    // The status counts the rows shown, in Polish.
    expect(await page2.locator('#finding-status').textContent()).toBe(getT('pl', 'site')('finding', { count: shown.length }));
    await page2.close();
    // Without scripts the list reads in the language it is written in (English), every message there.
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${site.url}/findings/?pl`);
    expect(await plain.getAttribute('html', 'lang')).toBe('en');
    const byId = new Map(findings.map((f) => [f.id, f.message]));
    const plainRows = await plain.locator('#finding-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.id.slice(2), tr.children[3]!.textContent]));
    expect(plainRows.length).toBe(PAGE_SIZE);
    for (const [id, message] of plainRows) expect(message).toBe(byId.get(id!));
    await plain.close();
    expect(problems).toEqual([]);
  });
}
