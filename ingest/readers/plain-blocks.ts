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
import type { Heading, Paragraph, Text } from 'mdast';

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

type Block = Heading | Paragraph;

/** The heading and paragraph nodes of `source` from `start` to `end`, offsets into `source`; undefined when the stretch is not plain. */
export function plainBlocks(source: string, start: number, end: number): Block[] | undefined {
  if (NOT_PLAIN.test(source.slice(start, end))) return undefined;
  const blocks: Block[] = [];
  let paragraph: { from: number; to: number } | undefined;
  const close = () => {
    if (paragraph) blocks.push({ type: 'paragraph', children: [textNode(source, paragraph.from, paragraph.to)] });
    paragraph = undefined;
  };
  for (let at = start; at < end; ) {
    const newline = source.indexOf('\n', at);
    const lineEnd = newline === -1 || newline >= end ? end : newline;
    const line = source.slice(at, lineEnd);
    const heading = ATX_HEADING.exec(line);
    if (BLANK.test(line)) close();
    else if (heading) {
      close();
      const from = at + heading[1].length;
      blocks.push({ type: 'heading', depth: heading[2].length as Heading['depth'], children: [textNode(source, from, from + heading[3].length)] });
    } else if (paragraph && CONTINUES_PARAGRAPH.test(line)) paragraph.to = at + line.replace(/[ \t]+$/, '').length;
    else if (!paragraph && OPENS_PARAGRAPH.test(line)) {
      const indent = line.length - line.trimStart().length;
      paragraph = { from: at + indent, to: at + line.replace(/[ \t]+$/, '').length };
    } else return undefined;
    at = lineEnd + 1;
  }
  close();
  return blocks;
}

/** A text node spanning `from`..`to` of `source` (only its offsets are read). */
function textNode(source: string, from: number, to: number): Text {
  return { type: 'text', value: source.slice(from, to), position: { start: { line: 0, column: 0, offset: from }, end: { line: 0, column: 0, offset: to } } };
}
