/** What every reporter takes: the findings of each checked file, in the order given. */
import type { Finding, FindingKind, Severity } from '../types.ts';

export interface FileReport {
  /** The path as given on the command line. */
  file: string;
  documentId: string;
  findings: Finding[];
}

/** A rule as reporters describe it (SARIF `tool.driver.rules`). */
export interface RuleInfo {
  id: string;
  kind: FindingKind;
  severity: Severity;
}

/** End line/column of a finding, from its start and excerpt (the engine's line model). */
export function endPosition(f: Finding): { line: number; column: number } | undefined {
  if (f.line === undefined || f.column === undefined) return undefined;
  const breaks = f.excerpt.split('\n').length - 1;
  if (breaks === 0) return { line: f.line, column: f.column + f.excerpt.length };
  return { line: f.line + breaks, column: f.excerpt.length - f.excerpt.lastIndexOf('\n') };
}
