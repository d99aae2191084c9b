/**
 * Post-processing of stamped findings as small pure steps (textlint's filter-duplicated and
 * sort-messages processes): each takes findings and returns new ones; the engine chains them.
 */
import type { Finding, FindingKind, Severity } from './types.ts';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Kinds whose findings may legitimately share text (two contradictions of one sentence). */
const MAY_OVERLAP: ReadonlySet<FindingKind> = new Set(['inconsistency', 'risk', 'toc-mismatch']);

/** One finding per rule and range. */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.start}\u0000${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Which of two overlapping findings of one kind to keep: more severe, then longer, then earlier, then by rule id. */
function better(a: Finding, b: Finding): boolean {
  if (RANK[a.severity] !== RANK[b.severity]) return RANK[a.severity] < RANK[b.severity];
  if (a.end - a.start !== b.end - b.start) return a.end - a.start > b.end - b.start;
  if (a.start !== b.start) return a.start < b.start;
  return a.rule < b.rule;
}

/** Two rules of one kind flagging overlapping text report it once (e.g. "Certainly! Here is" and "Certainly, here is"). */
export function dropOverlaps(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const ordered = [...findings].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  for (const f of ordered) {
    const clash = !MAY_OVERLAP.has(f.kind) && kept.some((k) => k.kind === f.kind && k.start < f.end && f.start < k.end);
    if (!clash) kept.push(f);
  }
  return kept;
}

/** Document order: start, end, kind, rule, id. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      a.kind.localeCompare(b.kind, 'en') ||
      a.rule.localeCompare(b.rule, 'en') ||
      a.id.localeCompare(b.id, 'en'),
  );
}
