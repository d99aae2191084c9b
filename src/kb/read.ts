/** Reading a knowledge base written by `seckb ingest`. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Claim } from '../claims/types.ts';
import type { Finding } from '../findings/types.ts';
import type { SeckbDocument } from '../model/types.ts';
import type { DocumentPairs } from './pairs.ts';

export interface ManifestEntry {
  id: string;
  source: string;
  sha256: string;
  format: string;
  status: 'ok' | 'failed';
  error?: string;
}

export interface Manifest {
  documents: ManifestEntry[];
  /** Changes whenever the model changes, so cached documents are rebuilt. */
  modelVersion?: string;
}

export interface Kb {
  dir: string;
  manifest: Manifest;
  documents: SeckbDocument[];
  claims: Claim[];
  findings: Finding[];
  pairs: DocumentPairs;
}

function readJson<T>(file: string, fallback: T): T {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;
}

export class KbMissingError extends Error {}

/** Reads a KB; throws KbMissingError with a clear reason when there is none. */
export function readKb(dir: string): Kb {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new KbMissingError(`no knowledge base in "${dir}" (manifest.json missing); run "seckb ingest" first`);
  const manifest = readJson<Manifest>(manifestFile, { documents: [] });
  const documents = manifest.documents
    .filter((d) => d.status === 'ok')
    .map((d) => readJson<SeckbDocument | null>(path.join(dir, 'documents', `${d.id}.json`), null))
    .filter((d): d is SeckbDocument => d !== null);
  return {
    dir,
    manifest,
    documents,
    claims: readJson<Claim[]>(path.join(dir, 'claims.json'), []),
    findings: readJson<Finding[]>(path.join(dir, 'findings.json'), []),
    pairs: readJson<DocumentPairs>(path.join(dir, 'pairs.json'), { versions: [], translations: [] }),
  };
}
