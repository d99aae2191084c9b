/**
 * A document's page is one page for both UI languages, written in the document's own
 * (src/pages/documents/[id].astro); the pairs' pages are one page for every pair of their kind
 * (src/pages/versions/index.astro, src/pages/alignment/index.astro), written in English. When the address asks for the other (`?pl`, as every link from a
 * Polish page does), its words are said again in that one: the layout's bar, skip link and footer,
 * every label carrying its key (`data-t`, with `data-n` for a count; an empty one is found from the
 * label's text), the title (`data-title` on
 * the h1: its first element's text, then the word), dates (`<time>`), the document's language
 * (`data-language`), other versions' notes (`data-note`: version, date, file), links into the other
 * language's pages and to other such pages; the language switch keeps the pair a pair's page
 * names (`?pl&<a>--<b>`). Text only: every string is set with textContent.
 */
import { getT, isLocale, type Locale } from '../../i18n/index.ts';
import { keyByText } from '../label-keys.ts';
import { askedLocale, switchLocale } from '../paths.ts';
import { formatDate } from '../format.ts';
import { languageLabel } from '../language-label.ts';
import { versionNoteText } from '../other-version.ts';

/** The layout's words that carry no key: found by their place (src/layouts/Layout.astro). */
function layoutWords(locale: Locale, t: ReturnType<typeof getT>): void {
  const set = (selector: string, text: string): void => {
    const el = document.querySelector(selector);
    if (el) el.textContent = text;
  };
  set('a.skip', t('skip'));
  set('footer.foot', t('footer.text'));
  document.querySelector('header.top nav')?.setAttribute('aria-label', t('nav.label'));
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header.top nav a')) {
    // "/pl/vendors/", or "/findings/?pl" for a view shared by both languages.
    const route = /^\/(?:[a-z]{2}\/)?([^/?]+)\//.exec(a.getAttribute('href') ?? '')?.[1];
    if (route) a.textContent = t(`nav.${route}`);
  }
  const lang = document.querySelector<HTMLAnchorElement>('header.top a.lang');
  if (lang) {
    lang.textContent = t('lang.switch');
    lang.setAttribute('aria-label', t('lang.switch.label'));
  }
  switchTo(locale === 'en' ? 'pl' : 'en');
}

/** The language switch and the alternate link lead to this page (its pair too) in `other`. */
function switchTo(other: Locale): void {
  const to = switchLocale(location.pathname, other, location.search);
  const lang = document.querySelector<HTMLAnchorElement>('header.top a.lang');
  if (lang) {
    lang.href = to;
    lang.hreflang = other;
    lang.lang = other;
  }
  const alternate = document.querySelector('link[rel="alternate"]');
  alternate?.setAttribute('href', to);
  alternate?.setAttribute('hreflang', other);
}

/** Labels written with an empty `data-t` get their key back from their text (src/site/label-keys.ts). */
function labelKeys(written: string): void {
  if (!isLocale(written)) return;
  const keys = keyByText(written);
  for (const el of document.querySelectorAll<HTMLElement>('[data-t=""]')) el.dataset.t = keys.get(el.textContent ?? '') ?? '';
}

/**
 * Shows the page in the language the address asks for, when that is not the one it is written in;
 * gives the language it was written in when it did so.
 */
export function showInAskedLanguage(): Locale | undefined {
  const root = document.documentElement;
  labelKeys(root.lang);
  const locale = askedLocale(location.search);
  if (!locale || locale === root.lang) {
    // A pair's page names its pair in the query: the switch keeps it.
    if (location.search.includes('&') && isLocale(root.lang)) switchTo(root.lang === 'en' ? 'pl' : 'en');
    return undefined;
  }
  const from = root.lang as Locale;
  root.lang = locale;
  const t = getT(locale, 'site');
  const tc = getT(locale, 'common');
  layoutWords(locale, t);
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    if (!el.dataset.t) continue;
    // A count (`data-n`) or values (`data-a`, JSON) the words take.
    const { n, a } = el.dataset;
    el.textContent = t(el.dataset.t!, n !== undefined ? { count: Number(n) } : a ? (JSON.parse(a) as Record<string, unknown>) : {});
  }
  for (const nav of document.querySelectorAll('nav.pager')) nav.setAttribute('aria-label', t('pager.label'));
  const toc = document.getElementById('doc-toc');
  toc?.setAttribute('aria-label', t('doc.toc'));
  for (const time of document.querySelectorAll<HTMLTimeElement>('main time[datetime]')) time.textContent = formatDate(time.dateTime, locale);
  for (const el of document.querySelectorAll<HTMLElement>('[data-language]')) el.textContent = languageLabel(el.dataset.language!, locale, tc(`language.${el.dataset.language}`, { defaultValue: '' }));
  for (const el of document.querySelectorAll<HTMLElement>('[data-unsupported-language]')) el.textContent = t('doc.unsupported-language', { language: languageLabel(el.dataset.unsupportedLanguage!, locale, '') });
  const versionWord = t('doc.version').toLowerCase();
  for (const el of document.querySelectorAll<HTMLElement>('[data-note]')) el.textContent = versionNoteText({ v: el.dataset.v, d: el.dataset.d, f: el.dataset.f }, locale, versionWord);
  for (const a of document.querySelectorAll<HTMLAnchorElement>(`a[href^="/${from}/"]`)) a.setAttribute('href', `/${locale}/${a.getAttribute('href')!.slice(from.length + 2)}`);
  for (const a of document.querySelectorAll<HTMLAnchorElement>(`a[href*="?${from}"]:not(.lang)`)) a.setAttribute('href', a.getAttribute('href')!.replace(`?${from}`, `?${locale}`));
  const h1 = document.querySelector<HTMLElement>('h1[data-title]');
  if (h1) document.title = `${h1.firstElementChild?.textContent ?? ''}: ${t(h1.dataset.title!)} · ${t('site.title')}`;
  return from;
}
