/**
 * Reads the knowledge base (content/kb, or env SECKB_KB) for the site at build time.
 * Node only: imported by .astro front matter and endpoints, never by client scripts.
 * A missing KB gives an empty one (so `astro build` works from a clean clone), with a warning.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { emptyKb, readKb, type Kb } from '../kb/read.ts';
import { indexKb, type SiteIndex } from './site-index.ts';

export { findingsIn } from './site-index.ts';

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

let cached: SiteIndex | undefined;

/** The KB of this build, read and indexed once per process: every page and endpoint shares it. */
export function loadSite(): SiteIndex {
  cached ??= indexKb(readSiteKb(kbDir()));
  return cached;
}

export function loadKb(): Kb {
  return loadSite().kb;
}
