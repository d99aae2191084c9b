/**
 * Which html elements are not document text: code, page chrome (site navigation, buttons) and
 * embedded objects. An FAQ accordion's title is often a `<button>` that opens the answer under it
 * (`aria-expanded`, `aria-controls`, Bootstrap's `data-bs-toggle="collapse"`): that is the question
 * the answer needs, so it stays; other buttons ("Accept cookies", "Menu") are chrome.
 */
import type { Element, ElementContent } from 'hast';

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button']);

const textOf = (node: Element | ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

export function isDisclosureTitle(el: Element): boolean {
  const p = el.properties ?? {};
  if (p.ariaExpanded === undefined && p.ariaControls === undefined && p.dataToggle !== 'collapse' && p.dataBsToggle !== 'collapse') return false;
  // A menu toggle ("Menu", "Toggle navigation") opens page chrome: a title is a question or a few words.
  const text = textOf(el).trim();
  return text.endsWith('?') || text.split(/\s+/).length >= 3;
}

/** The element and everything in it are left out of the document's text. */
export const isChrome = (el: Element): boolean => DROPPED.has(el.tagName) && !(el.tagName === 'button' && isDisclosureTitle(el));
