/**
 * Atomic knowledge-base writes. The KB path is a symlink to a complete, versioned sibling folder
 * (`.kb.v-<pid>-<stamp>`); a new KB is written to `.kb.staging-<pid>`, renamed to its version
 * name, and the link is swapped with one rename(2) of a temporary link. A kill at any moment
 * leaves either the old or the new KB at the path; the next run removes what dead runs left.
 * A KB from before this scheme (a real folder) is moved aside once, just before the first swap.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * A KB file whose bytes another file already holds (a stored result in the ingest cache): it is
 * hard-linked (or copied) into the new version, never read or parsed.
 */
export interface LinkedFile {
  from: string;
}

export type KbContent = string | Uint8Array | LinkedFile;

/** Files relative to the KB folder -> content. */
export type KbFiles = Map<string, KbContent>;

export const isLinkedFile = (content: KbContent): content is LinkedFile => typeof content === 'object' && !(content instanceof Uint8Array);

/** The text of a KB file's content (a linked file is read). */
export function contentText(content: KbContent): string {
  if (typeof content === 'string') return content;
  return isLinkedFile(content) ? readFileSync(content.from, 'utf8') : Buffer.from(content).toString('utf8');
}

/** The manifest key that marks a folder as seckb's own KB (the only kind it will replace). */
export const KB_MARKER = { kb: 1 } as const;

const LEFTOVER = /^(staging|old|link|v)-(\d+)(?:-[a-z0-9]+)?$/;

/** Lets tests pause (and kill) a write between two steps; unset in normal use. */
async function testPause(step: string): Promise<void> {
  if (process.env.SECKB_TEST_PAUSE_AT !== step) return;
  process.stderr.write(`seckb-test-paused ${step}\n`);
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.SECKB_TEST_PAUSE_MS ?? 60_000)));
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function kindOf(file: string): Promise<'missing' | 'link' | 'dir' | 'other'> {
  try {
    const stat = await lstat(file);
    return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/** The version folder name the KB link points at, if the KB path is one of seckb's links. */
export async function currentVersion(dir: string): Promise<string | undefined> {
  if ((await kindOf(dir)) !== 'link') return undefined;
  const target = await readlink(dir);
  const base = path.basename(path.resolve(dir));
  return target.startsWith(`.${base}.v-`) && !target.includes('/') ? target : undefined;
}

/**
 * Removes what dead runs left next to the KB at `dir`: staging folders, temporary links, retired
 * folders and versions nobody points at. A retired old-style KB is put back when the KB path is
 * missing (the run died between moving it aside and swapping in the link).
 */
export async function cleanLeftovers(dir: string): Promise<void> {
  const abs = path.resolve(dir);
  const parent = path.dirname(abs);
  const prefix = `.${path.basename(abs)}.`;
  let names: string[];
  try {
    names = (await readdir(parent)).filter((n) => n.startsWith(prefix)).sort();
  } catch {
    return;
  }
  const current = await currentVersion(abs);
  for (const name of names) {
    const match = LEFTOVER.exec(name.slice(prefix.length));
    if (!match || isAlive(Number(match[2])) || name === current) continue;
    const full = path.join(parent, name);
    if (match[1] === 'old' && (await kindOf(abs)) === 'missing') await rename(full, abs);
    else await rm(full, { recursive: true, force: true });
  }
}

/** Hard-links `existing` to `target` when it holds exactly `content`; false (nothing done) otherwise. */
function linkedSame(existing: string, target: string, content: string | Uint8Array): boolean {
  try {
    const stat = statSync(existing);
    if (!stat.isFile() || stat.size !== Buffer.byteLength(content)) return false;
    const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.length);
    if (!bytes.equals(readFileSync(existing))) return false;
    linkSync(existing, target);
    return true;
  } catch {
    return false; // absent, unreadable, or a file system without hard links: written instead
  }
}

/** Hard link, or a copy where the file system has none (or `from` lies on another one). */
function linkOrCopy(from: string, target: string): void {
  try {
    linkSync(from, target);
  } catch {
    copyFileSync(from, target);
  }
}

export async function writeKbAtomically(dir: string, files: KbFiles): Promise<void> {
  const abs = path.resolve(dir);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  await mkdir(parent, { recursive: true });
  await cleanLeftovers(abs);
  const staging = path.join(parent, `.${base}.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  // Lets the atomicity test interrupt a write deterministically; unset in normal use.
  const pauseMs = Number(process.env.SECKB_TEST_WRITE_PAUSE_MS ?? 0);
  // Thousands of small files: synchronous calls skip a thread-pool round trip each (the staging
  // folder is this process's own until the rename below). A file whose bytes the current version
  // already holds is hard-linked from it: after a re-ingest most files are unchanged, and reading
  // and comparing costs a fraction of writing them.
  const current = await currentVersion(abs);
  const made = new Set<string>();
  for (const name of [...files.keys()].sort()) {
    const target = path.join(staging, name);
    const dir = path.dirname(target);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    const content = files.get(name)!;
    if (isLinkedFile(content)) linkOrCopy(content.from, target);
    else if (!(current && linkedSame(path.join(parent, current, name), target, content))) writeFileSync(target, content);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  await testPause('written');
  const version = `.${base}.v-${process.pid}-${Date.now().toString(36)}`;
  await rename(staging, path.join(parent, version));
  const link = path.join(parent, `.${base}.link-${process.pid}`);
  await rm(link, { force: true });
  await symlink(version, link);
  await testPause('linked');

  const previous = await currentVersion(abs);
  const kind = await kindOf(abs);
  if (kind === 'dir') {
    // An old-style KB folder (or an empty one): rename(2) cannot put a link over a folder.
    const retired = path.join(parent, `.${base}.old-${process.pid}`);
    await rename(abs, retired);
    await testPause('moved-old');
    await rename(link, abs);
    await rm(retired, { recursive: true, force: true });
  } else {
    await rename(link, abs);
  }
  await testPause('swapped');
  // Thousands of files: synchronous unlinks skip a thread-pool round trip each.
  if (previous && previous !== version) rmSync(path.join(parent, previous), { recursive: true, force: true });
}

/** Stable JSON: two-space indent and a final newline, so reruns are byte-identical. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
