/** One file -> one SeckbDocument (Node): read, decode, parse and build. For check/diff/align. */
import { createHash } from 'node:crypto';
import { readFile as readBytes } from 'node:fs/promises';
import path from 'node:path';
import { buildDocument } from '../src/model/build.ts';
import { slugify } from '../src/model/ids.ts';
import type { SeckbDocument } from '../src/model/types.ts';
import { ReadError } from './errors.ts';
import { linkRefusal } from './links.ts';
import { readFile, type ReadLimits } from './read.ts';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Throws ReadError (one-line reason) when the file cannot be read. */
export async function loadDocument(file: string, limits?: Partial<ReadLimits>): Promise<SeckbDocument> {
  const refusal = linkRefusal(file);
  if (refusal) throw new ReadError(refusal);
  const bytes = await readBytes(file);
  const read = await readFile(file, limits);
  const source = file.split(path.sep).join('/');
  const id = slugify(path.basename(file).replace(/\.[^.]+$/, '')) || 'document';
  return buildDocument(read, { id, source, sha256: sha256(bytes) });
}
