/**
 * Opens a file for reading only when it is a regular file. The type is checked on the open
 * descriptor (never a path checked first and opened after, which a named pipe swapped in between
 * would turn into a read that blocks for ever), and the open itself does not block on a pipe.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { ReadError, reasons } from './errors.ts';

/** The open file and its size; ReadError (one-line reason) for anything else. The caller closes it. */
export async function openRegularFile(file: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A socket cannot be opened at all.
    throw new ReadError(code === 'ENXIO' ? reasons.notRegularFile() : reasons.cannotOpen(code, file), { cause: error });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ReadError(reasons.notRegularFile());
    return { handle, size: stat.size };
  } catch (error) {
    await handle.close();
    if (error instanceof ReadError) throw error;
    throw new ReadError(reasons.cannotOpen((error as NodeJS.ErrnoException).code, file), { cause: error });
  }
}
