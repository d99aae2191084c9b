/**
 * A quote or an excerpt stands once, on its document's page: the comparison and the findings list
 * link to its highlight there (`/documents/<id>/?en#c3`, src/site/mark-links.ts) and show it on
 * demand, read from the marks of that name in the fetched page (one fetch per document page, kept
 * for the next). A tooltip of the link's own, made the first time it is hovered, focused or tapped.
 */
import { quote } from './mark-ids.ts';
import { loadShared } from './shared-html.ts';

const pages = new Map<string, Promise<Document>>();

function page(pathname: string): Promise<Document> {
  let p = pages.get(pathname);
  if (!p) {
    p = loadShared(pathname);
    pages.set(pathname, p);
    p.catch(() => pages.delete(pathname));
  }
  return p;
}

/** The text of the marks a link's address names (a mark names itself by `data-m`, else its id), and their language. */
export async function quoteAt(href: string): Promise<{ text: string; lang: string } | undefined> {
  const url = new URL(href, location.href);
  const name = decodeURIComponent(url.hash.slice(1));
  if (!name) return undefined;
  const doc = await page(url.pathname);
  const marks = [...doc.querySelectorAll<HTMLElement>('mark')].filter((m) => (m.dataset.m?.split(' ') ?? [m.id]).includes(name));
  if (!marks.length) return undefined;
  return { text: quote(marks), lang: marks[0]!.closest<HTMLElement>('[lang]')?.lang ?? '' };
}

let made = 0;

/**
 * The tooltip of `link` (class `tip`, inside `holder`), made once: "…" until the quote is in, then
 * what `write` makes of it. The link is described by it.
 */
export function quoteTip(holder: HTMLElement, link: HTMLAnchorElement, write: (tip: HTMLElement, q: { text: string; lang: string } | undefined) => void): void {
  if (holder.querySelector(':scope > .tip')) return;
  const tip = document.createElement('span');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.id = `q${made++}`;
  tip.textContent = '…';
  link.setAttribute('aria-describedby', tip.id);
  holder.append(tip);
  quoteAt(link.href).then(
    (q) => write(tip, q),
    () => write(tip, undefined),
  );
}

/** Calls `show` with the element under `selector` that is hovered, focused or touched inside `root`. */
export function onQuoteWanted(root: HTMLElement, selector: string, show: (el: HTMLElement) => void): void {
  for (const type of ['pointerover', 'focusin', 'pointerdown'] as const) {
    root.addEventListener(type, (e) => {
      const el = (e.target as Element | null)?.closest<HTMLElement>(selector);
      if (el && root.contains(el)) show(el);
    });
  }
}
