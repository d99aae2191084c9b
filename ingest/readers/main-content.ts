/**
 * The main content of a saved web page: Mozilla's Readability (Firefox Reader View) over a
 * linkedom DOM decides which elements are the article; cookie banners, calls to action, sidebars,
 * footers and link lists around it are left out. Readability rewrites the markup it returns, so
 * it only votes: every element of the parsed page gets a numbered attribute before Readability
 * sees it, and the numbers that survive in its output say which original elements (with their
 * source positions) the HTML reader keeps. Too little found -> the whole body is kept.
 */
import { Readability } from '@mozilla/readability';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { DOMParser } from 'linkedom';
import { isDisclosureTitle } from './html-chrome.ts';
import { footerStatements, isFooter, isRescuableCard, keptKinds, kindOf, revealPanels } from './main-content-rescue.ts';

const MARK = 'data-seckb-i';
const MARK_PROP = 'dataSeckbI';
/** Readability's article must hold at least this share of the body's text, and this many characters. */
const MIN_SHARE = 0.2;
const MIN_CHARS = 200;
/** Pages beyond this size are read whole: Readability's scoring is not linear in the worst case. */
const MAX_HTML_CHARS = 3_000_000;

export interface MainContent {
  /** Original elements (hast nodes) whose text belongs to the main content. */
  kept: Set<Element>;
}

function textLength(nodes: Array<RootContent | ElementContent>): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'text') n += node.value.replace(/\s+/g, '').length;
    else if (node.type === 'element' && node.tagName !== 'script' && node.tagName !== 'style') n += textLength(node.children);
  }
  return n;
}

/** How the html reader (html.ts) finds and keeps a page's main content. */
export interface MainContentPicker {
  find(tree: Root): MainContent | undefined;
  keep(tree: Root, main: MainContent): { tree: Root; dropped: Dropped };
}

/** The elements Readability keeps as the article, or undefined to read the whole body. */
export function findMainContent(tree: Root): MainContent | undefined {
  const elements: Element[] = [];
  const number = (nodes: Array<RootContent | ElementContent>): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      node.properties = { ...node.properties, [MARK_PROP]: String(elements.length) };
      elements.push(node);
      number(node.children);
    }
  };
  number(tree.children);
  const hideAgain = revealPanels(tree);
  try {
    const html = toHtml(tree);
    if (html.length > MAX_HTML_CHARS) return undefined;
    const document = new DOMParser().parseFromString(html, 'text/html');
    const article = new Readability(document as unknown as Document, { keepClasses: true, charThreshold: MIN_CHARS }).parse();
    if (!article?.content) return undefined;
    const bodyChars = textLength(tree.children);
    const articleChars = (article.textContent ?? '').replace(/\s+/g, '').length;
    if (articleChars < MIN_CHARS || articleChars < bodyChars * MIN_SHARE) return undefined;
    const kept = new Set<Element>();
    for (const m of article.content.matchAll(new RegExp(`${MARK}="(\\d+)"`, 'g'))) {
      const el = elements[Number(m[1])];
      if (el) kept.add(el);
    }
    return kept.size > 0 ? { kept } : undefined;
  } finally {
    hideAgain();
    for (const el of elements) delete el.properties[MARK_PROP];
  }
}

export interface Dropped {
  /** Blocks of page chrome left out (each a top-most element with no main content in it). */
  blocks: number;
  /** Their visible characters, white space not counted. */
  characters: number;
  /** The first few of them, shortened: what a reader of the manifest recognises. */
  examples: string[];
}

const EXAMPLES = 5;
const HEADING = /^h[1-6]$/;
const EXAMPLE_CHARS = 60;

const NOT_PLAIN = new Set(['a', 'button', 'form', 'input', 'select', 'textarea', 'nav', 'aside', 'footer', 'header', 'iframe', 'img', 'svg']);
const PLAIN_LINE_CHARS = 300;

