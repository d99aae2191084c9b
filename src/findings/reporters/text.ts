/**
 * `file:line:column severity kind message`, one line per finding (cli.md). Pure: colour only
 * when the caller says the output is a terminal. Formats without source lines (docx, pdf) print
 * the line and column within the document's normalized text when the report carries it.
 */
import { terminalSafe } from '../../terminal-text.ts';
import type { Severity } from '../types.ts';
import { textPositions, type FileReport } from './types.ts';

const COLOR: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

export interface TextOptions {
  color?: boolean;
}

export function formatText(reports: readonly FileReport[], opts: TextOptions = {}): string {
  const lines: string[] = [];
  for (const report of reports) {
    const textPosition = report.text !== undefined ? textPositions(report.text) : undefined;
    for (const f of report.findings) {
      // A message is one line by contract; a stray newline in an excerpt must not split it.
      // Control characters from the document or its name are shown as escapes (src/terminal-text.ts).
      const message = terminalSafe(f.message.replace(/\s*\n\s*/g, ' '));
      const place = f.line !== undefined && f.column !== undefined ? { line: f.line, column: f.column } : textPosition ? textPosition(f.start) : { line: 0, column: 0 };
      const where = `${terminalSafe(report.file)}:${place.line}:${place.column}`;
      lines.push(
        opts.color
          ? `${DIM}${where}${RESET} ${COLOR[f.severity]}${f.severity}${RESET} ${DIM}${f.kind}${RESET} ${message}`
          : `${where} ${f.severity} ${f.kind} ${message}`,
      );
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
