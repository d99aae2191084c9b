/**
 * Atomic knowledge-base writes: everything goes to a fresh sibling folder, which replaces the
 * old KB only when complete, so an interrupted ingest leaves the previous KB whole.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Files relative to the KB folder -> content. */
export type KbFiles = Map<string, string | Uint8Array>;

export async function writeKbAtomically(dir: string, files: KbFiles): Promise<void> {
  const parent = path.dirname(path.resolve(dir));
  const base = path.basename(path.resolve(dir));
  await mkdir(parent, { recursive: true });
  const staging = path.join(parent, `.${base}.staging-${process.pid}`);
  const retired = path.join(parent, `.${base}.old-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  // Lets the atomicity test interrupt a write deterministically; unset in normal use.
  const pauseMs = Number(process.env.SECKB_TEST_WRITE_PAUSE_MS ?? 0);
  for (const name of [...files.keys()].sort()) {
    const target = path.join(staging, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, files.get(name)!);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  let hadOld = true;
  try {
    await rename(dir, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadOld = false;
  }
  try {
    await rename(staging, dir);
  } catch (error) {
    if (hadOld) await rename(retired, dir);
    throw error;
  }
  if (hadOld) await rm(retired, { recursive: true, force: true });
}

/** Stable JSON: two-space indent and a final newline, so reruns are byte-identical. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
