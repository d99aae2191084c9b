/**
 * Measures what compressed data expands to without holding it: the output streams through in
 * 64 KB pieces, each handed to `each` and dropped, and inflating stops as soon as it passes
 * `maxBytes`. The zip and PDF guards (ingest/zip.ts, ingest/readers/pdf-streams.ts) use it so that
 * refusing a bomb costs ~64 KB, not the bomb's size.
 */
import { createInflate, createInflateRaw } from 'node:zlib';

export interface Inflated {
  /** Bytes produced; over `maxBytes` when inflating was stopped there. */
  bytes: number;
  /** The data ended early or is not deflate data (what came before still counts). */
  damaged: boolean;
}

const CHUNK = 64 * 1024;

/** `format`: 'raw' for zip entries, 'zlib' for PDF FlateDecode streams. */
export function inflateCounting(data: Uint8Array, format: 'raw' | 'zlib', maxBytes: number, each?: (chunk: Buffer) => void): Promise<Inflated> {
  return new Promise((resolve) => {
    const inflate = format === 'raw' ? createInflateRaw({ chunkSize: CHUNK }) : createInflate({ chunkSize: CHUNK });
    let bytes = 0;
    let settled = false;
    const done = (damaged: boolean): void => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve({ bytes, damaged });
    };
    inflate.on('data', (chunk: Buffer) => {
      if (settled) return;
      bytes += chunk.length;
      each?.(chunk);
      if (bytes > maxBytes) done(false);
    });
    inflate.once('end', () => done(false));
    inflate.once('error', () => done(true));
    inflate.end(data);
  });
}
