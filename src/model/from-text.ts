/**
 * A document from a string, with no file system: for the browser's draft checker and for
 * tests. `documentFromText('# Title\n\nText.')` gives a full SeckbDocument.
 */
import { readMarkdown, readPlainText } from '../../ingest/readers/markdown.ts';
import { buildDocument } from './build.ts';
import { hashId } from './ids.ts';
import type { DeclaredMeta, SeckbDocument } from './types.ts';

export interface FromTextOptions {
  format?: 'md' | 'txt';
  source?: string;
  id?: string;
  meta?: DeclaredMeta;
}

export function documentFromText(content: string, opts: FromTextOptions = {}): SeckbDocument {
  const format = opts.format ?? 'md';
  const read = format === 'md' ? readMarkdown(content) : readPlainText(content);
  const source = opts.source ?? `draft.${format}`;
  return buildDocument(read, { id: opts.id ?? 'draft', source, sha256: hashId(content), meta: opts.meta });
}
