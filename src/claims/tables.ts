/**
 * Tables whose cells are values: a backup table with plans as columns gives one claim per cell
 * (`backup.retention` P30D {type: point-in-time, edition: Enterprise}); "-" gives none.
 * Other tables are read row by row as sentences (see extract.ts).
 */
import type { Block, SeckbDocument } from '../model/types.ts';
import { has } from './context.ts';
import type { Lexicon } from './lexicon.ts';
import { findDurations, findFrequencies } from './numbers.ts';
import type { Candidate } from './engine.ts';

export interface RowCandidates {
  row: Block;
  candidates: Candidate[];
}

const ROW_TYPES: Array<[string, string]> = [
  ['point-in-time', 'pitr'],
  ['daily', 'typeDaily'],
  ['weekly', 'typeWeekly'],
  ['monthly', 'typeMonthly'],
];

const cellText = (doc: SeckbDocument, c: [number, number]) => doc.text.slice(c[0], c[1]).replace(/<[^>]+>/g, '').trim();

/**
 * Claims from the cells of one table (rows of one `group`), or [] when the table is not a
 * backup schedule. `lead` is the text before the table in its section ("How long backups are
 * retained varies by edition").
 */
export function tableCells(doc: SeckbDocument, rows: Block[], lead: string, lex: Lexicon): RowCandidates[] {
  const header = rows.find((r) => r.header) ?? undefined;
  const headerCells = header?.cells?.map((c) => cellText(doc, c)) ?? [];
  const context = `${lead} ${headerCells.join(' ')}`;
  const rowLabels = rows.filter((r) => r !== header).map((r) => (r.cells?.[0] ? cellText(doc, r.cells[0]) : ''));
  const aboutBackups = has(lex, 'backup', context) || rowLabels.some((l) => has(lex, 'backup', l) || has(lex, 'pitr', l));
  if (!aboutBackups) return [];
  const retention = has(lex, 'retention', context);
  const frequency = /frequen|how often|częstotliw|jak często/iu.test(context);
  if (!retention && !frequency) return [];
  const out: RowCandidates[] = [];
  for (const row of rows) {
    if (row === header || !row.cells || row.cells.length < 2) continue;
    const label = cellText(doc, row.cells[0]);
    const type = ROW_TYPES.find(([, c]) => has(lex, c, label))?.[0];
    const candidates: Candidate[] = [];
    row.cells.slice(1).forEach((cell, k) => {
      const text = cellText(doc, cell);
      const iso = retention ? findDurations(text, lex)[0]?.iso : findFrequencies(text, lex)[0]?.iso;
      if (!iso) return;
      // A header such as "Retention period" titles the column; only plan names are editions.
      const head = headerCells[k + 1] ?? '';
      const edition = head && !has(lex, 'retention', head) && !/period|okres|frequen|częstotliw|value|wartoś|duration|czas/iu.test(head) ? head : undefined;
      candidates.push({
        attribute: retention ? 'backup.retention' : 'backup.frequency',
        value: iso,
        qualifiers: { ...(type ? { type } : {}), ...(edition ? { edition } : {}) },
      });
    });
    out.push({ row, candidates });
  }
  return out;
}
