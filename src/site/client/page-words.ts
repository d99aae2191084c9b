/**
 * The words of a page written once for both UI languages, said again in the one shown
 * (src/site/page-words.ts wrote them): every text under `roots` is looked up in the page's
 * dictionary for that language, but an element's first text that carries its own (`data-<lang>`);
 * an attribute is read the same way (`<attr>-<lang>` first). Text only.
 */
/** The dictionary of data block `id` for `locale`: written text -> text in `locale`. */
export function pageWords(id: string, locale: string): Map<string, string> {
  try {
    const all = JSON.parse(document.getElementById(id)?.textContent ?? '{}') as Record<string, Record<string, string>>;
    return new Map(Object.entries(all[locale] ?? {}));
  } catch {
    return new Map();
  }
}

const TEXT = 3; // Node.TEXT_NODE
const firstText = (el: Element): ChildNode | undefined => [...el.childNodes].find((n) => n.nodeType === TEXT);

/** The text nodes under `node`, in document order. */
function textsUnder(node: Node, out: Text[] = []): Text[] {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT) out.push(child as Text);
    else textsUnder(child, out);
  }
  return out;
}

/** Says the texts under `roots` in `locale`. */
export function sayWords(roots: Element[], locale: string, words: Map<string, string>): void {
  const own = `data-${locale}`;
  for (const root of roots) {
    for (const text of textsUnder(root)) {
      const el = text.parentElement;
      const mine = el?.getAttribute(own);
      if (el && mine !== null && mine !== undefined && firstText(el) === text) text.data = mine;
      else text.data = words.get(text.data) ?? text.data;
    }
  }
}

/** Says the attribute `name` of the elements under `root` in `locale`. */
export function sayAttribute(root: Element, name: string, locale: string, words: Map<string, string>): void {
  for (const el of root.querySelectorAll(`[${name}]`)) {
    const value = el.getAttribute(`${name}-${locale}`) ?? words.get(el.getAttribute(name)!);
    if (value !== undefined) el.setAttribute(name, value);
  }
}
