/** `seckb ingest [SOURCE ...] [--out DIR]` (spec: cli.md). */
import { existsSync, statSync } from 'node:fs';
import { readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { isReadError, reasons } from '../../ingest/errors.ts';
import { LINK_IN_FOLDER_REASON, linkRefusal } from '../../ingest/links.ts';
import { fileSha256, sha256 } from '../../ingest/load.ts';
import { eachFileTask } from '../../ingest/pool.ts';
import { isSupported, SIDECAR_SUFFIX } from '../../ingest/read.ts';
import { readSidecarBytes } from '../../ingest/sidecar-file.ts';
import type { FileTask } from '../../ingest/tasks.ts';
import { cacheDirFor, cacheKey, ResultCache } from '../kb/cache.ts';
import { CachedDocuments } from '../kb/cached-documents.ts';
import { kbFingerprint, modelFingerprint, pipelineFingerprint } from '../kb/fingerprint.ts';
import { assignDocumentIds } from '../kb/ids.ts';
import { kbOutRefusal } from '../kb/out-guard.ts';
import type { ManifestEntry } from '../kb/read.ts';
import type { DocumentSummary } from '../kb/summary.ts';
import { sourcePaths } from '../kb/source-path.ts';
import { writeKbAtomically } from '../kb/write.ts';
import { parse, RefusedError, UsageError, type Command } from './args.ts';
import { isSupportedLanguage } from '../model/language-support.ts';
import { writeLine } from '../terminal-text.ts';

const USAGE = `usage: seckb ingest [SOURCE ...] [--out DIR] [--max-file-mb N] [--timeout-s N] [--max-memory-mb N] [--threads N]
  SOURCE          files or folders to read (default: content/sources)
  --out DIR       where to write the knowledge base (default: content/kb)
  --max-file-mb   largest file to read (default 50)
  --timeout-s     most CPU seconds one file may take, read to findings (default 30)
  --max-memory-mb heap one file may use, read to findings (default 512; resident memory + 256)
  --threads       parallel workers (default: one per 16 files or 4 MB, up to the cores)`;

/** Sidecars and hidden files are not documents. */
function isDocumentCandidate(name: string): boolean {
  return !name.startsWith('.') && !name.endsWith('.meta.json') && !name.endsWith('.seckb-ignore');
}

/**
 * Files to read, links inside source folders (skipped, never followed: ingest/links.ts), and
 * entries that fail alone with what to do (`refused`, path -> reason): names that are not UTF-8
 * (a zip made on Windows, unpacked here, keeps its code page's bytes; no string path opens them)
 * and folders that cannot be listed (no permission: the files beside them are still read).
 */
async function collect(sources: string[]): Promise<{ files: string[]; links: string[]; refused: Map<string, string> }> {
  const files: string[] = [];
  const links: string[] = [];
  const refused = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    let raw;
    try {
      raw = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      refused.set(dir, reasons.cannotList((error as NodeJS.ErrnoException).code));
      return;
    }
    const entries = raw.map((entry) => ({ entry, name: entry.name.toString('utf8') })).sort((a, b) => a.name.localeCompare(b.name));
    for (const { entry, name } of entries) {
      if (!isDocumentCandidate(name)) continue;
      const full = path.posix.join(dir, name);
      if (!Buffer.from(name, 'utf8').equals(entry.name)) refused.set(full, reasons.nameNotUtf8());
      else if (entry.isSymbolicLink()) links.push(full);
      else if (entry.isDirectory()) await walk(full);
      // A pipe, socket or device is listed too: it fails alone with its reason (never opened).
      else files.push(full);
    }
  };
  for (const source of sources) {
    const normalized = source.split(path.sep).join('/').replace(/\/+$/, '');
    const refusal = linkRefusal(normalized);
    if (refusal) throw new RefusedError(refusal);
    if (!existsSync(normalized)) throw new UsageError(`no such file or folder: "${source}"`);
    if (statSync(normalized).isDirectory()) await walk(normalized);
    else files.push(normalized);
  }
  return { files: [...new Set(files)], links: [...new Set(links)], refused };
}

