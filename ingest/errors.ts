/**
 * A file seckb cannot read. The message is one line a person understands: what is wrong and,
 * where there is one, what to do ("the PDF is encrypted; export an unprotected copy"). Ingest
 * records it in the manifest as the file's `reason` and goes on with the other files.
 */
export class ReadError extends Error {
  override readonly name = 'ReadError';

  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
  }
}

/** True for a ReadError, also one that crossed a worker boundary (only name/message survive). */
export function isReadError(error: unknown): error is ReadError {
  return error instanceof ReadError || (error instanceof Error && error.name === 'ReadError');
}

const MB = 1024 * 1024;

/** "80 MB", "1.5 MB", "900 KB": sizes in reasons, rounded the way people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) {
    const mb = bytes / MB;
    return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const nameNotUtf8 = (): string =>
  'the name is not UTF-8 (a legacy code page, e.g. from a zip made on Windows); rename it (convmv -f cp1250 -t utf-8) and read it again';

/** A name with U+FFFD came from bytes that are not UTF-8: no file has the decoded name. */
const undecodable = (file: string): boolean => file.includes('\uFFFD');

/** Why a named file is not there. */
export const missingReason = (file: string): string => (undecodable(file) ? nameNotUtf8() : 'no such file');

/** The reasons used in more than one place, so they read the same everywhere. */
export const reasons = {
  empty: () => 'empty file',
  nameNotUtf8,
  notRegularFile: () => 'not a regular file (a pipe, socket or device); save the document as a file and read that',
  cannotOpen: (code: string | undefined, file: string) =>
    code === 'ENOENT' && undecodable(file) ? nameNotUtf8() : `cannot open the file (${code ?? 'error'}); check that it exists and you may read it`,
  cannotList: (code: string | undefined) => `cannot list the folder (${code ?? 'error'}); check that you may read it`,
  changed: () => 'the file changed while seckb read it; run again once it is saved',
  binary: () => 'looks like a binary file, not text; save it as UTF-8 text or in a supported format',
  unsupported: (ext: string) =>
    `unsupported extension "${ext}"; convert to .md, .txt, .docx, .pdf, .html, .xlsx or .csv`,
  tooLarge: (bytes: number, limitBytes: number) =>
    `file is ${formatBytes(bytes)}, over the ${formatBytes(limitBytes)} limit (--max-file-mb)`,
  sidecarLink: (name: string) => `${name} is a symbolic link; seckb does not follow links beside a document (copy the file in, or delete the link)`,
  sidecarNotFile: (name: string) => `${name} is not a regular file (a folder, pipe, socket or device); delete it or put a file there`,
  sidecarTooLarge: (name: string, bytes: number, limitBytes: number) => `${name} is ${formatBytes(bytes)}, over the ${formatBytes(limitBytes)} a sidecar may have; fix or delete it`,
  zipBomb: (limitBytes: number) => `expands to more than ${formatBytes(limitBytes)} (zip bomb?); if it is genuine, split it into smaller files`,
  zipRatio: (part: string, ratio: number) =>
    `a part of the archive (${part}) expands more than ${ratio} times, which no real document does (zip bomb?); open and re-save the file, or remove its repeated content`,
  timeout: (ms: number) =>
    `processing took over ${ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`} (--timeout-s); split the file, or raise --timeout-s if it is genuine`,
  stalled: (ms: number) =>
    `processing did not end within ${Math.round(ms / 1000)} s of wall-clock time, though under its CPU limit (--timeout-s): the worker got no time to run or was blocked; run again on a less busy machine`,
  tooDeep: () => 'the document is nested too deeply to analyze (stack overflow); flatten its nesting (lists, quotes, tables in tables) or save it as plain text',
  tooBig: (what: string) => `the document is too large to analyze (${what}); split it into smaller files`,
  outOfMemory: (mb: number) =>
    `processing needed more than ${mb} MB of memory (--max-memory-mb); the file may be damaged or too complex`,
  residentMemory: (mb: number) =>
    `processing took more than ${mb} MB of resident memory (--max-memory-mb + 256 MB for buffers); the file may be a decompression bomb, damaged or too complex: open and re-save it, or raise --max-memory-mb if it is genuine`,
} as const;
