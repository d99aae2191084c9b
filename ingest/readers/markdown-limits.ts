/**
 * Markdown that remark parses in more than linear time or space, told by one pass over the lines
 * before it parses: such a text is read as plain prose with a note (markdown.ts), and a table
 * past the row limit is refused.
 */

/**
 * Past these, remark's recursion and per-cell work grow out of bounds (10,000 nested list levels
 * overflowed the stack after 77 s; a 50,000-column row took 1.4 GB). Real papers nest a few
 * levels and tables have tens of columns, so a file beyond them is read as plain text instead.
 */
export const MAX_MARKDOWN_NESTING = 50;
export const MAX_TABLE_COLUMNS = 300;
/**
 * micromark's cost grows with the cube of an emphasis delimiter run's length (a 16 KB line of
 * 8,000 '*' around one letter: 3.5 s CPU, 32 KB: ~20 s) and with the square of the number of
 * setext headings (each underline edits the whole event list: 8,000 in 40 KB took 14 s). Real
 * papers have runs of a few marks ("****" masking a value) and tens of underlined headings; a
 * form's blank ("Name: ______") touches no text, so it is no delimiter and is not counted.
 */
export const MAX_DELIMITER_RUN = 128;
export const MAX_SETEXT_HEADINGS = 1000;
/**
 * micromark walks a link's whole content when it closes it, so links nested in links cost the
 * square of the depth (20,000 nested in 100 KB: 20 s). Real papers nest a link in a link or an
 * image in a link, a bracket in a bracket: a few levels.
 */
export const MAX_BRACKET_NESTING = 32;
/** A table longer than this is refused, as a questionnaire's .csv or .xlsx is (200,000 rows: 35 s to parse, 650 MB). */
export const MAX_TABLE_ROWS = 10_000;

const DELIMITER_RUN = new RegExp(`([*_~])\\1{${MAX_DELIMITER_RUN},}`, 'g');
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** Quote and list markers opening a line, with the indentation before them. */
const CONTAINER_PREFIX = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;

/** Why remark should not parse `source`, if it should not: nesting or table width beyond the limits. */
export function markdownTooComplex(source: string): string | undefined {
  let deepest = 0;
  let widest = 0;
  let longestRun = 0;
  let setext = 0;
  let previousBlank = true;
  const brackets = { open: 0, deepest: 0 };
  for (const line of source.split('\n')) {
    for (const run of line.matchAll(DELIMITER_RUN)) {
      const touchesText = /\S/.test(line[run.index - 1] ?? ' ') || /\S/.test(line[run.index + run[0].length] ?? ' ');
      if (touchesText) longestRun = Math.max(longestRun, run[0].length);
    }
    if (!previousBlank && SETEXT_UNDERLINE.test(line)) setext++;
    previousBlank = line.trim() === '';
    if (previousBlank) brackets.open = 0;
    else if (line.includes(']')) nestBrackets(line, brackets);
    else if (line.includes('[')) brackets.open += line.split('[').length - 1;
    const prefix = CONTAINER_PREFIX.exec(line)![0];
    if (prefix.length > 0) {
      const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
      const indent = prefix.match(/^[ \t]*/)![0].length;
      deepest = Math.max(deepest, markers + (markers > 0 ? Math.floor(indent / 2) : 0));
    }
    if (line.length > MAX_TABLE_COLUMNS) widest = Math.max(widest, line.split('|').length - 1);
  }
  if (deepest > MAX_MARKDOWN_NESTING) return `read as plain text: quotes or lists nested ${deepest} levels deep (the markdown limit is ${MAX_MARKDOWN_NESTING})`;
  if (widest > MAX_TABLE_COLUMNS) return `read as plain text: a table row of ${widest} columns (the markdown limit is ${MAX_TABLE_COLUMNS})`;
  if (longestRun > MAX_DELIMITER_RUN) return `read as plain text: a run of ${longestRun} emphasis marks (the markdown limit is ${MAX_DELIMITER_RUN})`;
  if (setext > MAX_SETEXT_HEADINGS) return `read as plain text: ${setext} underlined headings (the markdown limit is ${MAX_SETEXT_HEADINGS})`;
  if (brackets.deepest > MAX_BRACKET_NESTING) return `read as plain text: brackets or links nested ${brackets.deepest} levels deep (the markdown limit is ${MAX_BRACKET_NESTING})`;
  return undefined;
}

/** Counts a paragraph line's brackets: how deep the deepest closed one sat (an escaped bracket is text). */
function nestBrackets(line: string, brackets: { open: number; deepest: number }): void {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x5b) brackets.open++;
    else if (c === 0x5d && brackets.open > 0) brackets.deepest = Math.max(brackets.deepest, brackets.open--);
  }
}

/** The first table of `source` with more rows than the limit: its separator line (1-based) and rows. */
export function tableOverLimit(source: string, limit = MAX_TABLE_ROWS): { line: number; rows: number } | undefined {
  if (!source.includes('---')) return undefined;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('---') || !TABLE_RULE.test(lines[i].trim())) continue;
    // A table goes on to the first blank line (GFM): its body, then the header row before the rule.
    let end = i + 1;
    while (end < lines.length && lines[end].trim() !== '') end++;
    if (end - i > limit) return { line: i + 1, rows: end - i };
    i = end;
  }
  return undefined;
}
/**
 * A GFM table separator row, "| --- | :---: |", on one trimmed line. Every white-space run sits
 * between two fixed characters, so nothing is tried twice: the old whole-text pattern started
 * `^\s*` at every line, and a file of blank lines or spaces took quadratic time.
 */
export const TABLE_RULE = /^\|?\s*:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+(?:\s*\|)?$/;

