/** `seckb ingest [SOURCE ...] [--out DIR]` (spec: cli.md). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile as readBytes, readdir } from 'node:fs/promises';
import path from 'node:path';
import { readIgnoreFile, readSourceText } from '../../ingest/sidecars.ts';
import { sha256 } from '../../ingest/load.ts';
import { readFiles } from '../../ingest/pool.ts';
import { isSupported } from '../../ingest/read.ts';
import { buildDocument } from '../model/build.ts';
import type { SeckbDocument } from '../model/types.ts';
import { buildKbFiles } from '../kb/build-kb.ts';
import { modelFingerprint } from '../kb/fingerprint.ts';
import { assignDocumentIds } from '../kb/ids.ts';
import type { Manifest, ManifestEntry } from '../kb/read.ts';
import { writeKbAtomically } from '../kb/write.ts';
import { parse, UsageError, type Command } from './args.ts';

const USAGE = `usage: seckb ingest [SOURCE ...] [--out DIR] [--max-file-mb N] [--timeout-s N] [--threads N]
  SOURCE        files or folders to read (default: content/sources)
  --out DIR     where to write the knowledge base (default: content/kb)
  --max-file-mb largest file to read (default 50)
  --timeout-s   longest time one file may take to parse (default 30)
  --threads     parallel readers (default: the machine's cores)`;

/** Sidecars and hidden files are not documents. */
function isDocumentCandidate(name: string): boolean {
  return !name.startsWith('.') && !name.endsWith('.meta.json') && !name.endsWith('.seckb-ignore');
}

async function collect(sources: string[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (!isDocumentCandidate(entry.name)) continue;
      const full = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) files.push(full);
    }
  };
  for (const source of sources) {
    const normalized = source.split(path.sep).join('/').replace(/\/+$/, '');
    if (!existsSync(normalized)) throw new UsageError(`no such file or folder: "${source}"`);
    if (statSync(normalized).isDirectory()) await walk(normalized);
    else files.push(normalized);
  }
  return [...new Set(files)];
}

function readPreviousManifest(out: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

export const command: Command = {
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      out: { type: 'string' },
      'max-file-mb': { type: 'string' },
      'timeout-s': { type: 'string' },
      threads: { type: 'string' },
    });
    const out = values.out ?? 'content/kb';
    const number = (name: string, value: string | undefined) => {
      if (value === undefined) return undefined;
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a number (got "${value}")`);
      return n;
    };
    const maxFileMb = number('max-file-mb', values['max-file-mb']);
    const timeoutS = number('timeout-s', values['timeout-s']);
    const threads = number('threads', values.threads);
    const files = await collect(positionals.length > 0 ? positionals : ['content/sources']);
    if (files.length === 0) {
      process.stderr.write(`seckb ingest: no files found in ${positionals.join(', ') || 'content/sources'}\n`);
      return 2;
    }
    const ids = assignDocumentIds(files);
    const previous = readPreviousManifest(out);
    const modelVersion = modelFingerprint();
    const entries: ManifestEntry[] = [];
    const documents: SeckbDocument[] = [];
    const toRead: Array<{ file: string; id: string; sha: string }> = [];
    const sources = new Map<string, string>();
    const silenced = new Map<string, string[]>();

    for (const file of files) {
      const id = ids.get(file)!;
      const format = path.extname(file).slice(1).toLowerCase();
      const bytes = await readBytes(file);
      const sha = sha256(bytes);
      const sourceText = readSourceText(file, bytes);
      if (sourceText !== undefined) sources.set(id, sourceText);
      const ignore = readIgnoreFile(file);
      if (ignore.length > 0) silenced.set(id, ignore);
      const cached = previous?.modelVersion === modelVersion ? previous.documents.find((d) => d.source === file && d.sha256 === sha && d.status === 'ok' && d.id === id) : undefined;
      if (cached) {
        // Unchanged file: reuse its document instead of parsing again.
        try {
          documents.push(JSON.parse(readFileSync(path.join(out, 'documents', `${id}.json`), 'utf8')) as SeckbDocument);
          entries.push(cached);
          continue;
        } catch {
          // Fall through and parse it.
        }
      }
      if (!isSupported(file)) {
        entries.push({ id, source: file, sha256: sha, format, status: 'failed', error: `unsupported extension ".${format}"; convert it to .md, .txt, .docx, .pdf or .html` });
        continue;
      }
      toRead.push({ file, id, sha });
    }

    const progress = process.stderr.isTTY;
    const results = await readFiles(
      toRead.map((t) => t.file),
      {
        limits: {
          ...(maxFileMb !== undefined ? { maxFileBytes: maxFileMb * 1024 * 1024 } : {}),
          ...(timeoutS !== undefined ? { timeoutMs: timeoutS * 1000 } : {}),
        },
        ...(threads !== undefined ? { threads } : {}),
        onProgress: progress ? (done, total) => process.stderr.write(`\rseckb ingest: ${done}/${total} files`) : undefined,
      },
    );
    if (progress && toRead.length > 0) process.stderr.write('\n');
    results.forEach((r, i) => {
      const { file, id, sha } = toRead[i];
      const format = path.extname(file).slice(1).toLowerCase();
      if (!r.result) {
        entries.push({ id, source: file, sha256: sha, format, status: 'failed', error: r.error ?? 'unknown error' });
        process.stderr.write(`seckb ingest: ${file}: ${r.error}\n`);
        return;
      }
      documents.push(buildDocument(r.result, { id, source: file, sha256: sha }));
      entries.push({ id, source: file, sha256: sha, format: r.result.format, status: 'ok' });
    });

    await writeKbAtomically(out, buildKbFiles({ entries, documents, modelVersion, sources, silenced }));
    const failed = entries.filter((e) => e.status === 'failed').length;
    const unchanged = documents.length - results.filter((r) => r.result).length;
    process.stderr.write(`seckb ingest: ${documents.length} documents (${unchanged} unchanged)${failed ? `, ${failed} failed` : ''} -> ${out}\n`);
    return failed > 0 ? 1 : 0;
  },
};
