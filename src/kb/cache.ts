/**
 * The per-document result cache of `seckb ingest` (Node): one JSON file per document result,
 * named by a hash of everything the result depends on (file bytes, sidecars, id, source path,
 * the pipeline fingerprint, the day for date rules). It lives beside the KB in `.<kb>.cache/`,
 * outside the atomically swapped KB folder, so a re-ingest reads unchanged documents back
 * instead of processing them again. Entries are written whole (temp file + rename); entries no
 * run used are pruned after each ingest, so the folder holds one KB's worth.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentAnalysis } from './analyze.ts';
import type { KbContent } from './write.ts';

/** `dropped`: a saved web page's chrome left out (ingest/readers/main-content.ts), for the manifest. */
export type CachedResult = DocumentAnalysis & { format: string; dropped?: { blocks: number; characters: number; examples: string[] }; note?: string };

const ENTRY = /^p?[0-9a-f]{32}\.json$/;
const TEMP = /^p?[0-9a-f]{32}\.json\.(\d+)\.tmp$/;

export function cacheDirFor(out: string): string {
  const abs = path.resolve(out);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.cache`);
}

/** The key of one file's result: every input of the per-document pipeline. */
export function cacheKey(parts: ReadonlyArray<string | Uint8Array | undefined>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    if (part === undefined) hash.update('\u0000-');
    else hash.update(`\u0000${part.length}:`).update(part);
  }
  return hash.digest('hex').slice(0, 32);
}

export class ResultCache {
  private readonly used = new Set<string>();

  constructor(readonly dir: string) {}

  /** A stored result, or undefined when absent or damaged (the file is then processed again). */
  get(key: string): CachedResult | undefined {
    this.used.add(key);
    try {
      return JSON.parse(readFileSync(path.join(this.dir, `${key}.json`), 'utf8')) as CachedResult;
    } catch {
      return undefined;
    }
  }

  /** Whether an entry exists (it may still turn out damaged when read). */
  has(key: string): boolean {
    return existsSync(path.join(this.dir, `${key}.json`));
  }

  /** The byte size of a stored result, if present (this run relies on it: kept by prune). */
  size(key: string): number | undefined {
    this.used.add(key);
    try {
      return statSync(path.join(this.dir, `${key}.json`)).size;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores a result (its JSON); best effort (a cache that cannot be written only costs the next run time).
   * The byte size written, or undefined when it could not be stored.
   */
  put(key: string, content: string): number | undefined {
    this.used.add(key);
    return this.write(`${key}.json`, content) ? Buffer.byteLength(content) : undefined;
  }

  /** Writes an entry whole (temp file + rename); false when it could not. */
  private write(name: string, content: string): boolean {
    const file = path.join(this.dir, name);
    const temp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temp, content);
      renameSync(temp, file);
      return true;
    } catch {
      rmSync(temp, { force: true });
      return false;
    }
  }

  /**
   * A cross-document result (a pair's diff or alignment) stored as the text written to the KB:
   * read back when present, else computed and stored. `key` names every input, including the
   * code (see ingest: the KB fingerprint). `accept` may refuse stored content (damaged): it is
   * then computed and stored again.
   */
  memo(key: string, compute: () => string, accept: (stored: string) => boolean = () => true): string {
    const name = this.memoName(key);
    try {
      const stored = readFileSync(path.join(this.dir, name), 'utf8');
      if (accept(stored)) return stored;
    } catch {
      // absent: computed below
    }
    const content = compute();
    this.write(name, content);
    return content;
  }

  /**
   * As memo, for the bytes of a KB file: the stored file itself, to be hard-linked into the KB
   * (src/kb/write.ts) without being read; the content when it cannot be stored. `replace`
   * computes and stores it even when present.
   */
  memoFile(key: string, compute: () => string, replace = false): KbContent {
    const name = this.memoName(key);
    const file = path.join(this.dir, name);
    if (!replace && existsSync(file)) return { from: file };
    const content = compute();
    return this.write(name, content) ? { from: file } : content;
  }

  private memoName(key: string): string {
    const name = `p${cacheKey([key])}`;
    this.used.add(name);
    return `${name}.json`;
  }

  /** Removes the entries this run did not use and temp files of other runs (only files of the cache's own naming). */
  async prune(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    const stale = (n: string): boolean =>
      (ENTRY.test(n) && !this.used.has(n.slice(0, -'.json'.length))) || Number(TEMP.exec(n)?.[1] ?? process.pid) !== process.pid;
    await Promise.all(names.filter(stale).map((n) => rm(path.join(this.dir, n), { force: true })));
  }
}
