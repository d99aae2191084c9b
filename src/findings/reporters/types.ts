/** What every reporter takes: the findings of each checked file, in the order given. */
import type { Finding, FindingKind, Severity } from '../types.ts';

export interface FileReport {
  /** The path as given on the command line. */
  file: string;
  documentId: string;
  findings: Finding[];
  /**
   * The document's normalized text. The text reporter places findings of formats without source
   * lines (docx, pdf) by line and column within it; JSON and SARIF leave such findings without lines.
   */
  text?: string;
}

/** 1-based line and column (UTF-16 code units) of an offset in a text. */
export function textPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
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
