/** `[{"file", "documentId", "findings": [...]}]` (cli.md), two-space indented, newline-terminated. */
import type { FileReport } from './types.ts';

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports.map((r) => ({ file: r.file, documentId: r.documentId, findings: r.findings })), null, 2) + '\n';
}
