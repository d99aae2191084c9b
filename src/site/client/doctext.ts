/**
 * Document page: puts the document's text (/text/<id>.html, the one copy for both UI languages)
 * into the page, gives each mark its title in the page's language (a claim's: its row of the
 * claims table, "attribute: value"; others: #mark-labels), writes each claim's quote from its
 * marks, and then shows the passage the address points at (#c-..., #f-..., a section), as a link
 * from a quote expects. Until then, or if the text cannot be loaded, the page links to the text page.
 */
const box = document.querySelector<HTMLElement>('.doctext[data-src]');

/** The element the address names, marked as the target (it did not exist when the page loaded). */
function showTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  target.classList.add('is-target');
  target.scrollIntoView();
}

const words = (cell: HTMLElement | undefined): string => (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A claim's quote from the marks over it: one block's pieces run on, pieces of two blocks get a space. */
function quote(marks: HTMLElement[]): string {
  return marks.map((m, i) => (i > 0 && m.parentElement !== marks[i - 1]!.parentElement ? ' ' : '') + (m.textContent ?? '')).join('');
}

async function load(el: HTMLElement): Promise<void> {
  const res = await fetch(el.dataset.src!);
  if (!res.ok) throw new Error(`${el.dataset.src}: HTTP ${res.status}`);
  const parsed = new DOMParser().parseFromString(await res.text(), 'text/html');
  const labels = new Map([...document.querySelectorAll<HTMLElement>('#mark-labels [data-m]')].map((li) => [li.dataset.m!, li.textContent ?? '']));
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.claims tr[data-m]')];
  for (const tr of rows) labels.set(tr.dataset.m!, `${words(tr.cells[0])}: ${words(tr.cells[1])}`);
  const pieces = new Map<string, HTMLElement[]>();
  for (const mark of parsed.querySelectorAll<HTMLElement>('mark[data-m]')) {
    const ids = (mark.dataset.m ?? '').split(' ');
    const title = [...new Set(ids.map((id) => labels.get(id) ?? ''))].filter(Boolean).join(' · ');
    if (title) mark.title = title;
    for (const id of ids) pieces.set(id, [...(pieces.get(id) ?? []), mark]);
  }
  for (const tr of rows) {
    const link = tr.querySelector<HTMLElement>('a[data-quote]');
    const marks = pieces.get(tr.dataset.m!);
    if (link && marks) link.textContent = `“${quote(marks)}”`;
  }
  el.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  el.removeAttribute('aria-busy');
  el.dataset.loaded = 'true';
  showTarget();
}

if (box) void load(box);
