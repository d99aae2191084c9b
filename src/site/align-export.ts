/** TMX / XLIFF downloads of a stored alignment, made at build time with the CLI's exporters. */
import { toTmx } from '../align/export/tmx.ts';
import { toXliff } from '../align/export/xliff.ts';
import type { Alignment } from '../align/types.ts';

export const EXPORTS = { tmx: toTmx, xliff: toXliff } as const;

export type ExportFormat = keyof typeof EXPORTS;

export function exportAlignment(format: ExportFormat, alignment: Alignment): string {
  return EXPORTS[format](alignment);
}
