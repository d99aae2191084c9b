/**
 * HTML reader (.html, .htm) and the second half of the .docx reader (mammoth's HTML).
 *
 * rehype-parse gives a hast tree with source positions. Blocks are what a reader sees: headings,
 * paragraphs, list items, table rows, captions, images (alt text), code (pre) and quotes.
 * Inline text is the visible text: entities decoded, whitespace collapsed as a browser does,
 * `<pre>` kept as is; scripts, styles, noscript and templates dropped. Anchors come from the
 * positions of text nodes (html has lines; mammoth's generated html does not).
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Anchor, BlockType, RawBlock, ReadResult } from '../../src/model/types.ts';
import type { MainContentPicker } from './main-content.ts';
import { readMeta } from './html-meta.ts';
import { sourcePositions } from './html-positions.ts';
import { isChrome } from './html-chrome.ts';
import { TabLabels } from './html-tabs.ts';

export interface HtmlOptions {
  /** False for generated html (docx via mammoth): positions mean nothing to the user. */
  hasLines?: boolean;
  /**
   * A saved web page: keep the main content only, as `MAIN_CONTENT` (main-content.ts) picks it;
   * not for mammoth's html. Passed in, so the docx path never loads Readability and linkedom.
   */
  mainContent?: MainContentPicker;
  /** The tree of `content`, when the caller has it (mammoth's html: mammoth-html.ts). */
  tree?: Root;
}

/** Elements that break inline flow; everything else (span, a, strong, ...) is inline. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'img',
]);
/** "Figure 3: ...", "Table 2. ...", "Rysunek 1 – ...": paragraphs that caption a figure or table. */
const CAPTION_LIKE = /^(figure|fig\.|table|tab\.|rysunek|rys\.|tabela|ilustracja|diagram|schemat)\s*\d+[a-z]?\s*[.:\-–—]/i;

const parser = unified().use(rehypeParse, { fragment: false });

/** Reads html into blocks; `meta` from `<title>`, `<html lang>` and `<meta>` tags. */
export function readHtml(content: string, options: HtmlOptions = {}): ReadResult {
  const hasLines = options.hasLines ?? true;
  const tree = options.tree ?? (parser.parse(content) as Root);
  const picker = options.mainContent;
  const main = picker?.find(tree);
  const { tree: body, dropped } = picker && main ? picker.keep(tree, main) : { tree, dropped: undefined };
  const reader = new HtmlBlocks(content, hasLines, tree);
  reader.flow(body.children, 'paragraph');
  reader.flush();
  const meta = readMeta(tree);
  return { format: 'html', blocks: reader.blocks, ...(meta ? { meta } : {}), hasLines, ...(dropped && dropped.blocks > 0 ? { dropped } : {}) };
}

/** Collects inline text into the block being built, with anchors. */
class Inline {
  text = '';
  anchors: Anchor[] = [];

  constructor(readonly pre: boolean) {}

  append(node: Text, source: string, hasLines: boolean): void {
    const value = node.value;
    const pos = node.position;
    if (!(hasLines && pos)) return this.appendRuns(value);
    const map = hasLines && pos ? sourcePositions(value, source.slice(pos.start.offset, pos.end.offset), pos.start.line, pos.start.column) : undefined;
    let needAnchor = hasLines && pos !== undefined;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      const ws = !this.pre && (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f');
      if (ws) {
        if (this.text !== '' && !this.text.endsWith(' ') && !this.text.endsWith('\n')) this.text += ' ';
        if (ch === '\n' && map && !this.pre) needAnchor = true;
      } else {
        if (needAnchor) {
          const [line, column] = map?.[i] ?? [pos!.start.line, pos!.start.column];
          this.anchors.push([this.text.length, line, column]);
          needAnchor = false;
        }
        this.text += ch;
      }
    }
  }

