/**
 * Reads the knowledge base (content/kb, or env SECKB_KB) for the site at build time.
 * Node only: imported by .astro front matter and endpoints, never by client scripts.
 * A missing KB gives an empty one (so `astro build` works from a clean clone), with a warning.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings/types.ts';
import { emptyKb, readKb, type Kb } from '../kb/read.ts';

export type { Kb };

/** The KB directory: env SECKB_KB, else content/kb under the working directory. */
export function kbDir(): string {
  return path.resolve(process.env.SECKB_KB ?? 'content/kb');
}

/** The KB at `dir`, or an empty one with a warning, so `astro build` works from a clean clone. */
export function readSiteKb(dir: string): Kb {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    process.stderr.write(`seckb site: no knowledge base at ${dir}; building an empty site (run \`npm run build\`)\n`);
    return emptyKb(dir);
  }
  return readKb(dir);
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
