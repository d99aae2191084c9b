/**
 * The bytes of a sidecar beside a document (`<file>.meta.json`, `<file>.seckb-ignore`), read
 * safely: a sidecar is named by convention, never listed by the user, so whatever sits at that
 * name must not hang or crash a run (a named pipe blocks a read for ever, a folder throws, a
 * link may lead to /dev/zero or to a private file whose first bytes a JSON error would quote).
 * Only a regular file of at most MAX_SIDECAR_BYTES is read; anything else is a ReadError that
 * fails the one document. Opened without following links and without blocking, then checked on
 * the open descriptor, so the file cannot be swapped between the check and the read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { ReadError, reasons } from './errors.ts';

/** A sidecar holds a few lines of metadata or rule ids. */
export const MAX_SIDECAR_BYTES = 1024 * 1024;

/** The sidecar's bytes; undefined when there is none. Throws ReadError for anything but a small regular file. */
export function readSidecarBytes(sidecar: string): Uint8Array | undefined {
  const name = path.basename(sidecar);
  let fd: number;
  try {
    fd = openSync(sidecar, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A document whose name is near the longest a file system allows (255 bytes) can have no sidecar: its name would be longer.
    if (code === 'ENOENT' || code === 'ENAMETOOLONG') return undefined;
    if (code === 'ELOOP') throw new ReadError(reasons.sidecarLink(name));
    if (code === 'ENXIO') throw new ReadError(reasons.sidecarNotFile(name)); // a socket
    throw new ReadError(`${name}: ${reasons.cannotOpen(code, sidecar)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ReadError(reasons.sidecarNotFile(name));
    if (stat.size > MAX_SIDECAR_BYTES) throw new ReadError(reasons.sidecarTooLarge(name, stat.size, MAX_SIDECAR_BYTES));
    // One byte more than stated tells a file that grew past the limit since fstat.
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > MAX_SIDECAR_BYTES) throw new ReadError(reasons.sidecarTooLarge(name, length, MAX_SIDECAR_BYTES));
    return new Uint8Array(buffer.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}
