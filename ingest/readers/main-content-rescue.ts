/**
 * What Readability's choice of a page's main content leaves out that a reader of the page takes as
 * the vendor's text (main-content.ts asks these):
 *
 * - a card of a grid whose other cards are kept: Readability drops a card for its links ("Single
 *   sign-on with Okta and Entra ID. Read the setup guide"), yet it says as much as its neighbours;
 * - a panel a tab or a disclosure control hides: the saved page holds every plan's tab, a reader
 *   clicks through them; Readability skips hidden elements, so they are shown to it;
 * - a footer's own sentences ("Acme is ISO 27001 certified."): a statement of the vendor, unlike
 *   the footer's links, addresses and copyright line, which stay out.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const CHROME_INSIDE = new Set(['nav', 'form', 'input', 'select', 'textarea', 'iframe']);
const LINKISH = new Set(['a', 'button']);
const PAGE_PARTS = new Set(['header', 'footer', 'nav', 'aside']);

function classList(el: Element): string[] {
  const c: unknown = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/).filter(Boolean) : [];
}

/** Tag and classes: siblings of one kind are the cards of a grid. Undefined without classes (too common to match on). */
export function kindOf(el: Element): string | undefined {
  const cls = classList(el);
  return cls.length > 0 ? `${el.tagName}.${[...cls].sort().join('.')}` : undefined;
}

/** Visible text of `nodes`, and how much of it sits in links or buttons. */
function measure(nodes: ElementContent[], inLink = false, out = { all: 0, linked: 0, chrome: false }): typeof out {
  for (const n of nodes) {
    if (n.type === 'text') {
      const k = n.value.replace(/\s+/g, '').length;
      out.all += k;
      if (inLink) out.linked += k;
    } else if (n.type === 'element' && n.tagName !== 'script' && n.tagName !== 'style') {
      if (CHROME_INSIDE.has(n.tagName)) out.chrome = true;
      measure(n.children, inLink || LINKISH.has(n.tagName), out);
    }
  }
  return out;
}

/** A card worth keeping: some text of its own beside its links, and no navigation or form in it. */
export function isRescuableCard(el: Element): boolean {
  if (isFooter(el) || PAGE_PARTS.has(el.tagName)) return false;
  const m = measure(el.children);
  return !m.chrome && m.all - m.linked >= 30 && m.linked <= m.all * 0.6;
}

/** The kinds of which two elements or more of `nodes` hold main content: a grid's cards. */
export function keptKinds(nodes: Array<RootContent | ElementContent>, holdsKept: (el: Element) => boolean): Set<string> {
  const seen = new Set<string>();
  const kinds = new Set<string>();
  for (const n of nodes) {
    if (n.type !== 'element' || !holdsKept(n)) continue;
    const kind = kindOf(n);
    if (kind && seen.has(kind)) kinds.add(kind);
    if (kind) seen.add(kind);
  }
  return kinds;
}

const FOOTER_CLASS = /(?:^|[-_])footer(?:$|[-_])/i;

/** A page footer: `<footer>`, the `contentinfo` landmark, or an element a class, id or data attribute names a footer. */
export function isFooter(el: Element): boolean {
  if (el.tagName === 'footer' || el.properties?.role === 'contentinfo') return true;
  return Object.entries(el.properties ?? {}).some(([key, value]) => (key === 'className' || key === 'id' || key.startsWith('data')) && [value].flat().some((v) => typeof v === 'string' && v.split(/\s+/).some((t) => FOOTER_CLASS.test(t))));
}

const STATEMENT_TAGS = new Set(['p', 'div', 'span', 'li', 'small']);
const NOT_STATEMENT = /©|\(c\)|copyright|all rights reserved|wszelkie prawa|prawa zastrzeżone/i;

/**
 * A footer's sentences: elements of plain text (no link, control or media in them) that read as
 * a sentence of four words or more ending in a full stop, and are no copyright line.
 */
export function footerStatements(footer: Element): Element[] {
  const found: Element[] = [];
  const visit = (nodes: ElementContent[]): void => {
    for (const n of nodes) {
      if (n.type !== 'element' || CHROME_INSIDE.has(n.tagName)) continue;
      const text = textOf(n.children);
      if (STATEMENT_TAGS.has(n.tagName) && plain(n.children) && text.split(' ').length >= 4 && /[.!]$/.test(text) && !NOT_STATEMENT.test(text)) found.push(n);
      else visit(n.children);
    }
  };
  visit(footer.children);
  return found;
}

const NOT_PLAIN = new Set(['a', 'button', 'img', 'svg', 'input', 'select', 'textarea', 'iframe', 'form', 'nav']);
const plain = (nodes: ElementContent[]): boolean => nodes.every((n) => n.type !== 'element' || (!NOT_PLAIN.has(n.tagName) && plain(n.children)));
const textOf = (nodes: ElementContent[]): string =>
  nodes
    .map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? ` ${textOf(n.children)} ` : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** Properties that hide an element from Readability (`_isProbablyVisible`). */
const HIDING = ['hidden', 'ariaHidden', 'style'] as const;

/**
 * Shows Readability the panels that tabs and disclosure controls hide: elements with the
 * `tabpanel` role, or whose id a control names (`aria-controls`, `data-bs-target`,
 * `data-target`). Returns the undo, which puts the hiding properties back.
 */
export function revealPanels(tree: Root): () => void {
  const controlled = new Set<string>();
  const hidden: Element[] = [];
  const walk = (nodes: Array<RootContent | ElementContent>): void => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      const p = n.properties ?? {};
      for (const ref of [p.ariaControls, p.dataBsTarget, p.dataTarget]) {
        for (const id of String(ref ?? '').split(/\s+/)) if (id) controlled.add(id.replace(/^#/, ''));
      }
      if (p.hidden !== undefined || p.ariaHidden === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(String(p.style ?? ''))) hidden.push(n);
      walk(n.children);
    }
  };
  walk(tree.children);
  const saved: Array<[Element, Record<string, unknown>]> = [];
  for (const el of hidden) {
    const p = el.properties;
    if (p.role !== 'tabpanel' && !(typeof p.id === 'string' && controlled.has(p.id))) continue;
    const before: Record<string, unknown> = {};
    for (const key of HIDING) {
      before[key] = p[key];
      delete p[key];
    }
    saved.push([el, before]);
  }
  return () => {
    for (const [el, before] of saved) for (const key of HIDING) if (before[key] !== undefined) el.properties[key] = before[key] as never;
  };
}
