/**
 * Alignment page: the pairs side by side and the TMX / XLIFF downloads, both from the one
 * alignment file the site holds per translation pair (`/alignment/<pair>.json`, the KB's record
 * with offsets) and the two documents' pages, which give the passages' texts back exactly.
 * Both UI languages' pages read those instead of each carrying both texts, and the downloads
 * are made here by the CLI's exporters (byte for byte `seckb align --format ...`) instead of being
 * stored three times. The page is one for both UI languages (ui-language.ts): labels and the
 * drift list's words are in the language it is shown in; texts are set as text.
 */
import type { AlignedPair, Alignment } from '../../align/types.ts';
import { getT, isLocale } from '../../i18n/index.ts';
import { exportAlignment, type ExportFormat } from '../align-export.ts';
import { alignmentView } from '../alignment-view.ts';
import { alignmentWithTexts, type SiteAlignment } from '../site-alignment.ts';
import { documentText } from './document-text.ts';
import { showTarget } from './shared-html.ts';
import { showInAskedLanguage } from './ui-language.ts';

interface Labels {
  empty: string;
  score: string;
  flag: (kind: string) => string;
}

showInAskedLanguage();
const table = document.getElementById('alignment-table') as HTMLTableElement | null;
let loaded: Promise<Alignment> | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function side(text: string, lang: string, labels: Labels): HTMLTableCellElement {
  const td = el('td');
  td.lang = lang;
  if (text) td.textContent = text;
  else td.append(el('span', labels.empty, 'muted'));
  return td;
}

function row(p: AlignedPair, anchor: string, a: Alignment, labels: Labels, pct: Intl.NumberFormat): HTMLTableRowElement {
  const tr = el('tr');
  tr.id = anchor;
  tr.classList.toggle('flagged', p.flags.length > 0);
  tr.classList.toggle('drifted', Boolean(p.drift));
  tr.dataset.flags = p.flags.map((f) => f.kind).join(' ');
  if (p.drift) tr.dataset.drift = p.drift;
  const target = side(p.target.text, a.target.lang, labels);
  const detail = el('div', undefined, 'detail');
  for (const f of p.flags) detail.append(el('span', `${labels.flag(f.kind)}${f.detail ? `: ${f.detail}` : ''}`, `flag flag-${f.kind}`));
  detail.append(el('span', `${labels.score}: ${pct.format(p.score)}`));
  target.append(detail);
  tr.append(side(p.source.text, a.source.lang, labels), target);
  return tr;
}

/** A group heading row before the first pair of each drift item, worded as the page's drift list. */
function groupRow(li: HTMLElement): HTMLTableRowElement {
  const tr = el('tr', undefined, 'drift-group');
  tr.dataset.driftKind = li.dataset.kind ?? '';
  const th = el('th', `${li.querySelector('strong')?.textContent ?? ''}: ${li.querySelector('span')?.textContent ?? ''}`);
  th.scope = 'rowgroup';
  th.colSpan = 2;
  tr.append(th);
  return tr;
}

function render(t: HTMLTableElement, a: Alignment): void {
  const lang = document.documentElement.lang;
  const locale = isLocale(lang) ? lang : 'en';
  const ts = getT(locale, 'site');
  const labels: Labels = { empty: ts('alignment.empty'), score: ts('alignment.score'), flag: (kind) => ts(`flag.${kind}`, { defaultValue: kind }) };
  const pct = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const drift = new Map([...document.querySelectorAll<HTMLElement>('#alignment-drift li[data-id]')].map((li) => [li.dataset.id!, li]));
  const body = el('tbody');
  // Which row starts a drift group, as the server decides it; the drift list said in the language shown.
  const { rows, drift: items } = alignmentView(a, getT(locale, 'align'));
  for (const item of items) {
    const li = drift.get(item.id);
    li?.querySelector('strong')?.replaceChildren(item.title);
    li?.querySelector(':scope > span')?.replaceChildren(item.detail);
  }
  for (const { pair, anchor, group } of rows) {
    const item = group && drift.get(group.id);
    if (item) body.append(groupRow(item));
    body.append(row(pair, anchor, a, labels, pct));
  }
  t.tBodies[0]?.replaceWith(body);
  t.dataset.loaded = 'true';
  showTarget();
}

const EXTENSIONS: Record<ExportFormat, string> = { tmx: 'tmx', xliff: 'xliff', xliff12: 'xlf' };

function download(format: ExportFormat, filename: string, a: Alignment): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([exportAlignment(format, a)], { type: 'application/xml;charset=utf-8' }));
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

if (table?.dataset.src) {
  loaded = fetch(table.dataset.src)
    .then((r) => {
      if (!r.ok) throw new Error(`${table.dataset.src}: HTTP ${r.status}`);
      // The site's record (src/site/site-alignment.ts): offsets into the two documents' texts.
      return r.json() as Promise<SiteAlignment>;
    })
    .then(async (a) => {
      const [source, target] = await Promise.all([documentText(a.source.documentId), documentText(a.target.documentId)]);
      return alignmentWithTexts(a, source, target);
    });
  void loaded.then((a) => render(table, a));
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    button.disabled = false;
    const format = button.dataset.export as ExportFormat;
    // The file is named after the pair, as `seckb align` users name theirs: <source>--<target>.<ext>.
    const filename = `${table.dataset.src.replace(/^.*\/|\.json$/g, '')}.${EXTENSIONS[format]}`;
    button.addEventListener('click', () => void loaded!.then((a) => download(format, filename, a)));
  }
}