  /** `append` without anchors, a run of whitespace at a time (the same text: a run adds at most its first space). */
  private appendRuns(value: string): void {
    if (this.pre) {
      this.text += value;
      return;
    }
    const runs = /[ \t\n\r\f]+/g;
    let from = 0;
    for (let m = runs.exec(value); m; m = runs.exec(value)) {
      this.text += value.slice(from, m.index);
      if (this.text !== '' && !this.text.endsWith(' ') && !this.text.endsWith('\n')) this.text += ' ';
      from = m.index + m[0].length;
    }
    this.text += value.slice(from);
  }

  /** `<br>`: a line break inside the block. */
  lineBreak(): void {
    this.text = this.text.replace(/ $/, '') + '\n';
  }

  /** Text without surrounding whitespace; anchors clipped to it. */
  finish(): { text: string; anchors: Anchor[] } {
    const lead = this.pre ? this.text.length - this.text.replace(/^\n+/, '').length : this.text.length - this.text.trimStart().length;
    const text = this.pre ? this.text.replace(/^\n+/, '').replace(/\s+$/, '') : this.text.trim();
    const anchors = this.anchors
      .map(([o, l, c]): Anchor => [o - lead, l, c])
      .filter(([o]) => o >= 0 && o < text.length);
    return { text, anchors };
  }
}

class HtmlBlocks {
  blocks: RawBlock[] = [];
  private group = 0;
  private pending = new Inline(false);
  private pendingType: BlockType = 'paragraph';
  private pendingExtra: Partial<RawBlock> = {};
  /** Depth of the last heading: a tab's label heads its panel one level under it. */
  private depth = 1;
  private tabs?: TabLabels;

  constructor(private readonly source: string, private readonly hasLines: boolean, private readonly page: Root) {}

