/** Browser tests (run by tests/site/browser.test.ts): the draft checker in the browser (typed text, a dropped .docx) and the paged findings list. */
import { expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromText } from '../../../src/model/from-text.ts';
import { documentFindings } from '../../../src/findings/document-findings.ts';
import { holdsMark, open, out, PAGE_SIZE, problems, shot, site } from './context.ts';

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
    const findings = JSON.parse(readFileSync(path.join(site.kb, 'findings.json'), 'utf8')) as Array<{ id: string; message: string; kind: string; excerpt: string }>;
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
    // A row's document links to the finding's highlight there (the excerpt stands once, on the
    // document's page): the mark is there without scripts, and focus shows its text.
    const list = await open('/en/findings/');
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
}
