/**
 * The document page's claims table (head and rows), drawn from the claims its page holds as data
 * (src/site/document-data.ts), in the page's language: the claims module's own labels and value
 * formatter (src/site/claim-text.ts, the words of `seckb compare`). The quote cells are filled by
 * doctext.ts from the marks. Text only: every cell is set with textContent.
 */
import { claimAttribute, claimQualifiers, claimValue } from '../claim-text.ts';
import { CLAIMS_DATA_ID, readClaimBlock } from '../document-data.ts';
import { getT, isLocale, type Locale } from '../../i18n/index.ts';

const cell = (tag: 'th' | 'td', text = ''): HTMLTableCellElement => {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
};

/** A table's head row: column headers with these labels. */
export function headRow(labels: string[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const label of labels) {
    const th = cell('th', label);
    th.scope = 'col';
    tr.append(th);
  }
  return tr;
}

/** Puts the rows into the page's `table.claims` (once) and takes the data block out of `text`. */
export function drawClaimRows(text: Document, docLanguage: string): void {
  const data = text.getElementById(CLAIMS_DATA_ID);
  data?.remove();
  const table = document.querySelector<HTMLTableElement>('table.claims');
  const lang = document.documentElement.lang;
  if (!table || !isLocale(lang)) return;
  const locale: Locale = lang;
  const t = getT(locale, 'site');
  if (!table.tHead) table.createTHead().append(headRow([t('doc.attribute'), t('doc.value'), t('compare.quote')]));
  const body = table.tBodies[0] ?? table.createTBody();
  body.replaceChildren(
    ...readClaimBlock(data).map(([id, attribute, value, qualifiers = {}, quoteLang = docLanguage]) => {
      const tr = document.createElement('tr');
      tr.dataset.m = `c-${id}`;
      const th = cell('th', claimAttribute({ attribute }, locale));
      th.scope = 'row';
      const valueCell = cell('td', claimValue({ attribute, value }, locale));
      const detail = claimQualifiers({ qualifiers }, locale);
      if (detail) {
        const span = document.createElement('span');
        span.className = 'detail';
        span.textContent = ` (${detail})`;
        valueCell.append(span);
      }
      const quote = cell('td');
      quote.lang = quoteLang;
      quote.dataset.quote = '';
      tr.append(th, valueCell, quote);
      return tr;
    }),
  );
  table.removeAttribute('aria-busy');
  table.hidden = false;
}
