/**
 * The document page's findings table (head and rows), drawn from the findings its page holds as data
 * (src/site/finding-data.ts), in the page's language; and the titles of the findings' marks in the
 * text ("kind: message"), for this document's findings and for other documents' findings whose
 * other place is here. The excerpt cells are filled by doctext.ts from the marks. Text only:
 * every cell is set with textContent.
 */
import { FINDINGS_DATA_ID, messageIn, readFindingsData, type FindingRow } from '../finding-data.ts';
import { getT, isLocale, LOCALES, type Locale } from '../../i18n/index.ts';
import { documentHref } from '../paths.ts';
import { headRow } from './claim-rows.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  e.textContent = text;
  if (className) e.className = className;
  return e;
};

function row(f: FindingRow, locale: Locale, t: ReturnType<typeof getT>): HTMLTableRowElement {
  const [id, severity, kind, , related = []] = f;
  const tr = document.createElement('tr');
  tr.dataset.m = `f-${id}`;
  const message = el('td', messageIn(f, LOCALES.indexOf(locale)));
  for (const [documentId, title, excerpt] of related) {
    const detail = el('div', `${t('findings.related')}: `, 'detail');
    const a = el('a', title);
    a.href = `${documentHref(locale, documentId)}#r-${id}`;
    detail.append(a, `: “${excerpt}”`);
    message.append(detail);
  }
  const excerpt = el('td', '', 'excerpt');
  excerpt.dataset.excerpt = '';
  tr.append(el('td', t(`severity.${severity}`), `sev sev-${severity}`), el('td', t(`kind.${kind}`, { defaultValue: kind })), message, excerpt);
  return tr;
}

/**
 * Puts the rows into the page's `table.findings` (once), takes the data block out of `text` and
 * gives the marks' titles by mark id (`f-<id>` and `r-<id>`).
 */
export function drawFindingRows(text: Document): Map<string, string> {
  const block = text.getElementById(FINDINGS_DATA_ID);
  block?.remove();
  const titles = new Map<string, string>();
  const lang = document.documentElement.lang;
  if (!isLocale(lang)) return titles;
  const t = getT(lang, 'site');
  const data = readFindingsData(block?.textContent);
  const title = (f: FindingRow): string => `${t(`kind.${f[2]}`, { defaultValue: f[2] })}: ${messageIn(f, LOCALES.indexOf(lang))}`;
  for (const f of data.at) titles.set(`r-${f[0]}`, title(f));
  for (const f of data.own) {
    titles.set(`f-${f[0]}`, title(f));
    titles.set(`r-${f[0]}`, title(f));
  }
  const table = document.querySelector<HTMLTableElement>('table.findings');
  if (table) {
    if (!table.tHead) table.createTHead().append(headRow([t('findings.severity'), t('findings.kind'), t('findings.message'), t('findings.excerpt')]));
    (table.tBodies[0] ?? table.createTBody()).replaceChildren(...data.own.map((f) => row(f, lang, t)));
    table.removeAttribute('aria-busy');
    table.hidden = false;
  }
  return titles;
}
