/**
 * Document page: shows the page in the UI language the address asks for (ui-language.ts), gives
 * the text's marks their full ids and classes (mark-ids.ts), draws the claims and findings tables
 * from the data the page holds (claim-rows.ts, finding-rows.ts), gives each mark its title in the
 * page's language (a claim's: its row of the claims table, "attribute: value"; a finding's: "kind:
 * message"), writes each claim's quote and finding's excerpt from its marks into its row as a link
 * to them, lists the text's headings as the contents, and then shows the passage the address
 * points at (#c-..., #f-..., a section, or a mark's short name, #c3, as the comparison and the
 * findings list link it), as a link from a quote expects. Without scripts the text
 * reads as it is.
 */
import { drawClaimRows } from './claim-rows.ts';
import { drawFindingRows } from './finding-rows.ts';
import { quote, restoreMarks } from './mark-ids.ts';
import { CLAIMS_DATA_ID, readClaimBlock } from '../document-data.ts';
import { FINDINGS_DATA_ID, readFindingsData } from '../finding-data.ts';
import { showTarget } from './shared-html.ts';
import { showInAskedLanguage } from './ui-language.ts';
import { TEXT_BOX } from '../text-layout.ts';

const box = document.querySelector<HTMLElement>(`.${TEXT_BOX}`);

const words = (cell: HTMLElement | undefined): string => (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The contents list from the text's headings, indented by level as the sections nest. */
function contents(text: HTMLElement): void {
  const list = document.querySelector('#doc-toc ol');
  if (!list) return;
  const headings = [...text.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id], h5[id], h6[id]')];
  const level = (h: HTMLElement): number => Number(h.tagName.slice(1));
  const top = Math.min(...headings.map(level));
  list.replaceChildren(
    ...headings.map((h) => {
      const li = document.createElement('li');
      li.className = `l${level(h) - top + 2}`;
      const a = document.createElement('a');
      a.href = `#${h.id}`;
      a.textContent = h.textContent;
      li.append(a);
      return li;
    }),
  );
  list.closest('nav')!.hidden = !headings.length;
}

function load(el: HTMLElement): void {
  showInAskedLanguage();
  const full = restoreMarks(el, readClaimBlock(document.getElementById(CLAIMS_DATA_ID)), readFindingsData(document.getElementById(FINDINGS_DATA_ID)?.textContent));
  // A link from the comparison or the findings list names a mark by its short name (mark-links.ts).
  const asked = full.get(decodeURIComponent(location.hash.slice(1)));
  if (asked) history.replaceState(history.state, '', `#${asked}`);
  drawClaimRows(document, el.lang);
  const labels = drawFindingRows(document);
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.claims tr[data-m]')];
  for (const tr of rows) labels.set(tr.dataset.m!, `${words(tr.cells[0])}: ${words(tr.cells[1])}`);
  const pieces = new Map<string, HTMLElement[]>();
  // A mark that is one mark's only or first piece names itself by its id alone (document-html.ts).
  for (const mark of el.querySelectorAll<HTMLElement>('mark[id]:not([data-m])')) mark.dataset.m = mark.id;
  for (const mark of el.querySelectorAll<HTMLElement>('mark[data-m]')) {
    const ids = (mark.dataset.m ?? '').split(' ');
    const title = [...new Set(ids.map((id) => labels.get(id) ?? ''))].filter(Boolean).join(' · ');
    if (title) mark.title = title;
    for (const id of ids) pieces.set(id, [...(pieces.get(id) ?? []), mark]);
  }
  // A claim's quote and a finding's excerpt, written from their marks, link to them.
  for (const tr of document.querySelectorAll<HTMLTableRowElement>('table.claims tr[data-m], table.findings tr[data-m]')) {
    const cell = tr.querySelector<HTMLElement>('[data-quote], [data-excerpt]');
    const marks = pieces.get(tr.dataset.m!);
    if (!cell || !marks) continue;
    const link = document.createElement('a');
    link.href = `#${tr.dataset.m}`;
    link.textContent = cell.dataset.quote === undefined ? quote(marks) : `“${quote(marks)}”`;
    cell.replaceChildren(link);
  }
  contents(el);
  el.dataset.loaded = 'true';
  showTarget();
}

if (box) load(box);
