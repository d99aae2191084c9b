/**
 * Retention schedules: a table of data categories with how long each is kept
 * (`Data category | Examples | Retention | Backup tail`, `Kategoria danych | Okres przechowywania`).
 * Each row speaks of its own category, so the row label decides the attribute: backups ->
 * `backup.retention` (scoped by the kind of backup the label names), logs -> `logging.retention`,
 * the customer's service data -> `deletion.after_termination` when the length counts from the end
 * of the contract or the account (in the cell or the column header), with a backup column giving
 * `deletion.backup_purge`. Billing, marketing or HR records have no attribute. A column header is
 * never a plan name here.
 */
import type { Block } from '../model/types.ts';
import { has, hits } from './context.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate } from './engine.ts';
import { labelValue } from './label-runs.ts';
import { namesLogs } from './log-rows.ts';
import { deletionTriggerIn } from './qualifiers.ts';
import { plainDurations } from './values/duration.ts';
import { addLengths } from './values/steps.ts';
import type { RowCandidates } from './tables.ts';

/** Backup kinds a row label may name (also read by tables.ts). */
export const ROW_TYPES: Array<[string, string]> = [
  ['point-in-time', 'pitr'],
  ['daily', 'typeDaily'],
  ['weekly', 'typeWeekly'],
  ['monthly', 'typeMonthly'],
  ['yearly', 'typeYearly'],
];
const BACKUP_SCOPES: Array<[string, string]> = [
  ['database', 'typeDatabase'],
  ['files', 'typeFiles'],
];

type Kind = 'backup' | 'logs' | 'service' | undefined;

function kindOf(label: string, lex: Lexicon): Kind {
  if (has(lex, 'ownRecords', label)) return undefined;
  if (namesLogs(label, lex)) return 'logs';
  if (has(lex, 'deletionBackups', label) || has(lex, 'backup', label)) return 'backup';
  if (has(lex, 'logs', label)) return 'logs';
  return has(lex, 'serviceData', label) ? 'service' : undefined;
}

/** The first length of a cell outside a template slot ("[x 18 months]") and not a grace or export window. */
function lengthIn(text: string, lex: Lexicon, from = 0): string | undefined {
  const slots = [...text.matchAll(/\[[^\]]*\]/g)].map((m) => [m.index, m.index + m[0].length]);
  const windows = hits(lex, 'graceWord', text);
  return plainDurations(text, lex).find(
    (d) =>
      d.start >= from &&
      !slots.some(([s, e]) => d.start >= s && d.end <= e) &&
      // "21-day grace period", "a grace period of 21 days": a stage before deletion, no bound.
      !windows.some((w) => (w.start >= d.end && w.start - d.end <= 12) || (d.start >= w.end && d.start - w.end <= 12)),
  )?.iso;
}

/** A length counted from the end of the contract or the account: in the cell, or the column header says so. */
function deletionBound(cell: string, head: string, lex: Lexicon): Candidate | undefined {
  const ends = ['contractEnd', 'termination', 'accountClosure', 'termPlus'].flatMap((c) => hits(lex, c, cell));
  const byHeader = ['contractEnd', 'termination', 'accountClosure'].some((c) => has(lex, c, head));
  if (ends.length === 0 && !byHeader) return undefined;
  // "While the account is active + 30 days after closure": the length after the period named.
  const value = lengthIn(cell, lex, ends.length > 0 && has(lex, 'termPlus', cell) ? Math.min(...ends.map((e) => e.end)) : 0);
  if (!value) return undefined;
  const trigger = deletionTriggerIn([cell, head], lex);
  return { attribute: 'deletion.after_termination', value, qualifiers: trigger ? { trigger } : {} };
}

function candidatesOf(kind: Kind, label: string, period: string, head: string, tail: string | undefined, lex: Lexicon): Candidate[] {
  if (kind === 'backup') {
    const value = lengthIn(period, lex);
    if (!value) return [];
    const type = ROW_TYPES.find(([, c]) => has(lex, c, label))?.[0];
    const scope = BACKUP_SCOPES.find(([, c]) => has(lex, c, label))?.[0];
    return [{ attribute: 'backup.retention', value, qualifiers: { ...(type ? { type } : {}), ...(scope ? { scope } : {}) } }];
  }
  if (kind === 'logs') {
    const value = lengthIn(period, lex);
    return value ? [{ attribute: 'logging.retention', value, qualifiers: {} }] : [];
  }
  if (kind !== 'service') return [];
  const bound = deletionBound(period, head, lex);
  const purge = tail === undefined ? undefined : lengthIn(tail, lex);
  if (!purge) return bound ? [bound] : [];
  const out: Candidate[] = [{ attribute: 'deletion.backup_purge', value: purge, qualifiers: {} }];
  if (!bound) return out;
  // "30 days after the contract ends", then "35 days" in backups after that deletion: the backups' bound is the sum.
  const sum = addLengths(String(bound.value), purge);
  out.push({ ...bound, qualifiers: { ...bound.qualifiers, scope: 'production' } });
  if (sum) out.push({ ...bound, value: sum, qualifiers: { ...bound.qualifiers, scope: 'backups' } });
  return out;
}

