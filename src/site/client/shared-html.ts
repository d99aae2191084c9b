/**
 * Content the pages of both UI languages share (a document's text, two versions side by side) is
 * stored once as a page of its own and loaded into the page here. Its HTML was escaped when the
 * site was built and is parsed inert (DOMParser runs no scripts).
 */
export async function loadShared(url: string): Promise<Document> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new DOMParser().parseFromString(await res.text(), 'text/html');
}

/** Shows the element the address names, which did not exist yet when the page loaded. */
export function showTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  target.classList.add('is-target');
  target.scrollIntoView();
}
