/**
 * The marks of a document page's text get back their full ids (`c-<claim id>`, `f-<finding id>`,
 * `r-<finding id>`) from their short names (src/site/mark-names.ts) and their classes from what
 * they stand for (`claim`, `finding-<severity>`), so the page links, titles and styles
 * them as if it carried them whole; and a claim's quote from its marks.
 */
import type { ClaimRow } from '../document-data.ts';
import type { FindingsData } from '../finding-data.ts';
import { fullIds, markNames } from '../mark-names.ts';

/**
 * The empty anchors before a mark for the other marks starting with it (document-html.ts
 * segmentsHtml leaves them out): the names of its `data-m` that no earlier mark holds, in order.
 */
export function restoreAnchors(page: ParentNode): void {
  const seen = new Set<string>();
  for (const mark of page.querySelectorAll<HTMLElement>('mark')) {
    for (const name of mark.dataset.m?.split(' ') ?? [mark.id]) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (name === mark.id) continue;
      const anchor = mark.ownerDocument.createElement('span');
      anchor.id = name;
      mark.before(anchor);
    }
  }
}

/** Gives the marks their full ids and classes; returns short name -> full id. */
export function restoreMarks(page: ParentNode, claims: ClaimRow[], findings: FindingsData): Map<string, string> {
  restoreAnchors(page);
  const full = fullIds(markNames(claims.map((c) => c[0]), findings.own.map((f) => f[0]), findings.at.map((f) => f[0])));
  const severity = new Map([...findings.own, ...findings.at].map((f) => [f[0], f[1]]));
  const rename = (id: string): string => full.get(id) ?? id;
  for (const el of page.querySelectorAll<HTMLElement>('mark, span[id]')) {
    if (el.id) el.id = rename(el.id);
    if (el.dataset.m) el.dataset.m = el.dataset.m.split(' ').map(rename).join(' ');
    if (el.tagName !== 'MARK') continue;
    for (const id of (el.dataset.m ?? el.id).split(' ')) el.classList.add(id.startsWith('c-') ? 'claim' : `finding-${severity.get(id.slice(2)) ?? 'info'}`);
  }
  return full;
}

/** A claim's quote from the marks over it: one block's pieces run on, pieces of two blocks get a space. */
export function quote(marks: HTMLElement[]): string {
  return marks.map((m, i) => (i > 0 && m.parentElement !== marks[i - 1]!.parentElement ? ' ' : '') + (m.textContent ?? '')).join('');
}
