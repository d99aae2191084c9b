/**
 * What a pool worker (ingest/pool.ts) does with one file: the whole per-document pipeline, so
 * the worker's time and memory limits bound all of it, not just reading.
 *
 * - `read`: file -> ReadResult (the reader alone).
 * - `document`: file -> SeckbDocument (align).
 * - `claims`: file -> SeckbDocument and its claims (diff).
 * - `analyze`: file -> document, claims, findings with messages in every UI language (ingest).
 * - `check`: file -> the findings `seckb check` reports.
 *
 * Modules past the readers load on first use, so a worker that only reads never pays for them.
 */
import { readFile as readBytes } from 'node:fs/promises';
import path from 'node:path';
import type { Claim } from '../src/claims/types.ts';
import type { Finding } from '../src/findings/types.ts';
import type { RuleFile } from '../src/findings/rule-data.ts';
import type { Locale } from '../src/i18n/index.ts';
import type { SerializedResult } from '../src/kb/serialized-result.ts';
import type { ReadResult, SeckbDocument } from '../src/model/types.ts';
import { isReadError, ReadError, reasons } from './errors.ts';
import { linkRefusal } from './links.ts';
import { readFile, type ReadLimits } from './read.ts';

export interface CheckSettings {
  locale: Locale;
  extraRules: RuleFile[];
  /** Epoch ms of "now" for date rules. */
  now: number;
  maxAgeYears?: number;
  /** Treat the document as written in this language. */
  lang?: string;
}

export type FileTask =
  | { kind: 'read'; file: string }
  | { kind: 'document'; file: string }
  | { kind: 'claims'; file: string }
  | { kind: 'analyze'; file: string; id: string; source: string; sha256: string; now: number }
  | { kind: 'check'; file: string; settings: CheckSettings };

export interface CheckedFile {
  documentId: string;
  /** The document's language (ISO 639-1): check notes one without rules. */
  language: string;
  text: string;
  findings: Finding[];
}

export interface TaskResults {
  read: ReadResult;
  document: SeckbDocument;
  claims: { document: SeckbDocument; claims: Claim[] };
  /** The result and what the KB takes of it, serialised (src/kb/serialized-result.ts). */
  analyze: SerializedResult;
  check: CheckedFile;
}

export type TaskOutcome<K extends FileTask['kind'] = FileTask['kind']> = { result: TaskResults[K]; error?: undefined } | { result?: undefined; error: string };

async function documentOf(file: string, limits: ReadLimits, id?: string, source?: string, sha?: string): Promise<{ doc: SeckbDocument; read: ReadResult }> {
  const { buildDocument } = await import('../src/model/build.ts');
  const { slugify } = await import('../src/model/ids.ts');
  const { sha256 } = await import('./load.ts');
  const refusal = linkRefusal(file);
  if (refusal) throw new ReadError(refusal);
  const read = await readFile(file, limits, { sha256: sha });
  const doc = buildDocument(read, {
    id: id ?? (slugify(path.basename(file).replace(/\.[^.]+$/, '')) || 'document'),
    source: source ?? file.split(path.sep).join('/'),
    sha256: sha ?? sha256(await readBytes(file)),
  });
  return { doc, read };
}

async function run(task: FileTask, limits: ReadLimits): Promise<TaskResults[FileTask['kind']]> {
  switch (task.kind) {
    case 'read':
      return readFile(task.file, limits);
    case 'document':
      return (await documentOf(task.file, limits)).doc;
    case 'claims': {
      const { extractClaims } = await import('../src/claims/extract.ts');
      const { doc } = await documentOf(task.file, limits);
      return { document: doc, claims: extractClaims(doc) };
    }
    case 'analyze': {
      const { analyzeDocument } = await import('../src/kb/analyze.ts');
      const { readIgnoreFile, readSourceText } = await import('./sidecars.ts');
      const { doc, read } = await documentOf(task.file, limits, task.id, task.source, task.sha256);
      const { serializeResult } = await import('../src/kb/serialized-result.ts');
      const analysis = analyzeDocument(doc, { now: new Date(task.now), source: readSourceText(task.file), silenced: readIgnoreFile(task.file) });
      // Serialised here, in parallel, so the ingest's main thread only writes it (and keeps its summary).
      return serializeResult({ ...analysis, format: read.format, ...(read.dropped ? { dropped: read.dropped } : {}), ...(read.note ? { note: read.note } : {}) });
    }
    case 'check':
      return (await runCheck(task, limits)).result;
  }
}

/** The check task, with the reader's note (ingest/in-process.ts runs a file again in a worker when there is one). */
export async function runCheck(task: Extract<FileTask, { kind: 'check' }>, limits: ReadLimits): Promise<{ result: CheckedFile; note?: string }> {
  const { documentFindings } = await import('../src/findings/document-findings.ts');
  const { readIgnoreFile, readSourceText } = await import('./sidecars.ts');
  const s = task.settings;
  let { doc, read } = await documentOf(task.file, limits);
  if (s.lang) doc = { ...doc, language: s.lang };
  const findings = documentFindings(doc, {
    locale: s.locale,
    extraRules: s.extraRules,
    now: new Date(s.now),
    maxAgeYears: s.maxAgeYears,
    silenced: readIgnoreFile(task.file),
    source: readSourceText(task.file),
  });
  return { result: { documentId: doc.id, language: doc.language, text: doc.text, findings }, ...(read.note !== undefined ? { note: read.note } : {}) };
}

/** Runs one task; a bad file is a result with a one-line reason, never a throw. */
export async function runTask(task: FileTask, limits: ReadLimits): Promise<TaskOutcome> {
  try {
    return { result: await run(task, limits) } as TaskOutcome;
  } catch (error) {
    return { error: failureReason(error) };
  }
}

/** One line for why a task failed: the reader's reason, or what a limit of the engine means for the file. */
export function failureReason(error: unknown): string {
  if (isReadError(error)) return error.message;
  const message = String((error as Error | undefined)?.message ?? error).split('\n')[0]!.slice(0, 160);
  if (error instanceof RangeError && /call stack/i.test(message)) return reasons.tooDeep();
  // A Set, Map, string or array past V8's largest: the file is too big to analyze, not broken.
  if (error instanceof RangeError && /maximum size|invalid (string|array) length|allocation failed/i.test(message)) return reasons.tooBig(message);
  const what = (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ? 'no such file' : message;
  return `unexpected error while processing the file (${what})`;
}