/**
 * Claims from a retention schedule, or [] when the table is none: the first column names data
 * categories and another column says how long they are kept.
 */
export function retentionSchedule(rows: Block[], headerCells: string[], lex: Lexicon, cellText: (c: [number, number]) => string): RowCandidates[] {
  if (headerCells.length < 2 || headerCells.some((h) => has(lex, 'frequencyHeader', h))) return [];
  const isBackupCol = (h: string) => has(lex, 'deletionBackups', h) || has(lex, 'backup', h);
  const phases = phaseColumns(headerCells, isBackupCol, lex);
  // "What we keep" names the data; "How long after the contract ends" the period.
  const periodCol = phases ? -1 : headerCells.findIndex((h, i) => i > 0 && has(lex, 'scheduleLength', h) && !isBackupCol(h) && !has(lex, 'categoryColumn', h));
  const firstValueCol = phases ? Math.min(phases.running, phases.after) : periodCol;
  // A reference column may come first ("Ref | Record | Retention period").
  if (firstValueCol < 0 || !headerCells.slice(0, firstValueCol).some((h) => has(lex, 'categoryColumn', h))) return [];
  const tailCol = headerCells.findIndex((h, i) => i > 0 && i !== periodCol && !phasesHold(phases, i) && isBackupCol(h));
  const out: RowCandidates[] = [];
  for (const row of rows) {
    const cells = row.cells ?? [];
    if (row.header || cells.length <= firstValueCol) continue;
    // The label is the first cell with words ("1.1 | Customer data | ...", "R2 | Logs" start with a reference).
    const label = cells.slice(0, firstValueCol).map(cellText).find((t) => /\p{L}{2}/u.test(t)) ?? '';
    const kind = kindOf(label, lex);
    // Columns by phase: the customer's data is bounded after the end, logs and backups are kept while it runs.
    const col = !phases ? periodCol : kind === 'service' ? phases.after : phases.running;
    const tail = tailCol >= 0 && cells[tailCol] ? cellText(cells[tailCol]) : undefined;
    const candidates = cells[col] ? candidatesOf(kind, label, cellText(cells[col]), headerCells[col], tail, lex) : [];
    out.push({ row, candidates, merge: true });
  }
  return out;
}

interface Phases {
  running: number;
  after: number;
}

const phasesHold = (p: Phases | undefined, i: number) => p !== undefined && (p.running === i || p.after === i);

/**
 * "Record | While the subscription runs | After the contract ends | Backup copies", "Kategoria
 * danych | W trakcie umowy | Po zakończeniu umowy": columns named by the phase of the
 * relationship, one while it runs and one after its end, instead of one period column.
 */
function phaseColumns(headerCells: string[], isBackupCol: (h: string) => boolean, lex: Lexicon): Phases | undefined {
  const ends = (h: string) => ['contractEnd', 'termination', 'accountClosure'].some((c) => has(lex, c, h));
  const running = headerCells.findIndex((h, i) => i > 0 && !isBackupCol(h) && !ends(h) && (has(lex, 'runningPhase', h) || has(lex, 'termPlus', h)));
  const after = headerCells.findIndex((h, i) => i > 0 && i !== running && !isBackupCol(h) && ends(h));
  return running > 0 && after > 0 ? { running, after } : undefined;
}

/**
 * One entry of a retention schedule written as a list under a heading that names retention
 * ("Retention periods", "Okresy przechowywania"): "Application logs: 12 months". The label
 * decides the attribute as a table row's does; undefined when the unit is no such entry.
 */
export function scheduleEntry(text: string, heading: string, lex: Lexicon): Candidate[] | undefined {
  const entry = labelValue(text) ?? dashEntry(text);
  if (!entry || !has(lex, 'scheduleLength', heading)) return undefined;
  const found = candidatesOf(kindOf(entry.label, lex), entry.label, entry.value, `${heading} ${entry.label}`, undefined, lex);
  return found.length > 0 ? found : undefined;
}

/** "Server logs (IP address) – 90 days", "Kopie zapasowe — 14 dni": a list entry whose label ends at a spaced dash. */
function dashEntry(text: string): { label: string; value: string } | undefined {
  const m = /^\s*(?:[-*•–]\s*|\d+[.)]\s+)?([^\n:–—]{2,80}?)\s+[–—-]\s+(\S[^]*)$/u.exec(text);
  return m && m[1].trim().split(/\s+/).length <= 8 ? { label: m[1], value: m[2] } : undefined;
}