/**
 * The file's hash, or why it cannot be read. A pipe or device named on the command line would
 * block or never end, so only regular files are read; an unreadable file fails alone.
 */
async function hashOrRefuse(file: string): Promise<{ sha: string } | { error: string }> {
  try {
    return { sha: await fileSha256(file) };
  } catch (error) {
    return { error: isReadError(error) ? error.message : reasons.cannotOpen((error as NodeJS.ErrnoException).code, file) };
  }
}

export const command: Command = {
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      out: { type: 'string' },
      'max-file-mb': { type: 'string' },
      'timeout-s': { type: 'string' },
      'max-memory-mb': { type: 'string' },
      threads: { type: 'string' },
    });
    const out = values.out ?? 'content/kb';
    const maxFileMb = numberFlag('max-file-mb', values['max-file-mb']);
    const timeoutS = numberFlag('timeout-s', values['timeout-s']);
    const maxMemoryMb = numberFlag('max-memory-mb', values['max-memory-mb']);
    const threads = numberFlag('threads', values.threads);
    const sourceArgs = positionals.length > 0 ? positionals : ['content/sources'];
    const { files, links, refused } = await collect(sourceArgs);
    // Before anything else: seckb replaces only its own KB (or a new or empty folder).
    const refusal = kbOutRefusal(out, sourceArgs);
    if (refusal) throw new RefusedError(refusal);
    if (files.length + links.length + refused.size === 0) {
      writeLine(process.stderr, `seckb ingest: no files found in ${positionals.join(', ') || 'content/sources'}`);
      return 2;
    }
    const ids = assignDocumentIds([...files, ...links, ...refused.keys()]);
    const { shown, scrub } = sourcePaths(sourceArgs);
    const now = new Date();
    const fingerprint = pipelineFingerprint();
    const cache = new ResultCache(cacheDirFor(out));
    const documents = new CachedDocuments(cache, kbFingerprint());
    const entries: ManifestEntry[] = [];
    const summaries: DocumentSummary[] = [];
    const docKeys = new Map<string, string>();
    type Job = { task: Extract<FileTask, { kind: 'analyze' }>; key: string };
    const toRun: Job[] = [];
    const cachedJobs: Job[] = [];

    for (const link of links) {
      writeLine(process.stderr, `seckb ingest: ${link}: skipped, ${LINK_IN_FOLDER_REASON}`);
      const format = path.extname(link).slice(1).toLowerCase() || 'unknown';
      entries.push({ id: ids.get(link)!, source: shown(link), sha256: sha256(Buffer.from(await readlink(link))), format, status: 'skipped', error: LINK_IN_FOLDER_REASON });
    }
    for (const [name, reason] of refused) {
      writeLine(process.stderr, `seckb ingest: ${name}: ${reason}`);
      entries.push({ id: ids.get(name)!, source: shown(name), sha256: sha256(new Uint8Array()), format: path.extname(name).slice(1).toLowerCase(), status: 'failed', error: reason });
    }
    for (const file of files) {
      const id = ids.get(file)!;
      const format = path.extname(file).slice(1).toLowerCase();
      const hashed = await hashOrRefuse(file);
      if ('error' in hashed) {
        writeLine(process.stderr, `seckb ingest: ${file}: ${hashed.error}`);
        entries.push({ id, source: shown(file), sha256: sha256(new Uint8Array()), format, status: 'failed', error: hashed.error });
        continue;
      }
      const { sha } = hashed;
      if (!isSupported(file)) {
        entries.push({ id, source: shown(file), sha256: sha, format, status: 'failed', error: reasons.unsupported(path.extname(file) || path.basename(file)) });
        continue;
      }
      let sidecars: Array<Uint8Array | undefined>;
      try {
        sidecars = [readSidecarBytes(file + SIDECAR_SUFFIX), readSidecarBytes(`${file}.seckb-ignore`)];
      } catch (error) {
        if (!isReadError(error)) throw error;
        writeLine(process.stderr, `seckb ingest: ${file}: ${error.message}`);
        entries.push({ id, source: shown(file), sha256: sha, format, status: 'failed', error: error.message });
        continue;
      }
      const key = cacheKey([fingerprint, id, file, sha, ...sidecars, now.toISOString().slice(0, 10)]);
      docKeys.set(id, key);
      (cache.has(key) ? cachedJobs : toRun).push({ task: { kind: 'analyze', file, id, source: shown(file), sha256: sha, now: now.getTime() }, key });
    }

    const accept = (job: Job, { entry, summary }: ReturnType<CachedDocuments['add']>): void => {
      summaries.push(summary);
      const { format, dropped, note } = entry;
      entries.push({ id: job.task.id, source: job.task.source, sha256: job.task.sha256, format, status: 'ok', ...(dropped ? { dropped } : {}), ...(note ? { note } : {}) });
    };
    const progress = process.stderr.isTTY;
    let analysed = 0;
    // Each result is stored as it arrives and only its summary kept (src/kb/cached-documents.ts).
    const runJobs = (jobs: Job[]) =>
      eachFileTask(
        jobs.map((t) => t.task),
        {
          limits: {
            ...(maxFileMb !== undefined ? { maxFileBytes: maxFileMb * 1024 * 1024 } : {}),
            ...(timeoutS !== undefined ? { timeoutMs: timeoutS * 1000 } : {}),
          },
          ...(maxMemoryMb !== undefined ? { maxMemoryMb } : {}),
          ...(threads !== undefined ? { threads } : {}),
          onProgress: progress ? (done, total) => process.stderr.write(`\rseckb ingest: ${done}/${total} files`) : undefined,
        },
        (i, r) => {
          const { task, key } = jobs[i]!;
          if (r.result) {
            analysed++;
            accept(jobs[i]!, documents.add(key, r.result));
            return;
          }
          const format = path.extname(task.file).slice(1).toLowerCase();
          entries.push({ id: task.id, source: task.source, sha256: task.sha256, format, status: 'failed', error: scrub(r.error ?? 'unknown error') });
          if (progress) process.stderr.write('\n');
          writeLine(process.stderr, `seckb ingest: ${task.file}: ${r.error}`);
        },
      );
    // The pool works on the new and changed files while this thread reads the unchanged ones'
    // summaries (and loads the KB builder); an entry found damaged is processed after.
    const running = runJobs(toRun);
    running.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
    const damaged: Job[] = [];
    for (const [i, job] of cachedJobs.entries()) {
      const cached = documents.summary(job.key);
      if (cached) accept(job, cached);
      else damaged.push(job);
      // Synchronous reads are the cheapest; yielding now and then lets the pool hand out its tasks.
      if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    }
    const { buildKb } = await import('../kb/build-kb.ts');
    await running;
    if (damaged.length) await runJobs(damaged);
    if (progress && toRun.length + damaged.length > 0) process.stderr.write('\n');

    await writeKbAtomically(
      out,
      buildKb({ entries, summaries, modelVersion: modelFingerprint(), docKeys, store: documents.store, analysis: (id) => documents.analysis(docKeys.get(id)!, id) }),
    );
    await cache.prune();
    const failed = entries.filter((e) => e.status === 'failed').length;
    const skipped = entries.filter((e) => e.status === 'skipped').length;
    const unchanged = summaries.length - analysed;
    writeLine(process.stderr, `seckb ingest: ${summaries.length} documents (${unchanged} unchanged)${failed ? `, ${failed} failed` : ''}${skipped ? `, ${skipped} skipped` : ''} -> ${out}`);
    const unsupported = summaries.filter((s) => !isSupportedLanguage(s.meta.language)).map((s) => `${s.meta.source} (${s.meta.language})`);
    if (unsupported.length) writeLine(process.stderr, `seckb ingest: no rules for the language of ${unsupported.sort().join(', ')}: kept as documents, no claims or language checks ("supported": false in the manifest)`);
    return failed + skipped > 0 ? 1 : 0;
  },
};

function numberFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a number (got "${value}")`);
  return n;
}