  /** Walks a mixed list of nodes: inline runs become a block of `type`, block elements recurse. */
  flow(nodes: Array<RootContent | ElementContent>, type: BlockType, extra: Partial<RawBlock> = {}): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        this.start(type, extra);
        this.pending.append(node, this.source, this.hasLines);
      } else if (node.type === 'element') {
        if (isChrome(node)) continue;
        if (BLOCKS.has(node.tagName) || node.tagName === 'button') {
          this.flush();
          this.block(node, type, extra);
          this.flush();
        } else if (node.tagName === 'br') {
          this.pending.lineBreak();
        } else if (isBackLink(node)) {
          // mammoth's "↑" link from a footnote back to its reference: navigation, not text.
        } else {
          this.start(type, extra);
          this.flow(node.children, type, extra);
        }
      }
    }
  }

  private start(type: BlockType, extra: Partial<RawBlock>): void {
    if (this.pending.text === '') {
      this.pendingType = type;
      this.pendingExtra = extra;
    }
  }

  flush(): void {
    const { text, anchors } = this.pending.finish();
    const pre = this.pending.pre;
    this.pending = new Inline(false);
    if (text === '') return;
    let type = this.pendingType;
    if (type === 'paragraph' && CAPTION_LIKE.test(text)) type = 'caption';
    const block: RawBlock = { type, text, ...this.pendingExtra };
    if (pre) block.type = 'code';
    if (block.type === 'heading') this.depth = block.depth ?? this.depth;
    if (this.hasLines && anchors.length > 0) block.anchors = anchors;
    this.blocks.push(block);
  }

  private block(el: Element, type: BlockType, extra: Partial<RawBlock>): void {
    const tag = el.tagName;
    const cls = classes(el);
    const tab = el.properties?.role === 'tabpanel' || cls.includes('tab-pane') ? (this.tabs ??= new TabLabels(this.page)).of(el) : undefined;
    if (tab) {
      // The page shows one panel at a time under its tab; read one after another, each is headed by its tab's label.
      this.flow(tab.children, 'heading', { depth: Math.min(6, this.depth + 1) });
      this.flush();
    }
    if (/^h[1-6]$/.test(tag)) {
      this.flow(el.children, 'heading', { depth: Number(tag[1]) });
    } else if (tag === 'p' || tag === 'div' || tag === 'dt' || tag === 'dd' || tag === 'summary') {
      if (cls.includes('caption')) this.flow(el.children, 'caption');
      else if (cls.includes('toc-entry')) this.flow(el.children, 'toc-entry');
      else this.flow(el.children, type, extra);
    } else if (tag === 'figcaption' || tag === 'caption') {
      this.flow(el.children, 'caption');
    } else if (tag === 'ul' || tag === 'ol') {
      const group = ++this.group;
      const ordered = tag === 'ol';
      for (const li of el.children) {
        if (li.type === 'element' && li.tagName === 'li') {
          this.flow(li.children, 'list-item', { group, ordered });
          this.flush();
        } else if (li.type === 'element') {
          this.flow([li], 'list-item', { group, ordered });
        }
      }
    } else if (tag === 'li') {
      this.flow(el.children, 'list-item', { group: ++this.group, ordered: false });
    } else if (tag === 'table') {
      this.table(el);
    } else if (tag === 'pre') {
      this.pending = new Inline(true);
      this.pendingType = 'code';
      this.pendingExtra = {};
      this.collectInline(el.children);
      this.flush();
    } else if (tag === 'blockquote') {
      this.flow(el.children, 'quote');
    } else if (tag === 'img') {
      const alt = String(el.properties?.alt ?? '').trim() || fileName(String(el.properties?.src ?? ''));
      this.blocks.push({ type: 'image', text: '', ...(alt ? { alt } : {}) });
    } else if (tag === 'hr') {
      // A rule separates blocks; nothing to keep.
    } else {
      this.flow(el.children, type, extra);
    }
  }

  /** Text of an element's inline content into `pending`, ignoring block boundaries (cells, pre). */
  private collectInline(nodes: ElementContent[]): void {
    for (const node of nodes) {
      if (node.type === 'text') this.pending.append(node, this.source, this.hasLines);
      else if (node.type === 'element' && !isChrome(node)) {
        if (node.tagName === 'br') this.pending.lineBreak();
        else if (node.tagName === 'img') continue;
        else {
          if (BLOCKS.has(node.tagName) && !this.pending.pre) this.pending.append(space, '', false);
          this.collectInline(node.children);
        }
      }
    }
  }

  private table(el: Element): void {
    const group = ++this.group;
    const rows: Array<{ tr: Element; inHead: boolean }> = [];
    const walk = (nodes: ElementContent[], inHead: boolean): void => {
      for (const n of nodes) {
        if (n.type !== 'element') continue;
        if (n.tagName === 'tr') rows.push({ tr: n, inHead });
        else if (n.tagName === 'caption') {
          this.flow(n.children, 'caption');
          this.flush();
        } else if (n.tagName === 'thead' || n.tagName === 'tbody' || n.tagName === 'tfoot') {
          walk(n.children, n.tagName === 'thead');
        }
      }
    };
    walk(el.children, false);
    for (const { tr, inHead } of rows) {
      const cellEls = tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
      if (cellEls.length === 0) continue;
      const cells: string[] = [];
      const anchors: Anchor[] = [];
      let offset = 0;
      for (const cell of cellEls) {
        this.pending = new Inline(false);
        this.collectInline(cell.children);
        const done = this.pending.finish();
        const text = done.text.replace(/\n/g, ' ');
        for (const [o, l, c] of done.anchors) anchors.push([offset + o, l, c]);
        cells.push(text);
        offset += text.length + 3;
      }
      this.pending = new Inline(false);
      if (cells.every((c) => c === '')) continue;
      const header = inHead || cellEls.every((c) => c.tagName === 'th');
      const block: RawBlock = { type: 'table-row', text: cells.join(' | '), cells, group };
      if (header) block.header = true;
      if (this.hasLines && anchors.length > 0) block.anchors = anchors;
      this.blocks.push(block);
    }
  }
}

const space: Text = { type: 'text', value: ' ' };


function isBackLink(el: Element): boolean {
  const href = el.properties?.href;
  return el.tagName === 'a' && typeof href === 'string' && /^#(?:footnote|endnote)-ref-/.test(href);
}

function classes(el: Element): string[] {
  const c: unknown = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

function fileName(src: string): string {
  if (!src || src.startsWith('data:')) return '';
  return decodeURIComponent(src.split(/[?#]/)[0].split('/').pop() ?? '');
}
