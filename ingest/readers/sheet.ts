/**
 * Rows of a spreadsheet -> blocks, shared by the .xlsx and .csv readers. Each sheet is a
 * section (its name a heading; a .csv has one unnamed sheet), each row a `table-row` block whose
 * cells keep their columns (empty cells between filled ones stay, so a column index is the same
 * in every row). Title lines above the header (a row with one filled cell) are paragraphs.
 * Every cell is anchored at [offset, row, column] of the source (1-based).
 */
import { isQuestionnaireHeader } from '../../src/model/questionnaire.ts';
import type { Anchor, DeclaredMeta, Format, RawBlock, ReadResult } from '../../src/model/types.ts';
import { greatest, least } from '../../src/lists.ts';

export interface SheetCell {
  /** 1-based column in the source. */
  column: number;
  text: string;
}

export interface SheetRow {
  /** 1-based row in the source. */
  row: number;
  cells: SheetCell[];
  hidden?: boolean;
}

export interface Sheet {
  /** Sheet name; undefined for a .csv. */
  name?: string;
  hidden?: boolean;
  rows: SheetRow[];
}

/** How far down a header row is looked for (CAIQ puts a title and notes above it). */
const HEADER_SEARCH_ROWS = 12;

/** One line per cell: line breaks and tabs inside a cell become spaces (a row is one unit). */
export function cellText(raw: string): string {
  return raw.replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

const filled = (r: SheetRow) => r.cells.filter((c) => c.text !== '');

/** The header row: one naming questionnaire columns, else the first row of several short labels. */
function headerIndex(rows: SheetRow[]): number {
  const head = rows.slice(0, HEADER_SEARCH_ROWS);
  const named = head.findIndex((r) => filled(r).length >= 2 && isQuestionnaireHeader(filled(r).map((c) => c.text)));
  if (named >= 0) return named;
  const first = rows.findIndex((r) => filled(r).length >= 2);
  if (first < 0 || first + 1 >= rows.length) return -1;
  const labels = filled(rows[first]);
  const looksLikeLabels = labels.every((c) => c.text.length <= 60 && !/\?$/.test(c.text) && !/^[\d.,%\s-]+$/.test(c.text));
  return looksLikeLabels ? first : -1;
}

export function sheetsToRead(sheets: Sheet[], format: Format, meta?: DeclaredMeta): ReadResult {
  const blocks: RawBlock[] = [];
  let group = 0;
  for (const sheet of sheets) {
    const rows = sheet.rows.filter((r) => filled(r).length > 0);
    if (sheet.name !== undefined) {
      const name = cellText(sheet.name) || '-';
      blocks.push({ type: 'heading', depth: 1, text: name, ...(sheet.hidden ? { hidden: true } : {}) });
    }
    if (rows.length === 0) continue;
    const firstColumn = least(rows.flatMap((r) => filled(r).map((c) => c.column)));
    const header = headerIndex(rows);
    group++;
    rows.forEach((r, i) => {
      const hidden = sheet.hidden || r.hidden ? { hidden: true } : {};
      const cells = filled(r);
      if ((header < 0 || i < header) && cells.length === 1) {
        blocks.push({ type: 'paragraph', text: cells[0].text, anchors: [[0, r.row, cells[0].column]], ...hidden });
        return;
      }
      const last = greatest(cells.map((c) => c.column));
      const byColumn = new Map(cells.map((c) => [c.column, c.text]));
      const texts: string[] = [];
      const anchors: Anchor[] = [];
      let offset = 0;
      for (let col = firstColumn; col <= last; col++) {
        const text = byColumn.get(col) ?? '';
        if (texts.length > 0) offset += 3;
        anchors.push([offset, r.row, col]);
        texts.push(text);
        offset += text.length;
      }
      blocks.push({
        type: 'table-row',
        text: texts.join(' | '),
        cells: texts,
        group,
        anchors,
        ...(i === header ? { header: true } : {}),
        ...hidden,
      });
    });
  }
  return { format, blocks, ...(meta && Object.keys(meta).length > 0 ? { meta } : {}), hasLines: true };
}
