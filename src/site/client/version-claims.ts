/**
 * Version pair page: the statements that changed between the two versions, drawn in the page's
 * language from the pair's file (/versions/<pair>.json: which claims were added, removed or
 * changed, by id) and the two document pages (each claim's attribute, value and qualifiers from their
 * claims data, its quote from its marks), so neither language's page carries the table and its
 * quotes. Text only: every cell is set with textContent.
 */
import type { ClaimRow } from '../document-data.ts';
import { CLAIMS_DATA_ID, readClaimBlock } from '../document-data.ts';
import { claimLabel, claimValue } from '../claim-text.ts';
import { markNames } from '../mark-names.ts';
import type { ClaimChanges } from '../versions.ts';
import { documentHref } from '../paths.ts';
import { TEXT_BOX } from '../text-layout.ts';
import { getT, isLocale } from '../../i18n/index.ts';
import { headRow } from './claim-rows.ts';
import { quote } from './mark-ids.ts';

interface Side {
  documentId: string;
  rows: Map<string, ClaimRow>;
  /** Claim id -> its quote, from its marks in the document page. */
  quote: (claimId: string) => string;
  lang: string;
}

export function claimSide(documentId: string, page: Document): Side {
  const rows = readClaimBlock(page.getElementById(CLAIMS_DATA_ID));
  const names = markNames(rows.map((r) => r[0]), [], []);
  return {
    documentId,
    rows: new Map(rows.map((r) => [r[0], r])),
    quote: (id) => {
      const name = names.get(`c-${id}`);
      return name ? quote([...page.querySelectorAll<HTMLElement>(`mark[id="${name}"], mark[data-m~="${name}"]`)]) : '';
    },
    // The document's language is its text box's (the page's own is the UI language it is written in).
    lang: page.querySelector<HTMLElement>(`.${TEXT_BOX}`)?.lang ?? page.documentElement.lang,
  };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  e.textContent = text;
  return e;
};

/** Puts the rows into the page's `#claim-diff` table: added, removed, then changed, as the KB's diff lists them. */
export function drawClaimChanges(changes: ClaimChanges, older: Side, newer: Side): void {
  const table = document.querySelector<HTMLTableElement>('#claim-diff');
  const locale = document.documentElement.lang;
  if (!table || !isLocale(locale)) return;
  const t = getT(locale, 'site');
  const value = (s: Side, id: string): HTMLTableCellElement => {
    const td = el('td');
    const row = s.rows.get(id);
    if (!row) return td;
    const [, attribute, v, , lang = s.lang] = row;
    const a = el('a', claimValue({ attribute, value: v }, locale));
    a.href = `${documentHref(locale, s.documentId)}#c-${id}`;
    const detail = el('span', `“${s.quote(id)}”`);
    detail.className = 'detail';
    detail.lang = lang;
    td.append(a, ' ', detail);
    return td;
  };
  const label = (s: Side, id: string): HTMLTableCellElement => {
    const row = s.rows.get(id);
    const th = el('th', row ? claimLabel({ attribute: row[1], qualifiers: row[3] ?? {} }, locale) : '');
    th.scope = 'row';
    return th;
  };
  const tr = (kind: string, ...cells: HTMLTableCellElement[]): HTMLTableRowElement => {
    const r = el('tr');
    if (kind === 'added') r.className = 's-added-row';
    r.append(el('td', t(`versions.${kind}`)), ...cells);
    return r;
  };
  table.createTHead().append(headRow([t('findings.kind'), t('doc.attribute'), t('versions.old'), t('versions.new')]));
  (table.tBodies[0] ?? table.createTBody()).replaceChildren(
    ...changes.added.map((id) => tr('added', label(newer, id), el('td', '—'), value(newer, id))),
    ...changes.removed.map((id) => tr('removed', label(older, id), value(older, id), el('td', '—'))),
    ...changes.changed.map(([o, n]) => tr('changed', label(older, o), value(older, o), value(newer, n))),
  );
  table.removeAttribute('aria-busy');
  table.hidden = false;
}
