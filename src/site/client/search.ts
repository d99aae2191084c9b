/**
 * Search as you type over the KB's sharded index (src/search/query.ts fetches only the term files
 * a query needs and the documents of the results it shows). The first few results are shown as
 * soon as their excerpts arrive, the rest follow. Results grouped by document; arrow keys move
 * between results. Text only: every excerpt is built with text nodes and <mark> elements, never
 * innerHTML.
 */
import { loadSearch, type SearchEngine } from '../../search/query.ts';
import type { SearchResult } from '../../search/types.ts';
import { pickPlural, type PluralForms } from '../plural.ts';
import { documentText } from './document-text.ts';
import { documentHref } from '../paths.ts';
import { isLocale } from '../../i18n/locales.ts';
import { DATA_SUFFIX, dataText } from './data-file.ts';

const root = document.getElementById('search');
const input = document.getElementById('q') as HTMLInputElement | null;
const langSelect = document.getElementById('search-lang') as HTMLSelectElement | null;
const list = document.getElementById('search-results');
const status = document.getElementById('search-status');

/** Shown as soon as their documents arrive; the rest follow (each result fetches its document). */
const FIRST_RESULTS = 5;
const ALL_RESULTS = 20;

let engine: Promise<SearchEngine> | undefined;
let seq = 0;

function getEngine(): Promise<SearchEngine> {
  engine ??= loadSearch(
    (file) =>
      // Stored gzip-compressed (data-file.ts).
      fetch(`/${file}${DATA_SUFFIX}`).then((r) => {
        if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
        return dataText(r);
      }),
    // The site's passage files hold offsets: excerpts are cut from the results' document pages.
    { texts: documentText },
  );
  return engine;
}

function excerptNode(r: SearchResult): HTMLElement {
  const p = document.createElement('span');
  p.className = 'excerpt';
  let at = 0;
  for (const [s, e] of [...r.highlights].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    p.append(r.excerpt.slice(at, s));
    const m = document.createElement('mark');
    m.textContent = r.excerpt.slice(s, e);
    p.append(m);
    at = e;
  }
  p.append(r.excerpt.slice(at));
  return p;
}

function render(results: SearchResult[]): void {
  if (!list || !root) return;
  const groups = new Map<string, SearchResult[]>();
  for (const r of results) groups.set(r.documentId, [...(groups.get(r.documentId) ?? []), r]);
  list.replaceChildren();
  // Two versions of a paper often share a title: their file names tell them apart.
  const titles = new Map<string, number>();
  for (const hits of groups.values()) titles.set(hits[0]!.title, (titles.get(hits[0]!.title) ?? 0) + 1);
  for (const [documentId, hits] of groups) {
    const li = document.createElement('li');
    const h = document.createElement('h2');
    h.textContent = `${hits[0]!.title}`;
    h.lang = hits[0]!.lang;
    const vendor = document.createElement('span');
    vendor.className = 'muted';
    const file = titles.get(hits[0]!.title)! > 1 ? ` · ${hits[0]!.source.split('/').pop()}` : '';
    vendor.textContent = ` (${hits[0]!.vendor}${file})`;
    h.append(vendor);
    const ol = document.createElement('ol');
    for (const r of hits) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = `${documentHref(isLocale(root.dataset.locale) ? root.dataset.locale : 'en', documentId)}#${encodeURIComponent(r.sectionId)}`;
      a.className = 'result';
      a.lang = r.lang;
      const head = document.createElement('strong');
      head.textContent = r.heading;
      a.append(head, document.createElement('br'), excerptNode(r));
      item.append(a);
      ol.append(item);
    }
    li.append(h, ol);
    list.append(li);
  }
}

async function run(): Promise<void> {
  const mine = ++seq;
  try {
    await search(mine);
  } finally {
    // The results are the last query's, all of them: no longer busy (schedule set it).
    if (mine === seq) list?.setAttribute('aria-busy', 'false');
  }
}

async function search(mine: number): Promise<void> {
  if (!input || !status || !root) return;
  const q = input.value.trim();
  if (!q) {
    list?.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = root.dataset.loading ?? '';
  const e = await getEngine();
  const lang = langSelect?.value || undefined;
  const forms = JSON.parse(root.dataset.results ?? '{}') as PluralForms;
  for (const limit of [FIRST_RESULTS, ALL_RESULTS]) {
    // A query over the caps (src/search/query-limits.ts) finds nothing rather than failing.
    const results = await e.searchAsync(q, { limit, ...(lang ? { lang } : {}) }).catch(() => []);
    if (mine !== seq) return;
    // Re-rendering with more results keeps the keyboard on the result it was on.
    const links = () => [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.result')];
    const focused = links().indexOf(document.activeElement as HTMLAnchorElement);
    render(results);
    if (focused >= 0) links()[focused]?.focus();
    status.textContent = results.length ? pickPlural(root.dataset.locale ?? 'en', forms, results.length) : (root.dataset.none ?? '');
    if (results.length < limit) break;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  // Busy from the keystroke on, so the results shown until run() is done read as stale.
  list?.setAttribute('aria-busy', 'true');
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 120);
}

input?.addEventListener('input', schedule);
langSelect?.addEventListener('change', schedule);
document.getElementById('search-form')?.addEventListener('submit', (e) => {
  e.preventDefault();
  list?.setAttribute('aria-busy', 'true');
  void run();
});

// Keyboard: ArrowDown from the box to the first result, arrows between results, Escape back.
root?.addEventListener('keydown', (e) => {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.result')];
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown' && (document.activeElement === input || i >= 0)) {
    links[Math.min(i + 1, links.length - 1)]?.focus();
    e.preventDefault();
  } else if (e.key === 'ArrowUp' && i >= 0) {
    (i === 0 ? input : links[i - 1])?.focus();
    e.preventDefault();
  } else if (e.key === 'Escape') {
    if (input) {
      input.value = i >= 0 ? input.value : '';
      input.focus();
    }
    void run();
  }
});

// A query in the address (?q=) runs at once, so results can be linked.
const initial = new URLSearchParams(location.search).get('q');
if (input && initial) {
  input.value = initial;
  void run();
}