/** A short run of text only (no links, controls or media) in a <div> or <span>. */
function isPlainLine(el: Element): boolean {
  const plain = (nodes: ElementContent[]): boolean => nodes.every((n) => n.type !== 'element' || (!NOT_PLAIN.has(n.tagName) && plain(n.children)));
  const text = plainText(el.children);
  return (el.tagName === 'div' || el.tagName === 'span') && text.length > 0 && text.length <= PLAIN_LINE_CHARS && plain(el.children);
}

function plainText(nodes: ElementContent[]): string {
  return nodes
    .map((n) => (n.type === 'text' ? n.value : n.type === 'element' && n.tagName !== 'script' && n.tagName !== 'style' ? ` ${plainText(n.children)} ` : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The tree with only the main content's text: elements Readability kept stay whole (minus what it
 * removed inside them), their ancestors stay as empty shells, everything else goes. Positions are
 * untouched, so the reader's line and column anchors still point into the original file.
 */
export function keepMainContent(tree: Root, main: MainContent): { tree: Root; dropped: Dropped } {
  const dropped: Dropped = { blocks: 0, characters: 0, examples: [] };
  const holdsKept = new Map<Element, boolean>();
  const containsKept = (el: Element): boolean => {
    let known = holdsKept.get(el);
    if (known === undefined) {
      known = main.kept.has(el) || el.children.some((c) => c.type === 'element' && containsKept(c));
      holdsKept.set(el, known);
    }
    return known;
  };
  const drop = (el: Element): void => {
    const text = plainText(el.children);
    if (!text) return;
    dropped.blocks++;
    dropped.characters += text.replace(/\s+/g, '').length;
    if (dropped.examples.length < EXAMPLES) dropped.examples.push(text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS - 1)}…` : text);
  };
  // Readability moves a heading that repeats the page title out of the article; in the document
  // it is the title and the first heading, so a heading beside the main content stays.
  const prune = <T extends RootContent | ElementContent>(nodes: T[], parentKept: boolean, besideKept: boolean): T[] => {
    const kinds = keptKinds(nodes, containsKept);
    return nodes.flatMap((node): T[] => {
      if (node.type === 'text') return parentKept ? [node] : [];
      if (node.type !== 'element') return [node];
      if (node.tagName === 'head') return [node];
      if (main.kept.has(node) || (besideKept && HEADING.test(node.tagName))) return [{ ...node, children: prune(node.children, true, true) }];
      // An element Readability renamed (a <div> of text made a <p>) lost its mark but holds kept
      // ones: inside the article its own text stays too.
      if (containsKept(node)) return [{ ...node, children: prune(node.children, parentKept, true) }];
      // Readability turns a kept card's inner <div>s into new <p>s, which lose their marks: short
      // plain text inside a kept element stays ("Backup location" / "Dublin, Ireland").
      if (parentKept && isPlainLine(node)) return [{ ...node, children: prune(node.children, true, true) }];
      // A card beside kept cards of its kind, dropped for its links; an accordion's question (Readability drops buttons).
      if (kinds.has(kindOf(node) ?? '') && isRescuableCard(node)) return [node];
      if (parentKept && node.tagName === 'button' && isDisclosureTitle(node)) return [node];
      drop(node);
      if (isFooter(node)) {
        const statements = footerStatements(node);
        if (statements.length > 0) return [{ ...node, children: statements.flatMap((s) => [s, BREAK as T & Element]) } as T];
      }
      // A block left out between kept inline text still parts it ("helpful?" / "12 found this helpful").
      return parentKept && BLOCK_TAGS.has(node.tagName) ? [BREAK as T] : [];
    });
  };
  return { tree: { ...tree, children: prune(tree.children, false, false) }, dropped };
}

/** An empty block: where a dropped block stood between kept text. */
const BREAK: Element = { type: 'element', tagName: 'div', properties: {}, children: [] };
const BLOCK_TAGS = new Set(['div', 'p', 'section', 'aside', 'footer', 'header', 'nav', 'form', 'ul', 'ol', 'table', 'figure', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export const MAIN_CONTENT: MainContentPicker = { find: findMainContent, keep: keepMainContent };
