/** One file -> one SeckbDocument (Node): read, decode, parse and build. For check/diff/align. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildDocument } from '../src/model/build.ts';
import { slugify } from '../src/model/ids.ts';
import type { SeckbDocument } from '../src/model/types.ts';
import { ReadError } from './errors.ts';
import { linkRefusal } from './links.ts';
import { openRegularFile } from './open-regular.ts';
import { readFile, type ReadLimits } from './read.ts';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A file's SHA-256, read in chunks: a file of any size costs no more memory than one chunk.
 * ReadError for anything but a regular file (a pipe would block the read for ever).
 */
export async function fileSha256(file: string): Promise<string> {
  const { handle } = await openRegularFile(file);
  try {
    const hash = createHash('sha256');
    for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false })) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}

/** Throws ReadError (one-line reason) when the file cannot be read. */
export async function loadDocument(file: string, limits?: Partial<ReadLimits>): Promise<SeckbDocument> {
  const refusal = linkRefusal(file);
  if (refusal) throw new ReadError(refusal);
  const read = await readFile(file, limits); // checks type and size before reading anything
  const sha = await fileSha256(file);
  const source = file.split(path.sep).join('/');
  const id = slugify(path.basename(file).replace(/\.[^.]+$/, '')) || 'document';
  return buildDocument(read, { id, source, sha256: sha });
}
