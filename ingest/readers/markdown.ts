/**
 * Markdown (.md) and plain text (.txt) readers. Browser-safe: the draft checker runs them.
 *
 * `.md` is parsed with remark (GFM) and its inline markup is rendered away, since `**x**` is
 * real formatting there. A `.txt` keeps every character: when it holds markdown (headings,
 * pipe tables) remark gives the block structure but each block's text is the source slice
 * verbatim, so a `**bold**` leak stays visible to the findings rules.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, Table, List } from 'mdast';
import type { Anchor, RawBlock, ReadResult } from '../../src/model/types.ts';
import { lineStarts, positionAt } from './lines.ts';
import { readPlainProse, wrapsOn } from './plain-text.ts';
import { definesReferences, PIECE_SIZE, pieceStarts } from './markdown-chunks.ts';
import { plainBlocks } from './plain-blocks.ts';
import { withoutChrome } from './text-chrome.ts';
import { markdownTooComplex, MAX_TABLE_ROWS, TABLE_RULE, tableOverLimit } from './markdown-limits.ts';
import { ReadError } from '../errors.ts';
import { splitFrontMatter } from './front-matter.ts';
import { isMarkdownBearing } from './markdown-sniff.ts';
export { isMarkdownBearing } from './markdown-sniff.ts';

export { markdownTooComplex, MAX_BRACKET_NESTING, MAX_DELIMITER_RUN, MAX_MARKDOWN_NESTING, MAX_SETEXT_HEADINGS, MAX_TABLE_COLUMNS } from './markdown-limits.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

interface Ctx {
  source: string;
  starts: number[];
  verbatim: boolean;
  /** Where the piece being parsed starts in `source` (node offsets are the piece's). */
  base: number;
  blocks: RawBlock[];
  group: number;
  /** txt: whether a line goes on into the next (plain-text.ts), made on first use. */
  goesOn?: (line: string) => boolean;
}

/** `.md`: remark structure, inline markup rendered to its text. */
export function readMarkdown(content: string): ReadResult {
  const { body, meta } = splitFrontMatter(content);
  const { blocks, note } = readTreeOrProse(body, false);
  return withoutChrome({ format: 'md', blocks, meta, hasLines: true, ...(note ? { note } : {}) });
}

/** `.txt`: markdown-bearing text keeps its markers; prose is read as paragraphs of lines. */
export function readPlainText(content: string): ReadResult {
  if (!isMarkdownBearing(content)) return withoutChrome({ format: 'txt', blocks: readPlainProse(content), hasLines: true });
  const { blocks, note } = readTreeOrProse(content, true);
  return withoutChrome({ format: 'txt', blocks, hasLines: true, ...(note ? { note } : {}) });
}

