/**
 * The vendor list (one page set for both UI languages, src/pages/vendors/[...page].astro): shown in
 * the language the address asks for: the labels by their keys (ui-language.ts), the cards' counts,
 * documents' languages and dates and questionnaires' answers from the page's dictionary
 * (page-words.ts: only those elements, so no vendor's name or title is looked up), the title here.
 */
import { getT, isLocale } from '../../i18n/index.ts';
import { pageWords, sayWords } from './page-words.ts';
import { showInAskedLanguage } from './ui-language.ts';

const from = showInAskedLanguage();
const lang = document.documentElement.lang;
if (from && isLocale(lang)) {
  const t = getT(lang, 'site');
  sayWords([...document.querySelectorAll('#vendor-list > li > p, #vendor-list .muted, #vendor-list .answers')], lang, pageWords('vendor-words', lang));
  const h1 = document.querySelector<HTMLElement>('h1[data-t]');
  document.title = `${t('vendors.title')}${h1?.dataset.page ? ` (${h1.dataset.page})` : ''} · ${t('site.title')}`;
}
