/**
 * A stretch of a markdown-bearing `.txt` that holds only ATX headings and paragraphs of plain
 * lines, read without remark. micromark's block and inline parse was most of a long `.txt`'s
 * reading time, yet a `.txt` block's text is its source slice from its first inline node's start
 * to its last one's end (markdown.ts `inline`), and for such a stretch those places follow from
 * the lines alone: a paragraph's content starts at its first line's first non-blank character and
 * ends before its last line's trailing spaces and tabs; a heading's lies between its opening
 * marks and its trailing blanks. The nodes made here go through the same `visitBlock` as remark's.
 *
 * Anything whose reading is not that plain gives `undefined`, and remark reads the stretch: a
 * line that may open or continue another block (lists, quotes, tables, code, HTML, setext
 * underlines, definitions; a paragraph's first line indented four columns or by a tab), a heading
 * whose text ends in '#' (a closing sequence or not), an image (its own block), a URL or e-mail
 * address (GFM's literal-autolink transform re-cuts text nodes into nodes without places, and a
 * block whose first or last node has none is rendered instead of sliced), line ends other than
 * '\n' and control characters.
 *
 * The stretch must start where remark holds no open block (a cut of markdown-chunks.ts).
 */
import type { Heading, List, ListItem, Paragraph, Text } from 'mdast';

/** A paragraph's first line: up to three spaces, then a character that opens nothing but a paragraph. */
const OPENS_PARAGRAPH = /^ {0,3}[\p{L}("'„“‘«§]/u;
/** A later line of a paragraph: any indentation (nothing interrupts a paragraph with these). */
const CONTINUES_PARAGRAPH = /^[ \t]*[\p{L}("'„“‘«§]/u;
/** An ATX heading: its marks, then its text, which must not start or end with '#' (closing sequences are left to remark). */
const ATX_HEADING = /^( {0,3}(#{1,6})[ \t]+)([^\s#](?:.*[^\s#])?)[ \t]*$/;
const BLANK = /^[ \t]*$/;
/**
 * What may make remark's nodes other than plain text with places, anywhere in a line: an e-mail
 * or URL (also one spelled with a character reference or an escape, which GFM's transform sees
 * decoded), an image, control characters.
 */
const NOT_PLAIN = /@|:\/\/|www\.|&(?:#|[a-z\d]+;)|\\|!\[|[\0-\x08\x0b-\x1f\x7f]/i;

/** A list item whose text opens like a paragraph: its marker (bullet, or number and delimiter) and the text's start. */
const LIST_ITEM = /^ {0,3}([-+*]|\d{1,9}([.)])) {1,4}(?=[\p{L}("'„“‘«§])/u;

type Block = Heading | Paragraph | List;
/** An open paragraph: where its text starts and ends, and the children it goes to (the document's or a list item's). */
interface Open {
  from: number;
  to: number;
  into: Array<Block | ListItem['children'][number]>;
}

/**
 * The heading, paragraph and list nodes of `source` from `start` to `end`, offsets into
 * `source`; undefined when the stretch is not plain. A list is read only in its simplest shape:
 * items of one paragraph each; an item line right after a paragraph line or an item of another
 * marker, an indented line after a blank line in a list and a heading indented inside one are
 * left to remark.
 */
export function plainBlocks(source: string, start: number, end: number): Block[] | undefined {
  if (NOT_PLAIN.test(source.slice(start, end))) return undefined;
  const blocks: Block[] = [];
  let paragraph: Open | undefined;
  let list: { node: List; kind: string } | undefined;
  let afterBlank = true;
  const close = () => {
    if (paragraph) paragraph.into.push({ type: 'paragraph', children: [textNode(source, paragraph.from, paragraph.to)] });
    paragraph = undefined;
  };
  for (let next = start; next < end; ) {
    const at = next;
    const newline = source.indexOf('\n', at);
    const lineEnd = newline === -1 || newline >= end ? end : newline;
    next = lineEnd + 1;
    const line = source.slice(at, lineEnd);
    const to = at + line.replace(/[ \t]+$/, '').length;
    const indent = line.length - line.trimStart().length;
    if (BLANK.test(line)) {
      close();
      afterBlank = true;
      continue;
    }
    const wasBlank = afterBlank;
    afterBlank = false;
    if (paragraph && CONTINUES_PARAGRAPH.test(line)) {
      paragraph.to = to;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    if (heading) {
      if (list && indent > 0) return undefined;
      close();
      list = undefined;
      const from = at + heading[1].length;
      blocks.push({ type: 'heading', depth: heading[2].length as Heading['depth'], children: [textNode(source, from, from + heading[3].length)] });
    } else if (item) {
      // An item may interrupt a paragraph of the document only in some cases (an ordered one starts at 1): left to remark.
      if (paragraph && !list) return undefined;
      close();
      const kind = item[2] ?? item[1];
      // Another marker starts another list; right after an item's line it may be that line's lazy continuation.
      if (list && list.kind !== kind && !wasBlank) return undefined;
      if (list?.kind !== kind) blocks.push((list = { node: { type: 'list', ordered: item[2] !== undefined, children: [] }, kind }).node);
      const listItem: ListItem = { type: 'listItem', children: [] };
      list.node.children.push(listItem);
      paragraph = { from: at + item[0].length, to, into: listItem.children };
    } else if (!paragraph && OPENS_PARAGRAPH.test(line)) {
      if (list && (!wasBlank || indent > 0)) return undefined;
      list = undefined;
      paragraph = { from: at + indent, to, into: blocks };
    } else return undefined;
  }
  close();
  return blocks;
}

/** A text node spanning `from`..`to` of `source` (only its offsets are read). */
function textNode(source: string, from: number, to: number): Text {
  return { type: 'text', value: source.slice(from, to), position: { start: { line: 0, column: 0, offset: from }, end: { line: 0, column: 0, offset: to } } };
}
