/**
 * Comparison page: pick vendors (toggle columns), recompute "differs" markers over the shown
 * columns, export CSV of what is shown (same cells as `seckb compare --format csv`). A body cell's
 * column is its place in its row; its CSV text is what it shows ("value (details)", joined by
 * "; ") unless the page gives another in `data-csv`, and a row's labels are its group's and its
 * own head's unless given the same way (src/components/ComparisonTable.astro). A value's quote shows
 * on hover, focus and tap, fetched from its document's page (quotes.ts). Shown in the language the
 * address asks for (`?pl`): the labels by their keys (ui-language.ts), the tables' words from the
 * page's dictionaries (page-words.ts), the title here.
 */
import { markDifferences } from '../differs.ts';
import { toCsv } from '../csv.ts';
import { getT, isLocale, type Locale } from '../../i18n/index.ts';
import { onQuoteWanted, quoteTip } from './quotes.ts';
import { pageWords, sayAttribute, sayWords } from './page-words.ts';
import { showInAskedLanguage } from './ui-language.ts';

// One page set for both UI languages (src/pages/compare/[...page].astro): the labels first, then
// the tables' words from their dictionaries.
const from = showInAskedLanguage();
const lang = document.documentElement.lang;
const locale: Locale = isLocale(lang) ? lang : 'en';
const t = getT(locale, 'site');
if (from) {
  const compare = document.getElementById('compare-table');
  const coverage = document.getElementById('coverage-table');
  if (compare) {
    const words = pageWords('compare-words', locale);
    sayWords([...compare.querySelectorAll(':scope > tbody')], locale, words);
    for (const name of ['data-csv', 'title']) sayAttribute(compare, name, locale, words);
  }
  if (coverage) sayWords([...coverage.querySelectorAll(':scope > tbody')], locale, pageWords('coverage-words', locale));
  const h1 = document.querySelector<HTMLElement>('h1[data-t]');
  document.title = `${t('compare.title')}${h1?.dataset.page ? ` (${h1.dataset.page})` : ''} · ${t('site.title')}`;
}

const picker = document.getElementById('vendor-picker');
const boxes = (): HTMLInputElement[] => [...document.querySelectorAll<HTMLInputElement>('input[name="vendor"]')];
const columns = (): string[] => [...document.querySelectorAll<HTMLElement>('#compare-table thead th[data-col]')].map((th) => th.dataset.col ?? '');
const rows = (): HTMLTableRowElement[] => [...document.querySelectorAll<HTMLTableRowElement>('#compare-table tr[data-row]')];
/** The coverage table's body rows: their cells' columns are their places, as the comparison's. */
const coverageRows = (): HTMLTableRowElement[] => [...document.querySelectorAll<HTMLTableRowElement>('#coverage-table tbody tr')];

function shown(): Set<string> {
  return new Set(boxes().filter((b) => b.checked).map((b) => b.value));
}

/** The row's body cells of the shown columns. */
function shownCells(row: HTMLTableRowElement, cols: string[], visible: Set<string>): HTMLTableCellElement[] {
  return [...row.querySelectorAll<HTMLTableCellElement>(':scope > td')].filter((_, i) => visible.has(cols[i] ?? ''));
}

function apply(): void {
  const visible = shown();
  const cols = columns();
  for (const el of document.querySelectorAll<HTMLElement>('[data-col]')) el.classList.toggle('hidden-col', !visible.has(el.dataset.col ?? ''));
  for (const row of [...rows(), ...coverageRows()]) row.querySelectorAll<HTMLTableCellElement>(':scope > td').forEach((td, i) => td.classList.toggle('hidden-col', !visible.has(cols[i] ?? '')));
  for (const row of rows()) {
    const cells = shownCells(row, cols, visible);
    const marks = markDifferences(cells.map((td) => td.dataset.k ?? ''));
    cells.forEach((td, i) => td.classList.toggle('differs', marks.cells[i]!));
    row.querySelector('th')?.classList.toggle('differs', marks.differs);
  }
}

const words = (el: Element | null | undefined): string => el?.textContent ?? '';

/** What a cell shows, as the claims reporter writes it: "value (details)" per value, joined by "; ". */
function cellText(td: HTMLElement): string {
  return td.dataset.csv ?? [...td.querySelectorAll(':scope > ul > li')].map((li) => words(li.querySelector(':scope > a')) + words(li.querySelector(':scope > .detail'))).join('; ');
}

/** Group, attribute and qualifiers of a row. */
function rowLabels(tr: HTMLTableRowElement): string[] {
  if (tr.dataset.csv) return JSON.parse(tr.dataset.csv) as string[];
  const th = tr.querySelector('th');
  const own = [...(th?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
  return [words(tr.parentElement?.querySelector('tr.group th')), own, words(th?.querySelector('.qual'))];
}

/** Rows of the CSV: the label cells of each row, then the shown vendors' cells. */
function shownRows(visible: Set<string>): string[][] {
  const cols = columns();
  const head = document.querySelector<HTMLTableRowElement>('#compare-table thead tr');
  const vendors = [...document.querySelectorAll<HTMLElement>('#compare-table thead th[data-col]')].filter((th) => visible.has(th.dataset.col ?? ''));
  const out = [[...(JSON.parse(head?.dataset.csv ?? '[]') as string[]), ...vendors.map((th) => th.dataset.csv ?? words(th.querySelector(':scope > a')))]];
  for (const tr of rows()) out.push([...rowLabels(tr), ...shownCells(tr, cols, visible).map(cellText)]);
  return out;
}

function exportCsv(): void {
  if (!document.getElementById('compare-table')) return;
  const blob = new Blob([toCsv(shownRows(shown()))], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `seckb-comparison-${locale}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

picker?.addEventListener('change', apply);
picker?.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const pick = target.dataset.pick;
  if (!pick) return;
  for (const b of boxes()) b.checked = pick === 'all';
  apply();
});
document.getElementById('export-csv')?.addEventListener('click', exportCsv);
apply();

/** A value's tooltip: its questionnaire label, the quote in its language, how many more quotes say the same. */
function valueTip(li: HTMLElement): void {
  const link = li.querySelector<HTMLAnchorElement>(':scope > a');
  if (!link) return;
  quoteTip(li, link, (tip, q) => {
    const parts: Array<Node | string> = [];
    if (li.dataset.label) {
      const label = document.createElement('span');
      label.className = 'evidence-label';
      label.textContent = `${li.dataset.label} `;
      parts.push(label);
    }
    if (q) {
      const words = document.createElement('span');
      if (q.lang !== document.documentElement.lang) words.lang = q.lang;
      words.textContent = `“${q.text}”`;
      parts.push(words);
    }
    const more = Number(li.dataset.more ?? 0);
    if (more > 0) {
      const span = document.createElement('span');
      span.className = 'more';
      span.textContent = ` ${t('compare.more', { count: more })}`;
      parts.push(span);
    }
    // A risk marker's words (written once, for screen readers) show in the tooltip.
    const risk = li.querySelector('.marker.risk .visually-hidden')?.textContent;
    if (risk) {
      const line = document.createElement('span');
      line.className = 'tip-risk';
      line.textContent = risk;
      parts.push(line);
    }
    tip.replaceChildren(...parts);
  });
}

const table = document.getElementById('compare-table');
if (table) onQuoteWanted(table, 'li', valueTip);
