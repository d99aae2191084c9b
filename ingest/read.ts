/**
 * One file -> ReadResult, by extension. Node only (file system); the readers themselves take
 * bytes or strings. Limits protect the process: file size before reading, decompressed size for
 * .docx, parse time. Bad input becomes a ReadError with a one-line reason.
 *
 * Sidecar metadata: `<file>.meta.json` next to a file (e.g. `paper.pdf.meta.json`) overrides
 * what the file declares or detection gets wrong, e.g.
 *   { "title": "Security Overview", "vendor": "Acme", "product": "Acme CMMS",
 *     "language": "pl", "date": "2024-03-12", "version": "2.1" }
 * Its fields are merged over the file's own `meta`; the metadata detector gives `meta` precedence.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DeclaredMeta, ReadResult } from '../src/model/types.ts';
import { decodeText } from './decode.ts';
import { ReadError, reasons } from './errors.ts';
import { resolveLimits, type ReadLimits } from './limits.ts';
import { openRegularFile } from './open-regular.ts';
import { readSidecarBytes } from './sidecar-file.ts';

export { DEFAULT_LIMITS, resolveLimits, type ReadLimits } from './limits.ts';

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx', '.pdf', '.html', '.htm', '.xlsx', '.csv'] as const;

export const SIDECAR_SUFFIX = '.meta.json';

/** True for files ingest reads (by extension; sidecars are not documents). */
export function isSupported(file: string): boolean {
  return !file.endsWith(SIDECAR_SUFFIX) && (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/**
 * Reads one file; throws ReadError with a reason when it cannot be read. `sha256`: the hash the
 * caller took of the file (ingest keys its cache by it): bytes that differ changed in between.
 */
export async function readFile(file: string, limits: Partial<ReadLimits> = {}, expected: { sha256?: string } = {}): Promise<ReadResult> {
  const lim = resolveLimits(limits);
  const ext = path.extname(file).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ReadError(reasons.unsupported(ext || path.basename(file)));
  }
  const { handle, size } = await openRegularFile(file);
  let bytes: Uint8Array;
  try {
    if (size === 0) throw new ReadError(reasons.empty());
    if (size > lim.maxFileBytes) throw new ReadError(reasons.tooLarge(size, lim.maxFileBytes));
    bytes = new Uint8Array(await handle.readFile());
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(reasons.cannotOpen((error as NodeJS.ErrnoException).code, file), { cause: error });
  } finally {
    await handle.close();
  }
  // A file that grew past the limit since it was opened is still refused.
  if (bytes.length > lim.maxFileBytes) throw new ReadError(reasons.tooLarge(bytes.length, lim.maxFileBytes));
  if (expected.sha256 !== undefined && sha256(bytes) !== expected.sha256) throw new ReadError(reasons.changed());
  const result = await withTimeout(readBytesAs(ext, bytes, lim), lim.timeoutMs);
  if (!result.blocks.some((b) => b.text.trim() !== '')) {
    throw new ReadError('no readable text in the file');
  }
  const sidecar = await readSidecar(file);
  if (sidecar) result.meta = { ...(result.meta ?? {}), ...sidecar };
  return result;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Dispatch by extension on bytes already in memory. */
export async function readBytesAs(ext: string, bytes: Uint8Array, limits: ReadLimits): Promise<ReadResult> {
  switch (ext) {
    // Every reader loads on first use: a worker never pays for the formats it does not read
    // (pdf.js, mammoth, linkedom and readability are most of a worker's start-up).
    case '.docx': {
      const { readDocx } = await import('./readers/docx.ts');
      return readDocx(bytes, { maxUnzippedBytes: limits.maxUnzippedBytes });
    }
    case '.pdf': {
      const { readPdf } = await import('./readers/pdf.ts');
      return readPdf(bytes, { maxDecodedBytes: limits.maxUnzippedBytes });
    }
    case '.xlsx': {
      const { readXlsx } = await import('./readers/xlsx.ts');
      return readXlsx(bytes, { maxUnzippedBytes: limits.maxUnzippedBytes, maxRows: limits.maxSheetRows });
    }
    case '.csv': {
      const { text } = decodeText(bytes);
      if (text.trim() === '') throw new ReadError(reasons.empty());
      const { readCsv } = await import('./readers/csv.ts');
      return readCsv(text, { maxRows: limits.maxSheetRows });
    }
    case '.md':
    case '.markdown':
    case '.txt':
    case '.html':
    case '.htm': {
      const { text } = decodeText(bytes);
      if (text.trim() === '') throw new ReadError(reasons.empty());
      if (ext === '.html' || ext === '.htm') {
        const [{ readHtml }, { MAIN_CONTENT }] = await Promise.all([import('./readers/html.ts'), import('./readers/main-content.ts')]);
        return readHtml(text, { mainContent: MAIN_CONTENT });
      }
      const { readMarkdown, readPlainText } = await import('./readers/markdown.ts');
      return ext === '.txt' ? readPlainText(text) : readMarkdown(text);
    }
    default:
      throw new ReadError(reasons.unsupported(ext));
  }
}

const META_KEYS: ReadonlyArray<keyof DeclaredMeta> = ['title', 'vendor', 'product', 'language', 'date', 'version'];

/** `<file>.meta.json`, validated: an object whose known fields are strings. */
export async function readSidecar(file: string): Promise<DeclaredMeta | undefined> {
  const sidecar = file + SIDECAR_SUFFIX;
  const bytes = readSidecarBytes(sidecar);
  if (!bytes) return undefined;
  const name = path.basename(sidecar);
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw new ReadError(`${name} is not valid JSON (${(error as Error).message.split('\n')[0]}); fix or delete it`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ReadError(`${name} must hold a JSON object such as {"vendor": "Acme"}; fix or delete it`);
  }
  const meta: DeclaredMeta = {};
  for (const key of META_KEYS) {
    const v = (data as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' && typeof v !== 'number') {
      throw new ReadError(`${name}: "${key}" must be a string; fix or delete it`);
    }
    const s = String(v).trim();
    if (s) meta[key] = s;
  }
  return meta;
}

/** Rejects after `ms`; parsing that blocks the thread is stopped by the pool instead. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadError(reasons.timeout(ms))), ms);
    timer.unref?.();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
