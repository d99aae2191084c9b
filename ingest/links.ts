/**
 * Symbolic links as sources. A link inside a source folder is never followed (it could lead
 * anywhere: /etc, a home folder, a loop); a link named on the command line is read only when it
 * resolves inside the current folder tree, where the user evidently works.
 */
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';

export const LINK_IN_FOLDER_REASON = 'symbolic link inside a source folder; seckb does not follow links there (copy the file in, or name the link on the command line)';

/** Why a file named on the command line must not be read, when it is a link leading outside the current folder. */
export function linkRefusal(file: string): string | undefined {
  let isLink: boolean;
  try {
    isLink = lstatSync(file).isSymbolicLink();
  } catch {
    return undefined; // missing: the caller reports that
  }
  if (!isLink) return undefined;
  const cwd = realpathSync(process.cwd());
  let target: string;
  try {
    target = realpathSync(file);
  } catch {
    return `"${file}" is a symbolic link to nothing (its target does not exist)`;
  }
  const rel = path.relative(cwd, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    return `"${file}" is a symbolic link leading outside the current folder; seckb reads such a link only when it points inside it (name the target file instead)`;
  }
  return undefined;
}
