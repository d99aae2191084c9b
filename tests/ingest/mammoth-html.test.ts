/**
 * The .docx reader builds mammoth's html tree itself (ingest/readers/mammoth-html.ts) instead of
 * parsing it with rehype-parse: the tree must be exactly rehype-parse's (positions aside) whenever
 * it is built, and anything the html parser would rearrange must fall back to rehype-parse.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mammothHtml } from '../../ingest/readers/docx.ts';
import { readHtml } from '../../ingest/readers/html.ts';
import { parseMammothHtml } from '../../ingest/readers/mammoth-html.ts';
import { makeDocx } from './fixtures/make-docx.ts';

const rehype = unified().use(rehypeParse, { fragment: false });

function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'position').map(([k, v]) => [k, withoutPositions(v)]));
}

const rehypeTree = (html: string) => withoutPositions(rehype.parse(html));

/** Every .docx of the repository's sample and evaluation documents (the sealed splits left out). */
function repositoryDocx(): string[] {
  const root = path.resolve(import.meta.dirname, '../..');
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && !/world-test[27]$/.test(entry.name)) walk(file);
      else if (entry.name.endsWith('.docx')) out.push(file);
    }
  };
  for (const dir of ['content/sources', 'eval/docs']) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return out;
}

// mammoth's writer: tags as given, void elements self-closed, text and attributes escaped.
type Node = string | { tag: string; attrs: Record<string, string>; children: Node[] };
const VOID = new Set(['br', 'img', 'input', 'hr']);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
function write(nodes: Node[]): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return escapeText(n);
      const attrs = Object.entries(n.attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
      return VOID.has(n.tag) && n.children.length === 0 ? `<${n.tag}${attrs} />` : `<${n.tag}${attrs}>${write(n.children)}</${n.tag}>`;
    })
    .join('');
}

const text = fc.array(fc.constantFrom('Data', ' ', '  ', '\t', '\n', 'a&b', '<x>', '"q"', '&amp;', 'ąę', '↑', '\u00a0', '\f'), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
const attrs = fc.constantFrom<Record<string, string>>({}, { class: 'caption' }, { class: 'toc-entry' }, { href: '#footnote-ref-1' }, { id: 'footnote-1' }, { alt: 'A "chart" & <more>' }, { colspan: '2' }, { type: 'checkbox', checked: 'checked' });
const el = (tag: string, children: Node[], a: Record<string, string> = {}): Node => ({ tag, attrs: a, children });

/** Markup as mammoth writes it: blocks of phrasing, lists of items, tables of rows (sometimes with sections). */
const valid = fc.letrec<{ phrasing: Node; flow: Node; block: Node }>((tie) => ({
  phrasing: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(el('br', []), el('img', [], { alt: 'Logo', src: '' }), el('input', [], { type: 'checkbox' })),
    fc.tuple(fc.constantFrom('strong', 'em', 's', 'sup', 'sub', 'u', 'span'), fc.array(tie('phrasing'), { maxLength: 3 }), attrs).map(([t, c, a]) => el(t, c, a)),
    fc.array(text, { maxLength: 2 }).map((c) => el('a', c, { href: '#x' })),
  ),
  flow: fc.oneof({ depthSize: 'small' }, tie('phrasing'), tie('block')),
  block: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(fc.constantFrom('p', 'h1', 'h2', 'h6'), fc.array(tie('phrasing'), { maxLength: 4 }), attrs).map(([t, c, a]) => el(t, c, a)),
    fc.tuple(fc.constantFrom('ul', 'ol'), fc.array(fc.array(tie('flow'), { maxLength: 3 }), { minLength: 1, maxLength: 3 })).map(([t, items]) => el(t, items.map((c) => el('li', c)))),
    fc.tuple(fc.array(fc.array(fc.array(tie('flow'), { maxLength: 2 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), fc.constantFrom('none', 'tbody', 'thead+tbody')).map(([rows, sections]) => {
      const trs = rows.map((cells) => el('tr', cells.map((c) => el('td', c))));
      if (sections === 'none') return el('table', trs);
      if (sections === 'tbody') return el('table', [el('tbody', trs)]);
      return el('table', [el('thead', trs.slice(0, 1).map((tr) => el('tr', (tr as { children: Node[] }).children.map((td) => el('th', (td as { children: Node[] }).children))))), el('tbody', trs.slice(1))]);
    }),
    fc.constant(el('hr', [])),
    fc.array(fc.tuple(text, fc.array(tie('block'), { maxLength: 2 })), { minLength: 1, maxLength: 2 }).map((pairs) => el('dl', pairs.flatMap(([t, body]) => [el('dt', [t]), el('dd', body)]))),
  ),
}));

/** Any nesting of mammoth's tags and a few others, with text anywhere: mostly what an html parser rearranges. */
const anyNode = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(text, fc.constantFrom('\r\n', 'x\u0000y', '\r')),
    fc.tuple(fc.constantFrom('p', 'h1', 'li', 'ul', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'a', 'strong', 'em', 'dl', 'dd', 'dt', 'br', 'hr', 'img', 'div', 'pre', 'caption', 'script', 'html', 'body'), fc.array(tie('node'), { maxLength: 3 }), attrs).map(([t, c, a]) => el(t, c, a)),
  ),
})).node;
const anyMarkup = fc.array(anyNode, { minLength: 1, maxLength: 4 });

