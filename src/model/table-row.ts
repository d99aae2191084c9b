/** A table row as a block, whichever reader found the table. */
import type { Anchor, RawBlock } from './types.ts';

/** A cell's text and, where known, the [line, column] it starts at in the source. */
export interface RowCell {
  text: string;
  at?: readonly [number, number];
}

/** The `table-row` block of `cells`: texts joined by " | ", each placed cell anchored where it starts. */
export function tableRowBlock(cells: readonly RowCell[], group: number, header: boolean): RawBlock {
  const anchors: Anchor[] = [];
  let offset = 0;
  for (const cell of cells) {
    if (cell.at) anchors.push([offset, cell.at[0], cell.at[1]]);
    offset += cell.text.length + 3;
  }
  const texts = cells.map((c) => c.text);
  return { type: 'table-row', text: texts.join(' | '), cells: texts, group, ...(header ? { header: true } : {}), anchors };
}
