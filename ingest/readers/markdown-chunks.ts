/**
 * Where a large markdown-bearing text can be parsed piece by piece. micromark's cost grows faster
 * than the text (0.4 -> 1.6 MB of varied prose: 1.8 -> 8.2 s), so a large `.txt` is parsed in
 * pieces that each start at an ATX heading after a blank line. Such a heading closes every open
 * block (paragraph, list, quote, table), so each piece parses as it would inside the whole text,
 * except inside a fenced code block or a raw HTML block that runs past blank lines (comments,
 * <script>, <pre>, ...): no cut is made while one is open.
 */

/** Texts up to this size are parsed whole. */
export const PARSE_WHOLE_UP_TO = 256 * 1024;
/** A piece grows to at least this size before it is cut. */
const PIECE_SIZE = 32 * 1024;

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

/** Start offsets of the pieces of `source` (the first is 0); one piece when the text is small. */
export function pieceStarts(source: string): number[] {
  const starts = [0];
  if (source.length <= PARSE_WHOLE_UP_TO) return starts;
  let fence: string | undefined;
  let html: RegExp | undefined;
  let previousBlank = false;
  for (let at = 0; at < source.length; ) {
    const end = source.indexOf('\n', at);
    const next = end === -1 ? source.length : end + 1;
    const line = source.slice(at, end === -1 ? source.length : end);
    if (fence) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
    } else if (html) {
      if (html.test(line)) html = undefined;
    } else if (previousBlank && HEADING.test(line) && at - starts[starts.length - 1] >= PIECE_SIZE) {
      starts.push(at);
    } else {
      const open = FENCE.exec(line);
      if (open) fence = open[1][0].repeat(open[1].length);
      const raw = RAW_HTML.find(([opening]) => opening.test(line));
      // A block closed on its own opening line (<!-- x -->) stays closed.
      if (raw && !raw[1].test(line.slice(line.search(raw[0]) + 2))) html = raw[1];
    }
    previousBlank = line.trim() === '';
    at = next;
  }
  return starts;
}
