/**
 * Rows and sheets a workbook's author hid (Excel's Hide): a buyer reading the questionnaire in
 * Excel never sees them, yet seckb reads them like the rest, so their answers reach the claims and
 * the comparison. They are mostly drafts, superseded answers or internal notes left in the file,
 * which is what `editorial-note` catches (findings.md: something left in for the editors, not the
 * reader). One finding per run of hidden rows in a visible sheet (on its first row) and one per
 * hidden sheet (on its name); the reader marks both (ingest/readers/xlsx.ts, `hidden` blocks).
 */
import type { Block, SeckbDocument } from '../../model/types.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';

interface HiddenRun {
  /** The sheet's heading block, when the whole sheet is hidden; else the run's first row. */
  first: Block;
  rows: number;
  sheet: boolean;
}

const isRow = (b: Block) => b.type === 'table-row' || b.type === 'paragraph';

/** Hidden sheets and runs of hidden rows of a spreadsheet, in document order. */
export function hiddenRuns(doc: SeckbDocument): HiddenRun[] {
  if (doc.format !== 'xlsx') return [];
  const out: HiddenRun[] = [];
  let sheetHidden = false;
  let run: HiddenRun | undefined;
  for (const b of doc.blocks) {
    if (b.type === 'heading') {
      sheetHidden = b.hidden === true;
      run = sheetHidden ? { first: b, rows: 0, sheet: true } : undefined;
      if (run) out.push(run);
      continue;
    }
    if (!isRow(b)) continue;
    if (sheetHidden) {
      if (run) run.rows++;
    } else if (b.hidden) {
      if (!run) out.push((run = { first: b, rows: 0, sheet: false }));
      run.rows++;
    } else run = undefined;
  }
  return out;
}

function detector(sheet: boolean) {
  return (doc: SeckbDocument): RuleHit[] =>
    hiddenRuns(doc)
      .filter((r) => r.sheet === sheet)
      .filter((r) => r.rows > 0)
      .map((r) => ({ start: r.first.start, end: r.first.end, params: { count: r.rows } }));
}

export const hiddenRowsRule: CodeRule = {
  id: 'hidden-rows',
  kind: 'editorial-note',
  severity: 'warning',
  messageKey: 'findings.hidden-rows',
  detect: detector(false),
};

export const hiddenSheetRule: CodeRule = {
  id: 'hidden-sheet',
  kind: 'editorial-note',
  severity: 'warning',
  messageKey: 'findings.hidden-sheet',
  detect: detector(true),
};
