/**
 * What seckb may write over. A KB folder is replaced only when it is new, empty, or recognizably
 * seckb's own KB (the manifest's `seckb` marker, or a KB written before the marker existed);
 * a file output replaces only a file of its own kind. Each check returns a one-line reason to
 * refuse, or undefined; nothing here writes.
 */
import { accessSync, closeSync, constants, existsSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** The folders a KB holds; each holds only .json files. */
const KB_FOLDERS = new Set(['documents', 'diffs', 'alignments', 'messages', 'search']);

function readManifest(dir: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as unknown;
    return value && typeof value === 'object' && Array.isArray((value as { documents?: unknown }).documents) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first entry of a KB folder that seckb does not write (a person's notes, a copied document):
 * replacing the KB would delete it. Only the two levels a KB has are read.
 */
export function foreignKbEntry(dir: string): string | undefined {
  const isJsonFile = (e: Dirent) => e.isFile() && e.name.endsWith('.json');
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (isJsonFile(entry)) continue;
    if (!entry.isDirectory() || !KB_FOLDERS.has(entry.name)) return entry.name;
    const inner = readdirSync(path.join(dir, entry.name), { withFileTypes: true }).find((e) => !isJsonFile(e));
    if (inner) return `${entry.name}/${inner.name}`;
  }
  return undefined;
}

/** A folder seckb wrote: its manifest carries the marker, or it is an unmarked KB of only KB files. */
export function isSeckbKb(dir: string): boolean {
  const manifest = readManifest(dir);
  if (!manifest) return false;
  const marker = manifest.seckb as { kb?: unknown } | undefined;
  if (marker && typeof marker === 'object' && typeof marker.kb === 'number') return true;
  return typeof manifest.modelVersion === 'string' && foreignKbEntry(dir) === undefined;
}

/** `inner` is `outer` or lies inside it (both absolute, symlinks resolved). */
function within(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Absolute path with every existing ancestor's symlinks resolved (the last part is kept as is). */
function realParentPath(file: string): string {
  const abs = path.resolve(file);
  let existing = path.dirname(abs);
  const rest: string[] = [path.basename(abs)];
  while (!existsSync(existing) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...rest);
}

/** The nearest folder at or above `dir` that exists; writes happen there first. */
function nearestExisting(dir: string): string {
  let at = path.resolve(dir);
  while (!existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
  return at;
}

function notWritable(dir: string): string | undefined {
  const at = nearestExisting(dir);
  try {
    if (!statSync(at).isDirectory()) return `"${at}" is a file, not a folder`;
    accessSync(at, constants.W_OK);
    return undefined;
  } catch {
    return `cannot write in "${at}" (read-only or no permission); choose another folder`;
  }
}

/**
 * A folder kind seckb writes whole and may replace: how to recognise it, what in it seckb did not
 * write (and would delete), and its name in messages.
 */
export interface OwnedFolder {
  isOwn: (dir: string) => boolean;
  foreign?: (dir: string) => string | undefined;
  what: string;
}

const KB_FOLDER: OwnedFolder = { isOwn: isSeckbKb, foreign: foreignKbEntry, what: 'knowledge base' };

/** Why an own folder must not be replaced: something in it that seckb did not write. */
function foreignRefusal(shown: string, dir: string, own: OwnedFolder): string | undefined {
  const foreign = own.foreign?.(dir);
  return foreign === undefined ? undefined : `${shown} holds "${foreign}", which seckb did not write and a new ${own.what} would delete; move it out, then run again`;
}

/**
 * Why `seckb ingest` must not write its KB to `out` given these SOURCE arguments, if it must not.
 * Other whole-folder outputs (`seckb export`) pass their own kind; their input is the "source".
 */
export function kbOutRefusal(out: string, sources: string[], own: OwnedFolder = KB_FOLDER): string | undefined {
  const abs = path.resolve(out);
  const shown = `--out "${out}"`;
  if (path.dirname(abs) === abs) return `${shown} is the root folder; give a new or empty folder (e.g. --out kb)`;
  const real = realParentPath(out);
  const cwd = realpathSync(process.cwd());
  if (within(cwd, real)) return `${shown} is the current folder or holds it; give a new or empty folder (e.g. --out kb)`;
  let kind: 'missing' | 'link' | 'dir' | 'other' = 'missing';
  try {
    const stat = lstatSync(abs);
    kind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'other';
  } catch {
    // Missing: a new KB.
  }
  const targets = [real];
  if (kind === 'link') {
    const target = readlinkSync(abs);
    const ours = target.startsWith(`.${path.basename(abs)}.v-`) && !target.includes('/');
    if (!ours) return `${shown} is a symbolic link seckb did not make; give a new or empty folder, or remove the link`;
    if (!own.isOwn(abs)) return `${shown} holds files that are not a seckb ${own.what}; give a new or empty folder`;
    const foreign = foreignRefusal(shown, abs, own);
    if (foreign) return foreign;
    targets.push(realpathSync(abs));
  }
  for (const source of sources) {
    if (!existsSync(source)) continue;
    const src = realpathSync(source);
    if (targets.some((t) => within(t, src))) return `${shown} is the source "${source}" or inside it; write the ${own.what} outside it`;
    if (targets.some((t) => within(src, t))) return `source "${source}" is inside ${shown}; write the ${own.what} to another folder`;
  }
  if (kind === 'other') return `${shown} is a file, not a folder; give a new or empty folder`;
  if (kind === 'dir') {
    const names = readdirSync(abs).sort();
    if (names.length > 0 && !own.isOwn(abs)) {
      return `${shown} holds files that are not a seckb ${own.what} (e.g. "${names[0]}"); give a new or empty folder`;
    }
    const foreign = names.length > 0 ? foreignRefusal(shown, abs, own) : undefined;
    if (foreign) return foreign;
  }
  return notWritable(path.dirname(abs));
}

/** Zip (xlsx) magic, and what a text report may look like; the kinds a file output may replace. */
const KIND_OF_EXTENSION: Record<string, 'zip' | 'text'> = { '.xlsx': 'zip', '.csv': 'text', '.json': 'text', '.txt': 'text', '.md': 'text', '.tmx': 'text', '.xlf': 'text', '.xliff': 'text', '.sarif': 'text' };

function looksLike(file: string, kind: 'zip' | 'text'): boolean {
  // Only the first 4 KB are read: the file may be large.
  const buffer = Buffer.alloc(4096);
  const fd = openSync(file, 'r');
  let head: Buffer;
  try {
    head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
  if (kind === 'zip') return head[0] === 0x50 && head[1] === 0x4b;
  return !head.includes(0);
}

/**
 * Why a command must not write `file` as `extensions[0]`-kind output, if it must not: a folder,
 * a file inside a seckb KB, or an existing file of another kind (its extension is not one of
 * `extensions`, or its bytes do not look like that kind) is never replaced.
 */
export function fileOutRefusal(file: string, extensions: string[]): string | undefined {
  const abs = path.resolve(file);
  const shown = `--out "${file}"`;
  for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'manifest.json')) && isSeckbKb(dir)) return `${shown} is inside the knowledge base "${dir}"; write it elsewhere`;
    if (path.dirname(dir) === dir) break;
  }
  let stat;
  try {
    stat = statSync(abs);
  } catch {
    return notWritable(path.dirname(abs));
  }
  if (stat.isDirectory()) return `${shown} is a folder; give a file name such as comparison${extensions[0]}`;
  const ext = path.extname(abs).toLowerCase();
  const kind = KIND_OF_EXTENSION[ext];
  if (!stat.isFile() || !extensions.includes(ext) || !kind || !looksLike(abs, kind)) {
    return `${shown} exists and is not a ${extensions.join(' or ')} file; seckb replaces only a file of the kind it writes: choose another name or remove it first`;
  }
  return notWritable(path.dirname(abs));
}
