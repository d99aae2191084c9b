/** Reading a knowledge base written by `seckb ingest`: the one reader for the CLI and the site. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Alignment } from '../align/types.ts';
import type { Claim } from '../claims/types.ts';
import type { ClaimDiff } from '../findings/diff.ts';
import type { Finding } from '../findings/types.ts';
import type { SeckbDocument } from '../model/types.ts';
import type { DocumentPairs } from './pairs.ts';

export interface ManifestEntry {
  id: string;
  source: string;
  sha256: string;
  format: string;
  status: 'ok' | 'failed' | 'skipped';
  error?: string;
  /** false when the document's language has no rules (cli.md); absent otherwise. */
  supported?: boolean;
  /** A saved web page's chrome left out of the document text (ingest/readers/main-content.ts). */
  dropped?: { blocks: number; characters: number; examples: string[] };
  /** How an `ok` file was read when not the usual way, e.g. markdown too deep read as plain text. */
  note?: string;
}

export interface Manifest {
  /** Marks the folder as seckb's own KB, the only kind `seckb ingest` replaces (src/kb/out-guard.ts). */
  seckb?: { kb: number };
  documents: ManifestEntry[];
  /** Changes whenever the model changes, so cached documents are rebuilt. */
  modelVersion?: string;
}

export interface Kb {
  dir: string;
  manifest: Manifest;
  /** Sorted by id. */
  documents: SeckbDocument[];
  claims: Claim[];
  findings: Finding[];
  pairs: DocumentPairs;
  /** Keyed `${old}--${new}`. */
  diffs: Record<string, ClaimDiff>;
  /** Keyed `${source}--${target}`. */
  alignments: Record<string, Alignment>;
  /** File names under search/. */
  searchFiles: string[];
  /** Finding messages in other languages: messages/<lang>.json, {findingId: message}. */
  messages: Record<string, Record<string, string>>;
}

export class KbMissingError extends Error {}

/** A KB file that is not what ingest writes (cut short, edited by hand): the message says which and what to do. */
export class KbDamagedError extends Error {}

export const damagedKbFile = (file: string, what = 'not valid JSON') =>
  `"${file}" is damaged (${what}); run "seckb ingest" again to rebuild the knowledge base`;

function readJson<T>(file: string, fallback: T): T {
  if (!existsSync(file)) return fallback;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    if (error instanceof SyntaxError) throw new KbDamagedError(damagedKbFile(file));
    throw error;
  }
}

/** `{name without .json: content}` of the JSON files in a KB subfolder. */
function readFolder<T>(dir: string): Record<string, T> {
  if (!existsSync(dir)) return {};
  const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return Object.fromEntries(names.map((f) => [f.slice(0, -'.json'.length), readJson<T>(path.join(dir, f), undefined as T)]));
}

export function emptyKb(dir: string): Kb {
  return { dir, manifest: { documents: [] }, documents: [], claims: [], findings: [], pairs: { versions: [], translations: [] }, diffs: {}, alignments: {}, searchFiles: [], messages: {} };
}

/** Reads a KB; throws KbMissingError with a clear reason when there is none. */
export function readKb(dir: string): Kb {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new KbMissingError(`no knowledge base in "${dir}" (manifest.json missing); run "seckb ingest" first`);
  const manifest = readJson<Manifest>(manifestFile, { documents: [] });
  const documents = manifest.documents
    .filter((d) => d.status === 'ok')
    .map((d) => readJson<SeckbDocument | null>(path.join(dir, 'documents', `${d.id}.json`), null))
    .filter((d): d is SeckbDocument => d !== null)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const searchDir = path.join(dir, 'search');
  return {
    dir,
    manifest,
    documents,
    claims: readJson<Claim[]>(path.join(dir, 'claims.json'), []),
    findings: readJson<Finding[]>(path.join(dir, 'findings.json'), []),
    pairs: readJson<DocumentPairs>(path.join(dir, 'pairs.json'), { versions: [], translations: [] }),
    diffs: readFolder<ClaimDiff>(path.join(dir, 'diffs')),
    alignments: readFolder<Alignment>(path.join(dir, 'alignments')),
    searchFiles: existsSync(searchDir) ? readdirSync(searchDir).filter((f) => f.endsWith('.json')).sort() : [],
    messages: readFolder<Record<string, string>>(path.join(dir, 'messages')),
  };
}
