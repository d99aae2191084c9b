/** TMX / XLIFF downloads of a stored alignment, made at build time with the CLI's exporters. */
import { toTmx } from '../align/export/tmx.ts';
import { toXliff } from '../align/export/xliff.ts';
import { toXliff12 } from '../align/export/xliff12.ts';
import type { Alignment } from '../align/types.ts';

export const EXPORTS = { tmx: toTmx, xliff: toXliff, xliff12: toXliff12 } as const;

export type ExportFormat = keyof typeof EXPORTS;

export function exportAlignment(format: ExportFormat, alignment: Alignment): string {
  return EXPORTS[format](alignment);
}
