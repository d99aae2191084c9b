/**
 * What sits beside a document and shapes its findings (Node): the decoded source text of
 * line-based formats (inline `seckb-disable` markers, source-scope rules) and the
 * `<file>.seckb-ignore` list of silenced rule ids, kinds or finding ids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseIgnoreList } from '../src/findings/silence.ts';
import { decodeText } from './decode.ts';
import { readSidecarBytes } from './sidecar-file.ts';

const TEXT_SOURCES = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);

/** The decoded text of a line-based file; undefined for binary formats or undecodable bytes. */
export function readSourceText(file: string, bytes?: Uint8Array): string | undefined {
  if (!TEXT_SOURCES.has(path.extname(file).toLowerCase())) return undefined;
  try {
    return decodeText(bytes ?? readFileSync(file)).text;
  } catch {
    return undefined;
  }
}

/** The silenced ids of `<file>.seckb-ignore`; throws ReadError when that is no small regular file. */
export function readIgnoreFile(file: string): string[] {
  const bytes = readSidecarBytes(`${file}.seckb-ignore`);
  return bytes ? parseIgnoreList(Buffer.from(bytes).toString('utf8')) : [];
}
