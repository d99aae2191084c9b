/** Browser tests (run by tests/site/browser.test.ts): the pages of two versions side by side and of an alignment, from their one file each, in both languages. */
import { expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { exportAlignment } from '../../../src/site/align-export.ts';
import { buildVersionRows } from '../../../src/site/versions.ts';
import { describeDrift } from '../../../src/align/describe.ts';
import { getT, type Locale } from '../../../src/i18n/index.ts';
import type { SeckbDocument } from '../../../src/model/types.ts';
import type { Alignment } from '../../../src/align/types.ts';
import { claimLabel as claimLabelOf, claimValue } from '../../../src/site/claim-text.ts';
import type { Claim } from '../../../src/claims/types.ts';
import { browser, docs, open, pairs, problems, root, shot, site } from './context.ts';
import { gunzipSync } from 'node:zlib';

export function pairPageTests(): void {
  it("shows two versions side by side from their one file of offsets and the two document pages, in both languages", async () => {
    const p = pairs.versions[0]!;
    const key = `${p.old}--${p.new}`;
    const doc = (id: string) => docs.find((d) => d.id === id)! as unknown as SeckbDocument;
    const rows = buildVersionRows(doc(p.old), doc(p.new));
    expect(rows.length).toBeGreaterThan(0);
    // The shared file holds offsets, not the texts.
    const shared = gunzipSync(readFileSync(path.join(site.dist, 'versions', `${key}.json.gz`))).toString('utf8');
    const sentence = rows.flatMap((r) => r.newSentences).find((s) => s.text.length > 30)!.text;
    expect(shared).not.toContain(sentence);
    // One page for every pair, holding nothing of any: the pair is named by the address.
    const own = readFileSync(path.join(site.dist, 'versions', 'index.html'), 'utf8');
    expect(readdirSync(path.join(site.dist, 'versions')).sort()).toEqual(['index.html', ...pairs.versions.map((v) => `${v.old}--${v.new}.json.gz`)].sort());
    expect(own).not.toContain(p.old);
    expect(own).not.toContain(doc(p.new).title);
    for (const locale of ['en', 'pl']) {
      expect(existsSync(path.join(site.dist, locale, 'versions', key))).toBe(false);
      const page = await open(`/versions/?${locale}&${key}`);
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
      expect(await page.locator('.lead a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/documents/${p.old}/?${locale}`, `/documents/${p.new}/?${locale}`]);
      expect(await page.locator('.lead a time').evaluateAll((ts) => ts.map((t) => (t as HTMLTimeElement).dateTime))).toEqual([doc(p.old).date, doc(p.new).date].filter(Boolean));
      expect(await page.locator('h1').textContent()).toBe(doc(p.new).title);
      expect(await page.locator('h1 span').getAttribute('lang')).toBe(doc(p.new).language);
      expect(await page.title()).toBe(`${doc(p.new).title}: ${ui['versions.title']} · seckb`);
      expect(await page.locator('#diff-counts strong').allTextContents()).toEqual([diff.added, diff.removed, diff.changed].map((x) => String(x.length)));
      expect(await page.locator('#diff-nothing').isVisible()).toBe(false);
      expect(await page.locator('#pair-missing').isVisible()).toBe(false);
      // The language switch keeps the pair.
      const other = locale === 'en' ? 'pl' : 'en';
      expect(await page.locator('a.lang').getAttribute('href')).toBe(`/versions/?${other}&${key}`);
      if (locale === 'pl') await shot(page, 'pl-versions-side-by-side');
      await page.locator('a.lang').click();
      await page.locator('#version-text[data-loaded]').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(other);
      expect(await page.locator('#version-text tbody tr').count()).toBe(rows.length);
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('sends a reader without scripts from a pair to its two documents, and says so when the address names no pair', async () => {
    const v = pairs.versions[0]!;
    const t = pairs.translations[0]!;
    for (const [kind, key, ids] of [['versions', `${v.old}--${v.new}`, [v.old, v.new]], ['alignment', `${t.source}--${t.target}`, [t.source, t.target]]] as const) {
      const plain = await browser.newPage({ javaScriptEnabled: false });
      await plain.goto(`${site.url}/${kind}/?pl&${key}`);
      // Only the note shows: it links the list, whose card of this pair links both documents' pages.
      expect(await plain.locator('#pair-view').isVisible()).toBe(false);
      const note = plain.locator('noscript p.notice');
      expect(await note.count()).toBe(1);
      await plain.locator('main a').first().click();
      await plain.waitForURL(new RegExp(`/en/${kind}/$`));
      const card = plain.locator('ul.cards > li').filter({ has: plain.locator(`a[href="/${kind}/?en&${key}"]`) });
      expect(await card.locator('p a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(ids.map((id) => `/documents/${id}/?en`));
      await card.locator('p a').last().click();
      await plain.waitForURL(new RegExp(`/documents/${ids[1]}/\\?en$`));
      expect(await plain.locator('.doctext p').first().isVisible()).toBe(true);
      // The document's page (written in its own language) links the other document itself, and the pair's view.
      const written = docs.find((d) => d.id === ids[1])!.language === 'pl' ? 'pl' : 'en';
      const meta = await plain.locator('dl.meta dd a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(meta).toEqual(expect.arrayContaining([`/documents/${ids[0]}/?${written}`, `/${kind}/?${written}&${key}`]));
      await plain.close();
      for (const bad of [`/${kind}/?pl`, `/${kind}/?pl&nobody--none`]) {
        const page = await browser.newPage();
        await page.goto(site.url + bad);
        await page.locator('#pair-missing:not([hidden])').waitFor();
        expect(await page.locator('#pair-view').isVisible()).toBe(false);
        expect(await page.locator('#pair-missing span').textContent()).toBe(getT('pl', 'site')('pair.unknown'));
        expect(await page.locator('#pair-missing a').getAttribute('href')).toBe(`/pl/${kind}/`);
        expect(await page.title()).toBe(`${getT('pl', 'site')(`${kind}.title`)} · seckb`);
        await page.close();
      }
    }
  });

  it('shows an alignment from its one file in both languages, and downloads it as seckb align does', async () => {
    const p = pairs.translations[0]!;
    const key = `${p.source}--${p.target}`;
    const alignment = JSON.parse(readFileSync(path.join(site.kb, 'alignments', `${key}.json`), 'utf8')) as Alignment;
    // The pair's one file, and one page for every pair, holding nothing of any.
    expect(readdirSync(path.join(site.dist, 'alignment')).sort()).toEqual(['index.html', `${key}.json.gz`]);
    expect(readFileSync(path.join(site.dist, 'alignment', 'index.html'), 'utf8')).not.toContain(p.source);
    const doc = (id: string) => docs.find((d) => d.id === id)!;
    for (const locale of ['en', 'pl']) {
      expect(existsSync(path.join(site.dist, locale, 'alignment', key))).toBe(false);
      const page = await open(`/alignment/?${locale}&${key}`);
      await page.locator('#alignment-table[data-loaded]').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      // Named from the two documents' pages: vendor, titles, languages; the counts from the file.
      expect(await page.locator('h1 > span').first().textContent()).toBe(doc(p.source).vendor.name);
      expect(await page.locator('.lead a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('lang')]))).toEqual([p.source, p.target].map((id) => [`/documents/${id}/?${locale}`, doc(id).title, doc(id).language]));
      expect(await page.locator('.lead [data-language]').allTextContents()).toEqual([p.source, p.target].map((id) => getT(locale as Locale, 'common')(`language.${doc(id).language}`)));
      expect(await page.locator('#align-summary').textContent()).toBe(`${getT(locale as Locale, 'site')('pair', { count: alignment.pairs.length })} · ${getT(locale as Locale, 'site')('alignment.flagged')}: ${alignment.pairs.filter((x) => x.flags.length).length}`);
      expect(await page.locator('a.lang').getAttribute('href')).toBe(`/alignment/?${locale === 'en' ? 'pl' : 'en'}&${key}`);
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
}
