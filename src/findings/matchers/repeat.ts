/**
 * `repeat`: a word said twice ("the the", mode `word`) or a capitalised name joined to itself
 * ("Acme and Acme", mode `name`). Real repeats ("had had") are exceptions in the rule data.
 */
import type { MatcherFactory } from './types.ts';
import { WORD_CHAR, allMatches, escapeRegExp } from './types.ts';

/** Spaces, or one line break: a tab is a table column, so "x<TAB>x" is two cells. */
const GAP = '(?:[ \\u00A0]+|[ \\u00A0]*\\n[ \\u00A0]*)';
const NAME_WORD = '\\p{Lu}[\\p{L}\\p{N}\\p{M}]*';

/**
 * "Walla Walla, Washington", "Bora Bora, French Polynesia": a capitalised word doubled on one
 * line and followed by ", Region" is a reduplicated place name (known ones are exceptions in
 * the rule data), not a slip.
 */
function placeName(text: string, start: number, end: number): boolean {
  const [a, b] = text.slice(start, end).split(/\s+/);
  if (a !== b || !/^\p{Lu}\p{Ll}+$/u.test(a) || /\n/.test(text.slice(start, end))) return false;
  return /^,[ \u00A0]*\p{Lu}/u.test(text.slice(end));
}

/**
 * "Rate Limited Authentication Authentication endpoints are ...": a run-in heading (a line opening
 * with capitalised words, bold in the page) whose last word the body's first sentence repeats.
 * Both capitalised, and the body goes on in lower case; a heading typo ("Data Centre Centre")
 * ends its line.
 */
function runInHeading(text: string, start: number, end: number): boolean {
  const [a, b] = text.slice(start, end).split(/\s+/);
  if (!/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) return false;
  const lead = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return /^(?:\p{Lu}[\p{L}\p{N}-]*[ \u00A0]+(?:(?:of|and|at|in|for|to|on|&)[ \u00A0]+)?)+$/u.test(lead) && /^[ \u00A0]+\p{Ll}/u.test(text.slice(end));
}

/**
 * "Least-privilege access" / "Access to systems is restricted ...", "Kopie zapasowe" / "Kopie
 * wykonujemy ...": a heading or label line whose last word the next line's sentence opens with.
 * The second word starts its line capitalised and the first ends a short line ("Backups" /
 * "Backups are taken daily" too); a slip doubles a word inside a line ("Data Centre Centre").
 */
const HEADING_LINE_CHARS = 60;
function headingThenBody(text: string, start: number, end: number): boolean {
  const gap = text.slice(start, end);
  if (!gap.includes('\n')) return false;
  const [a, b] = gap.split(/\s+/);
  if (!/^\p{Lu}/u.test(b)) return false;
  return start + a.length - (text.lastIndexOf('\n', start - 1) + 1) <= HEADING_LINE_CHARS;
}

/**
 * "2) Administrator administrator w rozumieniu art. 4 RODO", "1) Controller controller as defined
 * in", "5. Umowa umowa dostępu do Usługi": a numbered definition whose dash was lost on export, the
 * term then its definition in lower case, after its number or opening its sentence (the segmenter
 * may end the sentence before at "5."). A slip keeps the case ("2. Usługodawca Usługodawca
 * wykonuje") or doubles a short word ("1) The the").
 */
const DEFINED_TERM_LETTERS = 5;
function definedTerm(text: string, start: number, end: number): boolean {
  const [a, b] = text.slice(start, end).split(/\s+/);
  if (!/^\p{Lu}\p{Ll}+$/u.test(a) || b !== a.toLowerCase() || a.length < DEFINED_TERM_LETTERS) return false;
  return /(?:^|[\s;:,(])(?:(?:\d{1,3}|\p{Ll})\)|\d{1,3}\.)[ \u00A0]+$|^\s*$/u.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * "Business   99.9 %   yes   yes": in a plain-text table laid out with runs of spaces, the same
 * word in two cells. The gap is two spaces or more and the line has another such gap: a typo's
 * double space in running text ("the  the") stands alone on its line. Hits come in text order,
 * so the lines are found by one walk through the text and each is judged once.
 */
function columnCellsOf(text: string): (start: number, end: number) => boolean {
  let lineStart = 0;
  let lineEnd = -1;
  let table = false;
  return (start, end) => {
    const between = text.slice(start, end);
    if (!/[ \u00A0]{2,}/u.test(between) || between.includes('\n')) return false;
    if (start > lineEnd) {
      while (lineEnd !== text.length && start > lineEnd) {
        lineStart = lineEnd + 1;
        const next = text.indexOf('\n', lineStart);
        lineEnd = next === -1 ? text.length : next;
      }
      table = (text.slice(lineStart, lineEnd).match(/[ \u00A0]{2,}/gu) ?? []).length >= 2;
    }
    return table;
  };
}

export const repeat: MatcherFactory = (entry, fail) => {
  const mode = entry.mode ?? 'word';
  if (mode === 'word') {
    const re = new RegExp(`(?<!${WORD_CHAR})([\\p{L}\\p{M}]+)${GAP}\\1(?!${WORD_CHAR})`, 'giu');
    return (text) => {
      const columnCells = columnCellsOf(text);
      return allMatches(re, text)
        .filter((h) => !placeName(text, h.start, h.end) && !runInHeading(text, h.start, h.end) && !headingThenBody(text, h.start, h.end) && !definedTerm(text, h.start, h.end) && !columnCells(h.start, h.end))
        .map((h) => ({ ...h, params: { word: text.slice(h.start, h.end).split(/\s+/)[0] } }));
    };
  }
  if (mode !== 'name') fail(`mode "${mode}" is not word or name`);
  const joiners = entry.joiners ?? [];
  if (joiners.length === 0) fail('joiners empty');
  const join = joiners.map(escapeRegExp).join('|');
  // Case-sensitive: "more and more" is English, "Acme and Acme" is a slip.
  const re = new RegExp(`(?<!${WORD_CHAR})(${NAME_WORD}(?: ${NAME_WORD}){0,2})\\s+(?:${join})\\s+\\1(?!${WORD_CHAR})`, 'gu');
  return (text) =>
    [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, params: { word: m[1] } }));
};
