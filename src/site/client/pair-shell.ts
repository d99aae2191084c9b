/**
 * The pairs' pages (src/pages/versions/index.astro, src/pages/alignment/index.astro; frame:
 * src/components/PairShell.astro) are one page each for every pair: the pair is named by the
 * address after the language (`?pl&<a>--<b>`). Here: which pair, the page's language, the h1 and
 * title naming it, links to its documents' pages, and the note when the address names none.
 * Text only: every string is set with textContent.
 */
import { getT, isLocale, type Locale } from '../../i18n/index.ts';
import { askedPair, documentHref, type PairKind } from '../paths.ts';
import { showInAskedLanguage } from './ui-language.ts';
import { DATA_SUFFIX, dataText } from './data-file.ts';

export interface Shell {
  /** The pair's key, `<a>--<b>`. */
  pair: string;
  locale: Locale;
  t: ReturnType<typeof getT>;
}

/** Shows the page in the language asked for and reads the pair it names (undefined: the note is shown). */
export function openShell(): Shell | undefined {
  showInAskedLanguage();
  const lang = document.documentElement.lang;
  const locale: Locale = isLocale(lang) ? lang : 'en';
  const shell = { pair: askedPair(location.search) ?? '', locale, t: getT(locale, 'site') };
  if (shell.pair) return shell;
  missing(shell);
  return undefined;
}

/** The address names no pair the site holds: the note (with the list's link) instead of the view. */
function missing(shell: Shell): void {
  document.getElementById('pair-missing')?.removeAttribute('hidden');
  document.getElementById('pair-view')?.setAttribute('hidden', '');
  const word = document.querySelector<HTMLElement>('h1[data-title]')?.dataset.title;
  if (word) document.title = `${shell.t(word)} · ${shell.t('site.title')}`;
}

/** The pair's file (`/<kind>/<pair>.json.gz`, data-file.ts), or undefined (the note shown) when the site has none. */
export async function pairFile<T>(shell: Shell, kind: PairKind): Promise<T | undefined> {
  const url = `/${kind}/${encodeURIComponent(shell.pair)}.json${DATA_SUFFIX}`;
  const res = await fetch(url);
  if (res.status === 404) {
    missing(shell);
    return undefined;
  }
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return JSON.parse(await dataText(res)) as T;
}

/** Names the pair in the h1 (its first element, before the view's word) and the title; shows the view. */
export function namePair(shell: Shell, name: string, lang: string, withWord: boolean): void {
  const h1 = document.querySelector<HTMLElement>('h1[data-title]');
  if (h1) {
    const span = document.createElement('span');
    span.textContent = name;
    if (lang) span.lang = lang;
    const word = h1.querySelector('[data-t]');
    if (withWord && word) h1.replaceChildren(span, ': ', word);
    else h1.replaceChildren(span);
    document.title = `${name}: ${shell.t(h1.dataset.title!)} · ${shell.t('site.title')}`;
  }
  document.getElementById('pair-view')?.removeAttribute('hidden');
}

/** A label and a link to a document's page in the page's language: `Older version: <a>…</a>`. */
export function documentLink(shell: Shell, labelKey: string, documentId: string, content: Array<string | Node>, lang?: string): DocumentFragment {
  const label = document.createElement('span');
  label.dataset.t = labelKey;
  label.textContent = shell.t(labelKey);
  const a = document.createElement('a');
  a.href = documentHref(shell.locale, documentId);
  if (lang) a.lang = lang;
  a.append(...content);
  const out = document.createDocumentFragment();
  out.append(label, ': ', a);
  return out;
}
