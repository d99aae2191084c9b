/**
 * A whole export folder's files for one engine: the records' NDJSON and index settings of
 * meilisearch.ts / opensearch.ts, plus `seckb-export.json`, which marks the folder as seckb's
 * and says what to load where. Same KB, same bytes: no time stamps, every list in a fixed order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kb } from '../kb/read.ts';
import { EXPORT_FORMATS, INDEXES, MARKER_FILE, type ExportFormat } from './formats.ts';
import { meilisearchFiles } from './meilisearch.ts';
import { openSearchFiles, openSearchQueryFields } from './opensearch.ts';
import { exportRecords } from './records.ts';

/** Bump when a record's shape or the settings change in a way a loader must know about. */
export const EXPORT_VERSION = 1;

interface Marker {
  seckb: { export: number };
  format: ExportFormat;
  modelVersion?: string;
  indexes: Array<{ name: string; primaryKey: string; records: number; data: string; settings: string; queryFields?: string[] }>;
}

export function buildExport(kb: Kb, format: ExportFormat): Map<string, string> {
  const records = exportRecords(kb);
  const files = format === 'meilisearch' ? meilisearchFiles(records) : openSearchFiles(records);
  const marker: Marker = {
    seckb: { export: EXPORT_VERSION },
    format,
    ...(kb.manifest.modelVersion ? { modelVersion: kb.manifest.modelVersion } : {}),
    indexes: INDEXES.map((plan) => ({
      name: plan.name,
      primaryKey: plan.primaryKey,
      records: records[plan.kind].length,
      data: format === 'meilisearch' ? `${plan.name}.ndjson` : `${plan.name}.bulk.ndjson`,
      settings: format === 'meilisearch' ? `${plan.name}.settings.json` : `${plan.name}.index.json`,
      ...(format === 'opensearch' ? { queryFields: openSearchQueryFields(plan) } : {}),
    })),
  };
  files.set(MARKER_FILE, JSON.stringify(marker, null, 2) + '\n');
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A folder `seckb export` wrote: its marker names a known format and it holds only the files the marker lists. */
export function isSeckbExport(dir: string): boolean {
  try {
    const marker = JSON.parse(readFileSync(path.join(dir, MARKER_FILE), 'utf8')) as Partial<Marker>;
    if (typeof marker.seckb?.export !== 'number' || !(EXPORT_FORMATS as readonly string[]).includes(marker.format ?? '')) return false;
    // A file someone added beside the export is theirs: then the folder is not seckb's to replace.
    const listed = new Set([MARKER_FILE, ...(marker.indexes ?? []).flatMap((i) => [i.data, i.settings])]);
    return readdirSync(dir, { withFileTypes: true }).every((e) => e.isFile() && listed.has(e.name));
  } catch {
    return false;
  }
}
