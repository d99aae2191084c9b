/**
 * Per-plan tables. Rows may be plans ("Plan | Uptime | RTO | RPO | Backup retention", "Tier |
 * Monthly availability | ...": the first header cell names what the rows are), or columns may be
 * ("Measure | Basic | Pro | Enterprise" with an "Uptime" row). Each cell of a measure gives its
 * attribute with the plan as written as `edition` (claims.md: "the plan name as written"), never a
 * column's own name. Measures: uptime (`availability.sla`), recovery time and point
 * (`availability.rto`, `.rpo`) and backup retention (`backup.retention`, whose rules are
 * claims-data's: this file only reads the cell under a retention column of such a table).
 */
import type { Block } from '../model/types.ts';
import { has } from './context.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate } from './engine.ts';
import type { RowCandidates } from './tables.ts';
import { findPercents } from './values/percent.ts';
import { plainDurations } from './values/duration.ts';

type Measure = 'availability.sla' | 'availability.rto' | 'availability.rpo' | 'backup.retention';

/** What a header or row label measures; a support-response or credit column is no uptime. */
export function measureOf(label: string, lex: Lexicon): Measure | undefined {
  if (has(lex, 'rtoWord', label)) return 'availability.rto';
  if (has(lex, 'rpoWord', label)) return 'availability.rpo';
  if (has(lex, 'slaWord', label) && !has(lex, 'notUptimeColumn', label)) return 'availability.sla';
  if (has(lex, 'retention', label) && has(lex, 'backup', label)) return 'backup.retention';
  return undefined;
}

/** "60m", "4h", "1 d" in a recovery column: minutes, hours, days (a recovery target is never months). */
const COMPACT = /^\s*(\d{1,4})\s*(m|min|mins|h|hrs?|d)\s*$/iu;

function valueOf(measure: Measure, text: string, lex: Lexicon): string | number | undefined {
  if (measure === 'availability.sla') return findPercents(text, lex).find((p) => p.value >= 50 && p.value <= 100)?.value;
  const compact = measure === 'backup.retention' ? null : COMPACT.exec(text);
  if (compact) {
    const n = Number(compact[1]);
    const unit = compact[2][0].toLowerCase();
    return n === 0 ? undefined : unit === 'd' ? `P${n}D` : `PT${n}${unit === 'h' ? 'H' : 'M'}`;
  }
  // One length only: "4 hours (8 hours on weekends)" says more than one cell can.
  const found = plainDurations(text, lex);
  return found.length === 1 ? found[0].iso : undefined;
}

const claim = (attribute: Measure, value: string | number, edition: string): Candidate => ({ attribute, value, qualifiers: { edition } });

/**
 * The rows of a per-plan table it reads, with `whole` when the rows are plans (then every row is
 * read here); [] when the table is no such table. `text(cell)`: a cell's text without markup.
 */
export function planTable(rows: Block[], headerCells: string[], lex: Lexicon, text: (c: [number, number]) => string): { whole: boolean; rows: RowCandidates[] } {
  const body = rows.filter((r) => !r.header && r.cells && r.cells.length >= 2);
  const columns = headerCells.map((h, i) => (i === 0 ? undefined : measureOf(h, lex)));
  const plainEdition = (s: string) => s.replace(/[*_`]/g, '').trim();
  // The first header cell names the plans, a measure column or nothing ("| | Basic | Pro |").
  const first = headerCells[0] ?? '';
  if (headerCells.length === 0 || (first.trim() !== '' && !has(lex, 'planColumn', first))) return { whole: false, rows: [] };
  // Rows are plans: a column measures uptime or recovery.
  if (columns.some((m) => m && m !== 'backup.retention')) {
    const out = body.map((row): RowCandidates => {
      const cells = row.cells!.map(text);
      const edition = plainEdition(cells[0]);
      const candidates = edition
        ? columns.flatMap((m, i) => {
            const v = m && cells[i] !== undefined ? valueOf(m, cells[i], lex) : undefined;
            return m && v !== undefined ? [claim(m, v, edition)] : [];
          })
        : [];
      return { row, candidates, merge: true, notFromSentence: MEASURES };
    });
    return { whole: true, rows: out };
  }
  // Columns are plans: a row whose label measures uptime or recovery, under plan names.
  const editions = headerCells.map((h, i) => (i > 0 && !measureOf(h, lex) && !has(lex, 'valueHeader', h) ? plainEdition(h) : ''));
  if (editions.filter(Boolean).length < 2) return { whole: false, rows: [] };
  const out: RowCandidates[] = [];
  for (const row of body) {
    const cells = row.cells!.map(text);
    const m = measureOf(cells[0], lex);
    if (!m || m === 'backup.retention') continue;
    const candidates = cells.flatMap((c, i) => {
      const v = i > 0 && editions[i] ? valueOf(m, c, lex) : undefined;
      return v !== undefined ? [claim(m, v, editions[i])] : [];
    });
    if (candidates.length > 0) out.push({ row, candidates, merge: true, notFromSentence: MEASURES });
  }
  return { whole: false, rows: out };
}

const MEASURES: Measure[] = ['availability.sla', 'availability.rto', 'availability.rpo', 'backup.retention'];

const AVAILABILITY = new Set<string>(['availability.sla', 'availability.rto', 'availability.rpo']);

/**
 * A section headed by a plan ("Enterprise plan", "Pakiet Premium", a tab labelled "Professional"):
 * its uptime and recovery figures are that plan's (`edition`: the plan's name, without the word
 * "plan"), so two sections' figures are two plans', no contradiction.
 */
export function withPlanOf(candidates: Candidate[], heading: string, lex: Lexicon): Candidate[] {
  if (!candidates.some((c) => AVAILABILITY.has(c.attribute) && c.qualifiers.edition === undefined)) return candidates;
  const named = lex.memo('planHeadingName', (l) => new RegExp(`^[\\W\\d]*(?:${l.source('planHeading')})[\\W]*$`, 'iu')).exec(heading.trim());
  const plan = named?.groups?.plan?.trim();
  if (!plan) return candidates;
  return candidates.map((c) => (AVAILABILITY.has(c.attribute) && c.qualifiers.edition === undefined ? { ...c, qualifiers: { ...c.qualifiers, edition: plan } } : c));
}
