/// <reference types="vite/client" />
/**
 * TMX / XLIFF of a stored alignment through the align engineer's exporters
 * (src/align/export/{tmx,xliff}.ts). Looked up with import.meta.glob so the site still builds,
 * without the download links, when a checkout lacks them.
 */
import type { AlignmentFile } from './kb.ts';

type Exporter = (alignment: never) => string;

const modules = import.meta.glob<Record<string, unknown>>(['../align/export/tmx.ts', '../align/export/xliff.ts'], { eager: true });

function exporter(file: string, name: string): Exporter | undefined {
  const fn = modules[`../align/export/${file}`]?.[name];
  return typeof fn === 'function' ? (fn as Exporter) : undefined;
}

export const EXPORTS = {
  tmx: exporter('tmx.ts', 'toTmx'),
  xliff: exporter('xliff.ts', 'toXliff'),
} as const;

export type ExportFormat = keyof typeof EXPORTS;

export function canExport(format: ExportFormat): boolean {
  return EXPORTS[format] !== undefined;
}

/** The stored alignment with the document ids the exporters expect (`alignments/<s>--<t>.json`). */
export function exportAlignment(format: ExportFormat, alignment: AlignmentFile, sourceId: string, targetId: string): string {
  const fn = EXPORTS[format];
  if (!fn) throw new Error(`seckb site: no ${format} exporter in this checkout`);
  const full = {
    ...alignment,
    source: { documentId: sourceId, ...alignment.source },
    target: { documentId: targetId, ...alignment.target },
  };
  return fn(full as never);
}
