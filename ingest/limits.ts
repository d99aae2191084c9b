/**
 * The per-file limits of reading (ingest/read.ts) and of the pool's tasks (ingest/pool.ts), apart
 * from the readers so the pool's side loads none of them.
 */
export interface ReadLimits {
  /** Largest file read, in bytes (default 50 MB). */
  maxFileBytes: number;
  /** Largest total a .docx or .xlsx, or a .pdf's compressed streams, may expand to, in bytes (default 200 MB). */
  maxUnzippedBytes: number;
  /** Most CPU time one file's task may use, in milliseconds (default 30 s; in a pool worker, ingest/cpu-time.ts). */
  timeoutMs: number;
  /** Most rows a spreadsheet (.xlsx sheet, .csv) may have (default 10,000; a CAIQ has ~300). */
  maxSheetRows: number;
}

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  timeoutMs: 30_000,
  maxSheetRows: 10_000,
});

export function resolveLimits(limits: Partial<ReadLimits> = {}): ReadLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(out) as Array<keyof ReadLimits>) {
    const v = limits[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = v;
  }
  return out;
}
