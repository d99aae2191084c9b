/**
 * Where a large markdown-bearing text can be parsed piece by piece. micromark's cost grows faster
 * than the text (0.4 -> 1.6 MB of varied prose: 1.8 -> 8.2 s), so a large `.txt` is parsed in
 * pieces, each starting where the parser holds no open block, so it parses as it would inside the
 * whole text:
 *
 * - at an ATX heading after a blank line: a heading closes every open block (paragraph, list,
 *   quote, table), except inside a fenced code block or a raw HTML block that runs past blank
 *   lines (comments, <script>, <pre>, ...): no cut is made while one is open;
 * - at a paragraph after a blank line, its first character a letter in the first column (plain
 *   text exported as markdown often has no heading for megabytes): the blank line ended the
 *   paragraph, table or HTML block (kinds 6 and 7) before it, and an unindented line that opens
 *   no other block ends every list item, quote and indented code block. Only when no line since
 *   the last cut could open a fence or an HTML block of kinds 1-5 (a line-by-line reading can
 *   get their state wrong inside lists and HTML blocks), and never in a text that defines a link
 *   or footnote (a reference resolves across the whole text).
 */

/** Texts up to this size are parsed whole. */
export const PARSE_WHOLE_UP_TO = 256 * 1024;
/** A piece grows to at least this size before it is cut. */
export const PIECE_SIZE = 8 * 1024;

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** CommonMark HTML blocks 1-5, which blank lines do not end: their opening and closing marks. */
const RAW_HTML: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** Indentation, quote and list markers before a line's first block (each marker ends in a character the run before it cannot take). */
const CONTAINERS = String.raw`^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*`;
/** A line that may open a fence or an HTML block of kinds 1-5, inside any containers. */
const FENCE_OR_RAW_HTML = new RegExp(`${CONTAINERS}(?:\`{3}|~{3}|<(?:script|pre|style|textarea)(?:[\\s>]|$)|<[!?])`, 'i');
/** A link or footnote definition (a label is at most 999 characters and may span lines). */
const DEFINITION = new RegExp(`${CONTAINERS}\\[[^\\]]{0,999}\\]:`, 'm');
/** Blank in CommonMark's sense: spaces and tabs only (a no-break space is text). */
const BLANK = /^[ \t]*\r?$/;
const PARAGRAPH_START = /^\p{L}/u;

/** Whether `source` defines a link or footnote (a reference resolves across the whole text). */
export const definesReferences = (source: string): boolean => DEFINITION.test(source);

/**
 * Start offsets of the pieces of `source` (the first is 0), each at least `pieceSize` long (the
 * last aside); one piece when the text is up to `wholeUpTo` long. `pieceStarts(source, 0, 0)`
 * gives every cut.
 */
export function pieceStarts(source: string, wholeUpTo = PARSE_WHOLE_UP_TO, pieceSize = PIECE_SIZE): number[] {
  const starts = [0];
  if (source.length <= wholeUpTo) return starts;
  const paragraphCuts = !definesReferences(source);
  /** Whether a line since the last cut may have opened a fence or raw HTML. */
  let uncertain = false;
  let fence: string | undefined;
  let html: RegExp | undefined;
  // Blank as CommonMark means it (BLANK): a line of no-break spaces is text, and it does not end an
  // HTML block of kind 6 or 7, which a heading after it then does not close either.
  let previousBlank = false;
  for (let at = 0; at < source.length; ) {
    const end = source.indexOf('\n', at);
    const next = end === -1 ? source.length : end + 1;
    const line = source.slice(at, end === -1 ? source.length : end);
    const long = at - starts[starts.length - 1] >= pieceSize;
    if (fence) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
    } else if (html) {
      if (html.test(line)) html = undefined;
    } else if (long && previousBlank && (HEADING.test(line) || (paragraphCuts && !uncertain && PARAGRAPH_START.test(line)))) {
      starts.push(at);
      uncertain = false;
    } else {
      if (FENCE_OR_RAW_HTML.test(line)) uncertain = true;
      const open = FENCE.exec(line);
      if (open) fence = open[1][0].repeat(open[1].length);
      const raw = RAW_HTML.find(([opening]) => opening.test(line));
      // A block closed on its own opening line (<!-- x -->) stays closed.
      if (raw && !raw[1].test(line.slice(line.search(raw[0]) + 2))) html = raw[1];
    }
    previousBlank = BLANK.test(line);
    at = next;
  }
  return starts;
}