describe('parseMammothHtml', () => {
  it('builds rehype-parse\'s tree for the html mammoth writes for real documents', async () => {
    const files = repositoryDocx();
    expect(files.length).toBeGreaterThan(10);
    const docs = [await makeDocx(), ...files.map((f) => readFileSync(f))];
    let built = 0;
    for (const buf of docs) {
      const html = await mammothHtml(buf).catch(() => undefined);
      if (html === undefined) continue;
      const tree = parseMammothHtml(html);
      if (tree) built++;
      expect(tree === undefined || JSON.stringify(tree) === JSON.stringify(rehypeTree(html))).toBe(true);
    }
    // Ordinary documents are in the subset: the fast path is the one taken.
    expect(built).toBeGreaterThan(10);
  });

  it('builds exactly rehype-parse\'s tree for every markup mammoth writes', () => {
    fc.assert(
      fc.property(fc.array(valid.block, { maxLength: 5 }), (blocks) => {
        const html = write(blocks);
        expect(parseMammothHtml(html)).toEqual(rehypeTree(html));
      }),
      { numRuns: 300 },
    );
  });

  it('gives rehype-parse\'s tree or nothing for any other markup', () => {
    fc.assert(
      fc.property(anyMarkup, (nodes) => {
        const html = write(nodes);
        const tree = parseMammothHtml(html);
        if (tree) expect(tree).toEqual(rehypeTree(html));
      }),
      { numRuns: 500 },
    );
  });

  it('puts rows written straight into a table into the tbody an html parser adds', () => {
    const html = '<table><tr><td>a</td></tr><tr><td>b</td></tr></table><table><thead><tr><th>h</th></tr></thead><tr><td>c</td></tr></table>';
    expect(parseMammothHtml(html)).toEqual(rehypeTree(html));
    expect(JSON.stringify(parseMammothHtml(html))).toContain('"tagName":"tbody"');
  });

  it('leaves to rehype-parse what an html parser rearranges or rewrites', () => {
    for (const html of [
      '<p>a<p>b</p></p>', // a paragraph closes the open one
      '<a href="#x"><a id="y"></a>text</a>', // a link inside a link is split
      '<table>loose text<tr><td>a</td></tr></table>', // text in a table is moved before it
      '<table><td>a</td></table>', // a cell without a row gets one
      '<p>line\r\nbreak</p>', // carriage returns are rewritten
      '<p>nul\u0000</p>', // NUL is dropped
      '<p>&copy; 2025</p>', // a reference mammoth never writes
      '<p>a<br>b</p>', // a void element not self-closed
      '<p />', // a self-closed non-void element stays open
      '<pre>\ncode</pre>', // a leading newline in pre is dropped
      'text before any tag',
      '<p>unclosed',
      '<p>a</strong>',
    ]) {
      expect(parseMammothHtml(html), html).toBeUndefined();
    }
  });

  it('reads the same blocks with and without anchors (the run-at-a-time text path)', () => {
    fc.assert(
      fc.property(fc.array(valid.block, { maxLength: 5 }), (blocks) => {
        const html = write(blocks);
        const plain = readHtml(html, { hasLines: false }).blocks;
        const withLines = readHtml(html, { hasLines: true }).blocks.map(({ anchors: _anchors, ...block }) => block);
        expect(plain).toEqual(withLines);
      }),
      { numRuns: 200 },
    );
  });
});
