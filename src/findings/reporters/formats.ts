/** The `--format` values of `seckb check`, apart from the reporters, so the CLI can validate a flag before loading them. */
export const REPORT_FORMATS = ['text', 'json', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
