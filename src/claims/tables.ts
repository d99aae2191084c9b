/**
 * Tables whose cells are values: a backup table with plans as columns gives one claim per cell
 * (`backup.retention` P30D {type: point-in-time, edition: Enterprise}); "-" gives none.
 * Other tables are read row by row as sentences (see extract.ts).
 */
import type { Block, SeckbDocument } from '../model/types.ts';
import { has, hits } from './context.ts';
import type { Lexicon } from './lexicon.ts';
import { findDurations, plainDurations } from './values/duration.ts';
import { findFrequencies } from './values/frequency.ts';
import type { Candidate } from './engine.ts';
import { ROW_TYPES, retentionSchedule } from './schedule.ts';
import { namesLogs } from './log-rows.ts';
import { subprocessorTable } from './party-table.ts';
import { planTable } from './plan-table.ts';

export interface RowCandidates {
  row: Block;
  candidates: Candidate[];
  /** The table was read as a whole: the row is not read again as a sentence. */
  final?: boolean;
  /** The row is also read as a sentence, for the attributes its cells gave none of (schedule.ts). */
  merge?: boolean;
  /** With `merge`: attributes the sentence reading may not add. */
  notFromSentence?: string[];
}

const cellText = (doc: SeckbDocument, c: [number, number]) => doc.text.slice(c[0], c[1]).replace(/<[^>]+>/g, '').trim();

const COPY_TYPES: ReadonlyArray<[string, string]> = [
  ['full', 'typeFull'],
  ['differential', 'typeDifferential'],
  ['incremental', 'typeIncremental'],
  ['files', 'typeFiles'],
  ['database', 'typeDatabase'],
];

/** How often: the kind of copy a row names first is its type ("Database (full and ...)", "Pełna kopia baz danych"), not a retention rung. */
function copyType(label: string, lex: Lexicon): string | undefined {
  const firstAt = (concept: string) => hits(lex, concept, label)[0]?.start ?? Infinity;
  const best = [...COPY_TYPES].sort(([, a], [, b]) => firstAt(a) - firstAt(b))[0];
  return firstAt(best[1]) < Infinity ? best[0] : undefined;
}

/**
 * Claims from the cells of one table (rows of one `group`): a list of third parties
 * (party-table.ts), a table of plans (plan-table.ts) or a backup schedule; [] for any other.
 * `lead` is the text before the table in its section ("How long backups are retained varies by
 * edition"); `outline`: the headings of the sections that hold the table's own (the page title first).
 */
export function tableCells(doc: SeckbDocument, rows: Block[], lead: string, lex: Lexicon, outline: readonly string[] = []): RowCandidates[] {
  const header = rows.find((r) => r.header) ?? undefined;
  const headerCells = header?.cells?.map((c) => cellText(doc, c)) ?? [];
  const third = subprocessorTable(doc, rows, headerCells, lead, lex, outline, (c) => cellText(doc, c));
  if (third.length > 0) return third;
  // Plans as rows or columns (plan-table.ts): the plan is the row's first cell or the column's head.
  const plans = planTable(rows, headerCells, lex, (c) => cellText(doc, c));
  if (plans.whole) return plans.rows;
  const read = new Set(plans.rows.map((r) => r.row));
  return [...backupCells(doc, rows, header, headerCells, lead, lex).filter((r) => !read.has(r.row)), ...plans.rows];
}

function backupCells(doc: SeckbDocument, rows: Block[], header: Block | undefined, headerCells: string[], lead: string, lex: Lexicon): RowCandidates[] {
  const schedule = retentionSchedule(rows, headerCells, lex, (c) => cellText(doc, c));
  if (schedule.length > 0) return schedule;
  const context = `${lead} ${headerCells.join(' ')}`;
  const rowLabels = rows.filter((r) => r !== header).map((r) => (r.cells?.[0] ? cellText(doc, r.cells[0]) : ''));
  const aboutBackups = has(lex, 'backup', context) || rowLabels.some((l) => !namesLogs(l, lex) && (has(lex, 'backup', l) || has(lex, 'pitr', l)));
  if (!aboutBackups) return [];
  const frequency = has(lex, 'frequencyHeader', context);
  // Rows that name kinds of backup ("Point-in-time restore", "Weekly backups") with lengths in
  // their cells make a retention table even when the word "retention" stands nowhere near it.
  const bodyCells = rows.filter((r) => r !== header).flatMap((r) => (r.cells ?? []).slice(1).map((c) => cellText(doc, c)));
  const lengths = bodyCells.filter((t) => findDurations(t, lex).length > 0 && findFrequencies(t, lex).length === 0).length;
  const typed = rowLabels.filter((l) => ROW_TYPES.some(([, c]) => has(lex, c, l))).length;
  const retention = has(lex, 'retention', context) || (!frequency && typed > 0 && lengths > 0 && lengths * 2 >= bodyCells.filter((t) => !/^[-–—]?$/.test(t)).length);
  if (!retention && !frequency) return [];
  const out: RowCandidates[] = [];
  for (const row of rows) {
    if (row === header || !row.cells || row.cells.length < 2) continue;
    const label = cellText(doc, row.cells[0]);
    const type = ROW_TYPES.find(([, c]) => has(lex, c, label))?.[0];
    const candidates: Candidate[] = [];
    // "RPO | 15 minutes" beside a retention table measures recovery, not how long backups stay;
    // "Backup logs | 30 days | 1 year" how long logs stay.
    if ((has(lex, 'recoveryObjective', label) && !type) || namesLogs(label, lex)) {
      out.push({ row, candidates });
      continue;
    }
    row.cells.slice(1).forEach((cell, k) => {
      const text = cellText(doc, cell);
      const head = headerCells[k + 1] ?? '';
      // "Backup | Frequency | Retention": each column says which it holds ("every 4 hours" is how often).
      const kept = has(lex, 'frequencyHeader', head) ? false : has(lex, 'retention', head) ? true : retention;
      const iso = kept ? plainDurations(text, lex)[0]?.iso : findFrequencies(text, lex)[0]?.iso;
      if (!iso) return;
      // A header such as "Retention period" titles the column; only plan names are editions.
      const edition = head && !has(lex, 'retention', head) && !has(lex, 'valueHeader', head) && !has(lex, 'frequencyHeader', head) ? head : undefined;
      const rowType = kept ? type : copyType(label, lex);
      candidates.push({
        attribute: kept ? 'backup.retention' : 'backup.frequency',
        value: iso,
        qualifiers: { ...(rowType ? { type: rowType } : {}), ...(edition ? { edition } : {}) },
      });
    });
    // The row still says what its cells do not ("Restore to any point in time? | Yes | 14 days": PITR
    // too), except a rung's own cadence ("Monthly copy | – | 12 months" is no monthly schedule).
    const rungOnly = type !== undefined && !row.cells.slice(1).some((c) => findFrequencies(cellText(doc, c), lex).length > 0);
    out.push({ row, candidates, merge: candidates.length > 0, ...(rungOnly ? { notFromSentence: ['backup.frequency'] } : {}) });
  }
  return out;
}