/** remark's structure, or plain prose with a note when the markdown is beyond what remark copes with. */
function readTreeOrProse(source: string, verbatim: boolean): { blocks: RawBlock[]; note?: string } {
  const table = tableOverLimit(source);
  if (table) throw new ReadError(`the markdown table at line ${table.line} has ${table.rows} rows, over the ${MAX_TABLE_ROWS}-row limit; split the table or the file`);
  const note = markdownTooComplex(source);
  if (note) return { blocks: readPlainProse(source), note };
  try {
    return { blocks: readTree(source, verbatim) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { blocks: readPlainProse(source), note: 'read as plain text: the markdown structure is too deep to parse' };
  }
}

function readTree(source: string, verbatim: boolean): RawBlock[] {
  const ctx: Ctx = { source, starts: lineStarts(source), verbatim, base: 0, blocks: [], group: 0 };
  if (verbatim) readVerbatim(ctx);
  else {
    // A large text in pieces (see markdown-chunks.ts); a .md that defines a link or footnote
    // renders references across the file, so whole.
    const starts = definesReferences(source) ? [0] : pieceStarts(source);
    starts.forEach((start, i) => parsePiece(ctx, start, starts[i + 1] ?? source.length));
  }
  return ctx.blocks;
}

/**
 * A `.txt` cut wherever remark holds no open block: a stretch of headings and plain paragraphs
 * is read without remark (plain-blocks.ts), the others by remark, joined up to a piece's size.
 */
function readVerbatim(ctx: Ctx): void {
  const cuts = pieceStarts(ctx.source, 0, 0);
  let pending: number | undefined;
  cuts.forEach((start, i) => {
    const end = cuts[i + 1] ?? ctx.source.length;
    const plain = plainBlocks(ctx.source, start, end);
    if (plain && pending !== undefined) parsePiece(ctx, pending, start);
    if (plain) {
      pending = undefined;
      ctx.base = 0;
      for (const node of plain) visitBlock(node, ctx, 'paragraph');
      return;
    }
    pending ??= start;
    if (end - pending >= PIECE_SIZE || end === ctx.source.length) {
      parsePiece(ctx, pending, end);
      pending = undefined;
    }
  });
}

/** Characters remark has parsed so far: tests check a long plain text is mostly read without it. */
export const remarkWork = { characters: 0 };

/** remark's blocks of `source` from `start` to `end`. */
function parsePiece(ctx: Ctx, start: number, end: number): void {
  remarkWork.characters += end - start;
  ctx.base = start;
  const tree = parser.parse(ctx.source.slice(start, end)) as Root;
  for (const node of tree.children) visitBlock(node, ctx, 'paragraph');
}

function visitBlock(node: RootContent, ctx: Ctx, paragraphType: 'paragraph' | 'quote' | 'list-item'): void {
  switch (node.type) {
    case 'heading':
      push(ctx, { type: 'heading', depth: node.depth, ...inline(node.children, ctx, node) });
      return;
    case 'paragraph': {
      const images = node.children.filter((c) => c.type === 'image' || c.type === 'imageReference');
      for (const image of images) push(ctx, { type: 'image', text: '', alt: 'alt' in image ? (image.alt ?? '') : '' });
      const rest = node.children.filter((c) => c.type !== 'image' && c.type !== 'imageReference');
      if (rest.length === 0) return;
      const content = inline(ctx.verbatim ? node.children : rest, ctx, node);
      if (ctx.verbatim && paragraphType === 'paragraph' && content.text.includes('\n')) {
        // Text files put one paragraph or table row per line: read the lines as plain prose does.
        const [, line, column] = content.anchors![0];
        readAsProse(ctx, content.text, line, column);
        return;
      }
      push(ctx, { type: paragraphType, ...content });
      return;
    }
    case 'blockquote':
      for (const child of node.children) visitBlock(child, ctx, 'quote');
      return;
    case 'list':
      visitList(node, ctx);
      return;
    case 'table':
      visitTable(node, ctx);
      return;
    case 'code':
      push(ctx, { type: 'code', ...slice(ctx, node, node.value) });
      return;
    case 'html': {
      // Comments are editing metadata (and carry seckb-disable markers), not document text.
      if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return;
      push(ctx, { type: paragraphType, ...slice(ctx, node, node.value) });
      return;
    }
    case 'definition':
    case 'thematicBreak':
    case 'yaml':
      return;
    default:
      if ('children' in node) for (const child of node.children as RootContent[]) visitBlock(child, ctx, paragraphType);
  }
}

function visitList(list: List, ctx: Ctx): void {
  const group = ++ctx.group;
  for (const item of list.children) {
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        const content = inline(child.children, ctx, child);
        const cut = ctx.verbatim ? lazyCut(ctx, content.text, content.anchors![0][2]) : -1;
        push(ctx, { type: 'list-item', group, ordered: list.ordered ?? false, ...content, ...(cut < 0 ? {} : { text: content.text.slice(0, cut) }) });
        if (cut >= 0) readAsProse(ctx, content.text.slice(cut + 1), content.anchors![0][1] + content.text.slice(0, cut + 1).split('\n').length - 1, 1);
      } else {
        visitBlock(child, ctx, 'list-item');
      }
    }
  }
}

/** Lines of a `.txt` read as plain prose does, anchored from `line`/`column` on. */
function readAsProse(ctx: Ctx, text: string, line: number, column: number): void {
  for (const block of readPlainProse(text)) {
    block.anchors = block.anchors?.map(([o, l, c]): Anchor => [o, line + l - 1, l === 1 ? column + c - 1 : c]);
    if (block.group !== undefined) block.group += 1000 * (ctx.group + 1);
    push(ctx, block);
  }
  ctx.group++;
}

/**
 * Where a `.txt` list item's text stops: before its first lazy line (one not indented under the
 * item's text, at `column`) that does not go on with the line before it. remark reads such a line
 * as the item's continuation; a web page saved one block a line has the next heading, paragraph
 * or table row there ("- What is kept" / "Security principles" / "| At rest | ... |"). -1: none.
 */
function lazyCut(ctx: Ctx, text: string, column: number): number {
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    const next = text.slice(at + 1, text.indexOf('\n', at + 1) >>> 0);
    if (next.length - next.trimStart().length >= column - 1) continue;
    ctx.goesOn ??= wrapsOn(ctx.source.split('\n'));
    if (!ctx.goesOn(text.slice(text.lastIndexOf('\n', at - 1) + 1, at).trimEnd())) return at;
  }
  return -1;
}

