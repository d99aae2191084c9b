/** `--format` values are the keys of this map (textlint's formatter map). */
import type { ReportFormat } from './formats.ts';
import { formatJson } from './json.ts';
import { formatSarif, type SarifOptions } from './sarif.ts';
import { formatText } from './text.ts';
import type { FileReport } from './types.ts';

export interface ReportOptions extends SarifOptions {
  color?: boolean;
}

export const REPORTERS = {
  text: (reports: readonly FileReport[], opts: ReportOptions) => formatText(reports, opts),
  json: (reports: readonly FileReport[]) => formatJson(reports),
  sarif: (reports: readonly FileReport[], opts: ReportOptions) => formatSarif(reports, opts),
} as const satisfies Record<ReportFormat, unknown>;

export { REPORT_FORMATS, type ReportFormat } from './formats.ts';
export type { FileReport, RuleInfo } from './types.ts';
