/**
 * Plain prose `.txt`: blank lines separate paragraphs; inside a paragraph a line starts a new
 * block when it is a list item, a tab-separated row, or follows a line that ended a sentence or
 * stopped short (exports of Word/PDF put one paragraph per line). Hard-wrapped prose lines are
 * kept together, and so are a list item's wrapped lines; a wrapped line that merely starts like
 * a list item ("every twelve" / "(12) hours and ...") goes on with the line before it. Text is
 * kept exactly; structure (headings, TOC) is inferred later by the model.
 */
import type { Anchor, RawBlock } from '../../src/model/types.ts';
import { greatest } from '../../src/lists.ts';
import { findTextTables, type TextRow } from './text-tables.ts';
import { tableRowBlock } from '../../src/model/table-row.ts';

const LIST_MARKER = /^(?:[-•*–◦▪]|\(?[0-9]{1,2}[.)]|[a-z][.)]|[ivx]{1,4}[.)])\s+/;
/** "1. System Overview" / "4.2 Backups": a numbered heading, not a list item. */
const NUMBERED_HEADING = /^\d+(\.\d+)*\.?\s+\p{Lu}.{0,90}[^.!?;,]$/u;

export function readPlainProse(content: string): RawBlock[] {
  const lines = content.split('\n');
  const blocks: RawBlock[] = [];
  let group = 0;
  let list = 0;
  let table = 0;
  let current: { text: string; anchors: Anchor[]; item?: RawBlock; indent?: number } | undefined;
  const goesOn = wrapsOn(lines);
  /** The last line of the current block stopped mid-sentence at the wrap width: the next line goes on with it. */
  const runsOn = (): boolean => current !== undefined && goesOn(current.text.slice(current.text.lastIndexOf('\n') + 1));
  const append = (text: string, line: number, indent: number) => {
    current!.anchors.push([current!.text.length + 1, line, indent + 1]);
    current!.text += '\n' + text;
  };

  const flush = () => {
    if (current?.item) blocks.push({ ...current.item, text: current.text, anchors: current.anchors });
    else if (current) blocks.push({ type: 'paragraph', text: current.text, anchors: current.anchors });
    current = undefined;
  };

  const tables = findTextTables(lines);
  let nextTable = 0;
  // The numbered line before (only blank lines since) and the index of each line's next non-blank line.
  let numbered: { number: number; indent: number } | undefined;
  const nextFilled: number[] = [];
  for (let i = lines.length - 1, next = -1; i >= 0; i--) {
    nextFilled[i] = next;
    if (lines[i].trim() !== '') next = i;
  }
  /** "2. Confirm the change" in a run "1. ...", "2. ...", "3. ..." at one indent is an item, though it reads like a numbered heading. */
  const inRun = (index: number, text: string, indent: number): boolean => {
    const number = itemNumber(text);
    const next = lines[nextFilled[index]] ?? '';
    // A step whose sentence goes on in lower case after a blank line is left as read: a broken paragraph the findings flag.
    if (number === undefined || /^\s*\p{Ll}/u.test(next)) return false;
    // Right after the item before it, at its indent; apart from it, a step is told from a heading by its length.
    if (current?.item && numbered?.number === number - 1 && numbered.indent === indent) return true;
    if (text.split(/\s+/).length < 6) return false;
    if (numbered?.number === number - 1 && numbered.indent === indent) return true;
    return itemNumber(next.trim()) === number + 1 && next.length - next.trimStart().length === indent;
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    const laidOut = tables[nextTable];
    if (laidOut && index >= laidOut.start) {
      if (index === laidOut.start) {
        flush();
        list = table = 0;
        const tableGroup = ++group;
        for (const row of laidOut.rows) blocks.push(tableRow(row, tableGroup));
      }
      if (index === laidOut.end - 1) nextTable++;
      return;
    }
    const indent = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text === '') {
      flush();
      list = table = 0;
      return;
    }
    const anchor: Anchor = [0, line, indent + 1];
    if (text.includes('\t')) {
      flush();
      list = 0;
      table ||= ++group;
      const cells = text.split(/\t+/).map((c) => c.trim()).filter((c) => c !== '');
      blocks.push({ type: 'table-row', text, cells, group: table, anchors: [anchor] });
      return;
    }
    table = 0;
    const number = itemNumber(text);
    const started = number === undefined ? undefined : { number, indent };
    // The next step of a numbered run is an item even after a line that looks wrapped ("2. Open settings" / "3. ...").
    if (LIST_MARKER.test(text) && (inRun(index, text, indent) || (!NUMBERED_HEADING.test(text) && !runsOn()))) {
      flush();
      list ||= ++group;
      const item: RawBlock = { type: 'list-item', text, group: list, ordered: /^\(?[0-9ivx]/.test(text) };
      current = { text, anchors: [anchor], item, indent };
      numbered = started;
      return;
    }
    // A list item's wrapped line: it runs on, or is indented under the item's text (deeper than its marker).
    if (current?.item && (runsOn() || indent > (current.indent ?? 0))) return append(text, line, indent);
    if (current?.item) flush();
    list = 0;
    if (current) {
      if (runsOn()) return append(text, line, indent);
      flush();
    }
    current = { text, anchors: [anchor] };
    numbered = started;
  });
  flush();
  return blocks;
}

/** A row of a table laid out with spaces or pipes (text-tables.ts): its cells, each anchored at its column. */
function tableRow(row: TextRow, group: number): RawBlock {
  return tableRowBlock(row.cells.map((c) => ({ text: c.text, ...(c.text !== '' ? { at: [row.line + 1, c.column + 1] as const } : {}) })), group, row.header);
}

/** The number of a numbered item ("2. ", "(3) "), if the line is one. */
function itemNumber(text: string): number | undefined {
  const m = /^\(?([0-9]{1,2})[.)]\s/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Whether a line of `lines` stopped mid-sentence at the text's wrap width, so the next line goes
 * on with it: never in a text that is not hard-wrapped.
 */
export function wrapsOn(lines: readonly string[]): (line: string) => boolean {
  if (!hardWrapped(lines)) return () => false;
  const width = Math.max(40, greatest(lines.map((l) => l.length).filter((n) => n < 200)));
  return (line) => !/[.!?:;]["'”’)]?$/.test(line) && line.length >= width * 0.6;
}

/**
 * A text wrapped at a width: not one whose paragraphs are single long lines (a web page's text
 * saved one block a line), where a heading or a label line that happens to be long runs into
 * nothing. Two prose lines of 200 characters or more (30 words, no tab or column gap) say so.
 */
function hardWrapped(lines: readonly string[]): boolean {
  let long = 0;
  for (const l of lines) if (l.length >= 200 && !/\t| {3}/.test(l.trim()) && (l.match(/\S+/g)?.length ?? 0) >= 30 && ++long >= 2) return false;
  return true;
}