/**
 * GFM goes on with a table until a blank line, so a page saved without blank lines around its
 * tables ("| Sub-processor | Purpose |", rows, "Payments", "| Sub-processor | Purpose |",
 * "|---|---|", rows) is one table to remark. A line without a pipe ends the table (a title or a
 * sentence after it), and a separator line under a row starts the next table with that row as its header.
 */
function visitTable(table: Table, ctx: Ctx): void {
  let group = ++ctx.group;
  let rowsInGroup = 0;
  table.children.forEach((row, index) => {
    const line = sourceLineOf(ctx, row);
    if (index > 0 && line !== undefined && !line.includes('|')) {
      push(ctx, { type: 'paragraph', text: line.trim(), anchors: [anchorAt(ctx, row.position!.start.offset!)] });
      group = ++ctx.group;
      rowsInGroup = 0;
      return;
    }
    if (index > 1 && line !== undefined && TABLE_RULE.test(line.trim())) {
      const last = ctx.blocks.at(-1);
      if (last?.type === 'table-row' && rowsInGroup === 1) last.header = true;
      return;
    }
    const cells = row.children.map((cell) => inline(cell.children, ctx, cell));
    const anchors: Anchor[] = [];
    let text = '';
    cells.forEach((cell, i) => {
      if (i > 0) text += ' | ';
      for (const [o, l, c] of cell.anchors ?? []) anchors.push([text.length + o, l, c]);
      text += cell.text;
    });
    push(ctx, { type: 'table-row', text, cells: cells.map((c) => c.text), header: index === 0, group, anchors });
    rowsInGroup++;
  });
}

/** The source line a table row was read from, when remark gives its place. */
function sourceLineOf(ctx: Ctx, row: { position?: RootContent['position'] }): string | undefined {
  const start = row.position?.start.offset;
  if (start === undefined) return undefined;
  const from = ctx.source.lastIndexOf('\n', ctx.base + start - 1) + 1;
  const to = ctx.source.indexOf('\n', ctx.base + start);
  return ctx.source.slice(from, to === -1 ? undefined : to);
}

/** Inline content: verbatim source slice (txt) or rendered text with an anchor per text node (md). */
function inline(children: PhrasingContent[], ctx: Ctx, parent: RootContent | { position?: RootContent['position'] }): { text: string; anchors?: Anchor[] } {
  if (children.length === 0) return { text: '' };
  if (ctx.verbatim) {
    const first = children[0].position?.start.offset;
    const last = children[children.length - 1].position?.end.offset;
    if (first !== undefined && last !== undefined) return { text: ctx.source.slice(ctx.base + first, ctx.base + last), anchors: [anchorAt(ctx, first)] };
  }
  const parts: { text: string; anchors: Anchor[] } = { text: '', anchors: [] };
  renderInline(children, ctx, parts);
  if (parts.anchors.length === 0 && parent.position) parts.anchors.push(anchorAt(ctx, parent.position.start.offset!));
  return parts;
}

function renderInline(children: PhrasingContent[], ctx: Ctx, out: { text: string; anchors: Anchor[] }): void {
  for (const node of children) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      if (node.position?.start.offset !== undefined) {
        const at = anchorAt(ctx, node.position.start.offset + (node.type === 'inlineCode' ? 1 : 0));
        out.anchors.push([out.text.length, at[1], at[2]]);
      }
      out.text += node.value;
    } else if (node.type === 'break') {
      out.text += '\n';
    } else if (node.type === 'html') {
      // Inline HTML stays visible: a raw tag in prose is worth flagging.
      out.text += node.value;
    } else if (node.type === 'image') {
      out.text += node.alt ?? '';
    } else if ('children' in node) {
      renderInline(node.children as PhrasingContent[], ctx, out);
    }
  }
}

function slice(ctx: Ctx, node: RootContent, fallback: string): { text: string; anchors?: Anchor[] } {
  const start = node.position?.start.offset;
  if (start === undefined) return { text: fallback };
  return { text: fallback, anchors: [anchorAt(ctx, start)] };
}

/** `offset` in the piece being parsed. */
function anchorAt(ctx: Ctx, offset: number): Anchor {
  const { line, column } = positionAt(ctx.starts, ctx.base + offset);
  return [0, line, column];
}

function push(ctx: Ctx, block: RawBlock): void {
  if (block.type !== 'image' && block.text.trim() === '') return;
  ctx.blocks.push(block);
}
