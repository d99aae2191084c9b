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

/**
 * 1-based line and column (UTF-16 code units) of offsets in a text. The line starts are found once
 * per text: each finding reading the text from its start made a report quadratic (thousands of
 * findings in a long pdf, each splitting megabytes).
 */
export function textPositions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.trunc(Math.max(0, Math.min(offset, text.length))) || 0;
    // The last line start at or before `at`.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  };
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
