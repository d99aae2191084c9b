/**
 * Reads the knowledge base (content/kb, or env SECKB_KB) for the site at build time.
 * Node only: imported by .astro front matter and endpoints, never by client scripts.
 * A missing KB gives an empty one (so `astro build` works from a clean clone), with a warning.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SeckbDocument } from '../model/types.ts';
import type { Claim } from '../claims/types.ts';
import type { Finding } from '../findings/types.ts';

export interface ManifestEntry {
  id: string;
  source: string;
  sha256: string;
  format: string;
  status: 'ok' | 'failed';
  error?: string;
}

export interface Pairs {
  versions: Array<{ old: string; new: string }>;
  translations: Array<{ source: string; target: string }>;
}

export interface DiffChange {
  attribute: string;
  qualifiers: Claim['qualifiers'];
  old: Claim;
  new: Claim;
}

export interface ClaimDiff {
  added: Claim[];
  removed: Claim[];
  changed: DiffChange[];
}

export interface AlignSpan {
  start: number;
  end: number;
  text: string;
}

export interface AlignFlag {
  kind: string;
  detail?: string;
}

export interface AlignPair {
  source: AlignSpan;
  target: AlignSpan;
  score: number;
  flags: AlignFlag[];
}

/** The JSON of `seckb align` (cli.md), as stored in alignments/<source>--<target>.json. */
export interface AlignmentFile {
  source: { file: string; lang: string };
  target: { file: string; lang: string };
  pairs: AlignPair[];
}

export interface Kb {
  dir: string;
  manifest: ManifestEntry[];
  /** Sorted by id. */
  documents: SeckbDocument[];
  claims: Claim[];
  findings: Finding[];
  pairs: Pairs;
  /** Keyed `${old}--${new}`. */
  diffs: Record<string, ClaimDiff>;
  /** Keyed `${source}--${target}`. */
  alignments: Record<string, AlignmentFile>;
  /** File names under search/ (served as they are for the client's search). */
  searchFiles: string[];
  /** Finding messages in other languages: messages/<lang>.json, {findingId: message}. */
  messages: Record<string, Record<string, string>>;
}

export function emptyKb(dir: string): Kb {
  return {
    dir,
    manifest: [],
    documents: [],
    claims: [],
    findings: [],
    pairs: { versions: [], translations: [] },
    diffs: {},
    alignments: {},
    searchFiles: [],
    messages: {},
  };
}

/** The KB directory: env SECKB_KB, else content/kb under the working directory. */
export function kbDir(): string {
  return path.resolve(process.env.SECKB_KB ?? 'content/kb');
}

function readJson<T>(file: string, fallback: T): T {
  if (!existsSync(file)) return fallback;
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function listJson(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
}

export function readSiteKb(dir: string): Kb {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    process.stderr.write(`seckb site: no knowledge base at ${dir}; building an empty site (run \`npm run build\`)\n`);
    return emptyKb(dir);
  }
  const manifest = readJson<{ documents: ManifestEntry[] }>(path.join(dir, 'manifest.json'), { documents: [] }).documents;
  const documents = listJson(path.join(dir, 'documents'))
    .map((f) => readJson<SeckbDocument | null>(path.join(dir, 'documents', f), null))
    .filter((d): d is SeckbDocument => d !== null)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pairs = readJson<Partial<Pairs>>(path.join(dir, 'pairs.json'), {});
  const diffs: Record<string, ClaimDiff> = {};
  for (const f of listJson(path.join(dir, 'diffs'))) diffs[f.slice(0, -5)] = readJson<ClaimDiff>(path.join(dir, 'diffs', f), { added: [], removed: [], changed: [] });
  const alignments: Record<string, AlignmentFile> = {};
  for (const f of listJson(path.join(dir, 'alignments'))) {
    alignments[f.slice(0, -5)] = readJson<AlignmentFile>(path.join(dir, 'alignments', f), { source: { file: '', lang: '' }, target: { file: '', lang: '' }, pairs: [] });
  }
  return {
    dir,
    manifest,
    documents,
    claims: readJson<Claim[]>(path.join(dir, 'claims.json'), []),
    findings: readJson<Finding[]>(path.join(dir, 'findings.json'), []),
    pairs: { versions: pairs.versions ?? [], translations: pairs.translations ?? [] },
    diffs,
    alignments,
    searchFiles: listJson(path.join(dir, 'search')),
    messages: Object.fromEntries(listJson(path.join(dir, 'messages')).map((f) => [f.slice(0, -5), readJson<Record<string, string>>(path.join(dir, 'messages', f), {})])),
  };
}

/**
 * The KB's findings with messages in `locale` (messages/<locale>.json; a finding without a
 * translation keeps its English message). The findings themselves are unchanged otherwise.
 */
export function findingsIn(kb: Pick<Kb, 'findings' | 'messages'>, locale: string): Finding[] {
  const table = kb.messages[locale];
  if (!table) return kb.findings;
  return kb.findings.map((f) => (table[f.id] ? { ...f, message: table[f.id]! } : f));
}

let cached: Kb | undefined;

/** The KB of this build, read once per process. */
export function loadKb(): Kb {
  cached ??= readSiteKb(kbDir());
  return cached;
}
