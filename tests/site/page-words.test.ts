import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { PageWords } from '../../src/site/page-words.ts';
import { pageWords, sayAttribute, sayWords } from '../../src/site/client/page-words.ts';
import type { Locale } from '../../src/i18n/index.ts';

// Words of a made-up table, English as written, Polish as said again.
const POLISH: Record<string, string> = { 'Backup frequency': 'Częstotliwość kopii', '30 days': '30 dni', yes: 'tak' };
const inPolish = (en: string) => (l: Locale) => (l === 'pl' ? (POLISH[en] ?? en) : en);

/** `<tag attrs>text</tag>` from what PageWords gave. */
const el = (tag: string, said: { text: string; attrs: Record<string, string> }) =>
  `<${tag}${Object.entries(said.attrs)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('')}>${said.text}</${tag}>`;

/** The page in Chromium's place: linkedom's document as the global the client reads. */
function load(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  vi.stubGlobal('document', document);
  return document;
}
afterEach(() => vi.unstubAllGlobals());

describe('words of a page written once for both languages', () => {
  it('stores a text said differently once, and says it again in Polish wherever it stands', () => {
    const w = new PageWords('en', 'w');
    const cells = ['30 days', '30 days', 'yes', 'Backup frequency'].map((t) => el('td', w.text(inPolish(t))));
    expect(cells.join('')).not.toContain('data-pl');
    const block = w.block();
    expect(JSON.parse(/>(.*)</.exec(block)![1]!)).toEqual({ pl: { '30 days': '30 dni', yes: 'tak', 'Backup frequency': 'Częstotliwość kopii' } });
    const doc = load(`<table><tbody><tr>${cells.join('')}</tr></tbody></table>${block}`);
    sayWords([doc.querySelector('tbody')!], 'pl', pageWords('w', 'pl'));
    expect([...doc.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['30 dni', '30 dni', 'tak', 'Częstotliwość kopii']);
  });

  it('gives an element its own words where the same written text says something else there (and the dictionary keeps the first)', () => {
    const w = new PageWords('en', 'w');
    const first = w.text(inPolish('yes'));
    // The same English text, another Polish one: a vendor's own "yes" left as written, say.
    const second = w.text(() => 'yes');
    expect(first.attrs).toEqual({});
    expect(second).toEqual({ text: 'yes', attrs: { 'data-pl': 'yes' } });
    const doc = load(`<p>${el('span', first)}${el('span', second)}</p>${w.block()}`);
    sayWords([doc.querySelector('p')!], 'pl', pageWords('w', 'pl'));
    expect([...doc.querySelectorAll('span')].map((s) => s.textContent)).toEqual(['tak', 'yes']);
  });

  it('never changes a text said the same in every language once it is on the page', () => {
    const w = new PageWords('en', 'w');
    const same = w.text(() => 'Azure');
    const later = w.text((l) => (l === 'pl' ? 'Azure (PL)' : 'Azure'));
    expect(same.attrs).toEqual({});
    expect(later.attrs).toEqual({ 'data-pl': 'Azure (PL)' });
    expect(w.block()).not.toContain('Azure');
    const doc = load(`<p>${el('b', same)}${el('i', later)}</p>${w.block()}`);
    sayWords([doc.querySelector('p')!], 'pl', pageWords('w', 'pl'));
    expect([doc.querySelector('b')!.textContent, doc.querySelector('i')!.textContent]).toEqual(['Azure', 'Azure (PL)']);
  });

  it("says an element's own words only for its first text, the dictionary's for the rest", () => {
    const w = new PageWords('en', 'w');
    const label = w.text(inPolish('Backup frequency'));
    const inner = w.text(inPolish('30 days'));
    const mine = { text: 'Retention', attrs: { 'data-pl': 'Przechowywanie' } };
    const doc = load(`<table><tbody><tr><th${Object.entries(mine.attrs).map(([k, v]) => ` ${k}="${v}"`)}>${mine.text}<span>${inner.text}</span></th><td>${label.text}</td></tr></tbody></table>${w.block()}`);
    sayWords([doc.querySelector('tbody')!], 'pl', pageWords('w', 'pl'));
    expect(doc.querySelector('th')!.textContent).toBe('Przechowywanie30 dni');
    expect(doc.querySelector('td')!.textContent).toBe('Częstotliwość kopii');
  });

  it('says attributes the same way, an own value first', () => {
    const w = new PageWords('en', 'w');
    const a = w.attr('data-csv', inPolish('30 days'));
    const b = w.attr('data-csv', () => '30 days');
    expect(a).toEqual({ 'data-csv': '30 days' });
    expect(b).toEqual({ 'data-csv': '30 days', 'data-csv-pl': '30 days' });
    const doc = load(`<div id="r">${[a, b].map((x) => `<i${Object.entries(x).map(([k, v]) => ` ${k}="${v}"`).join('')}></i>`).join('')}</div>${w.block()}`);
    sayAttribute(doc.getElementById('r')!, 'data-csv', 'pl', pageWords('w', 'pl'));
    expect([...doc.querySelectorAll('i')].map((i) => i.getAttribute('data-csv'))).toEqual(['30 dni', '30 days']);
  });

  it('writes an inert block: a "<" in a word cannot close it', () => {
    const w = new PageWords('en', 'w');
    w.text((l) => (l === 'pl' ? '</script><script>alert(1)</script>' : 'x'));
    expect(w.block()).not.toMatch(/<\/script>.*<\/script>/);
    expect(w.block().match(/<\/script>/g)).toHaveLength(1);
    load(w.block());
    expect(pageWords('w', 'pl').get('x')).toBe('</script><script>alert(1)</script>');
    expect(pageWords('missing', 'pl').size).toBe(0);
  });
});
