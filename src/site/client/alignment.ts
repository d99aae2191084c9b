/**
 * A translation pair's alignment page (src/pages/alignment/index.astro, one page for every pair:
 * the pair is named by the address, pair-shell.ts): its names and counts, the drift list, the
 * pairs side by side and the TMX / XLIFF downloads, all from the one alignment file the site holds
 * per translation pair (`/alignment/<pair>.json`, the KB's record with offsets) and the two
 * documents' pages, which give the passages' texts back exactly and the documents' titles and
 * vendor. The downloads are made here by the CLI's exporters (byte for byte `seckb align --format
 * ...`) instead of being stored. Labels and the drift list's words are in the language the page is
 * shown in; texts are set as text.
 */
import type { AlignedPair, Alignment } from '../../align/types.ts';
import { getT } from '../../i18n/index.ts';
import { exportAlignment, type ExportFormat } from '../align-export.ts';
import { alignmentView, type DriftEntry } from '../alignment-view.ts';
import { alignmentWithTexts, type SiteAlignment } from '../site-alignment.ts';
import { languageLabel } from '../language-label.ts';
import { documentPage, documentText } from './document-text.ts';
import { showTarget } from './shared-html.ts';
import { documentLink, namePair, openShell, pairFile, type Shell } from './pair-shell.ts';

interface Labels {
  empty: string;
  score: string;
  flag: (kind: string) => string;
}

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
function groupRow(item: DriftEntry): HTMLTableRowElement {
  const tr = el('tr', undefined, 'drift-group');
  tr.dataset.driftKind = item.kind;
  const th = el('th', `${item.title}: ${item.detail}`);
  th.scope = 'rowgroup';
  th.colSpan = 2;
  tr.append(th);
  return tr;
}

/** The drift list: document-level drift items, each with a link to the first row it groups. */
function driftList(shell: Shell, items: DriftEntry[]): HTMLElement {
  const section = el('section');
  section.id = 'alignment-drift';
  section.setAttribute('aria-labelledby', 'drift-title');
  const h2 = el('h2', getT(shell.locale, 'align')('drift.title'));
  h2.id = 'drift-title';
  const ul = el('ul');
  for (const item of items) {
    const li = el('li');
    li.dataset.id = item.id;
    li.dataset.kind = item.kind;
    li.append(el('strong', item.title), ': ', el('span', item.detail));
    if (item.anchor) {
      const a = el('a', shell.t('alignment.show'));
      a.href = `#${item.anchor}`;
      li.append(' · ', a);
    }
    ul.append(li);
  }
  section.append(h2, ul);
  return section;
}

/** The pair's names from its file and the two document pages: vendor, titles, languages. */
async function drawHead(shell: Shell, a: SiteAlignment): Promise<void> {
  const refs = [a.source, a.target];
  const pages = await Promise.all(refs.map((r) => documentPage(r.documentId)));
  // The vendor is the first entry of the document page's meta (src/pages/documents/[id].astro).
  namePair(shell, pages[0]!.querySelector('dl.meta dd a')?.textContent ?? a.source.documentId, '', true);
  const language = (lang: string): string => languageLabel(lang, shell.locale, getT(shell.locale, 'common')(`language.${lang}`, { defaultValue: '' }));
  const parts = refs.flatMap((r, i) => {
    const h1 = pages[i]!.querySelector('h1');
    const name = el('span', language(r.lang));
    name.dataset.language = r.lang;
    return [...(i ? [' · '] : []), documentLink(shell, i ? 'alignment.target' : 'alignment.source', r.documentId, [h1?.textContent ?? r.documentId], h1?.lang || r.lang), ' (', name, ')'];
  });
  document.getElementById('pair-lead')?.replaceChildren(...parts);
  document.querySelectorAll('#alignment-table thead th > span:last-child').forEach((span, i) => (span.textContent = refs[i]!.lang));
}

function render(shell: Shell, t: HTMLTableElement, a: Alignment): void {
  const labels: Labels = { empty: shell.t('alignment.empty'), score: shell.t('alignment.score'), flag: (kind) => shell.t(`flag.${kind}`, { defaultValue: kind }) };
  const pct = new Intl.NumberFormat(shell.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = document.querySelector<HTMLElement>('#align-summary [data-n]');
  if (count) {
    count.dataset.n = String(a.pairs.length);
    count.textContent = shell.t('pair', { count: a.pairs.length });
  }
  const flagged = document.querySelector('#align-summary strong');
  if (flagged) flagged.textContent = String(a.pairs.filter((p) => p.flags.length > 0).length);
  // Which row starts a drift group, as the CLI's words for the items in the language shown.
  const { rows, drift } = alignmentView(a, getT(shell.locale, 'align'));
  if (drift.length) document.getElementById('align-none')?.before(driftList(shell, drift));
  if (a.pairs.length === 0) {
    document.getElementById('align-none')?.removeAttribute('hidden');
    document.getElementById('align-downloads')?.remove();
    t.remove();
    return;
  }
  const body = el('tbody');
  for (const { pair, anchor, group } of rows) {
    if (group) body.append(groupRow(group));
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

async function load(shell: Shell, table: HTMLTableElement): Promise<void> {
  const site = await pairFile<SiteAlignment>(shell, 'alignment');
  if (!site) return;
  await drawHead(shell, site);
  const [source, target] = await Promise.all([documentText(site.source.documentId), documentText(site.target.documentId)]);
  const a = alignmentWithTexts(site, source, target);
  render(shell, table, a);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    button.disabled = false;
    const format = button.dataset.export as ExportFormat;
    // The file is named after the pair, as `seckb align` users name theirs: <source>--<target>.<ext>.
    button.addEventListener('click', () => download(format, `${shell.pair}.${EXTENSIONS[format]}`, a));
  }
}

const shell = openShell();
const table = document.getElementById('alignment-table') as HTMLTableElement | null;
if (shell && table) void load(shell, table);
