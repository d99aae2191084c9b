/**
 * Files the site serves straight from the KB, written into dist/ after the pages instead of one
 * Astro route per file: the search index folder (~1.1 files per document) as it is, and each
 * stored alignment once, as compact JSON: the alignment page of either UI language renders its
 * rows from it and makes the TMX / XLIFF downloads from it in the browser
 * (src/site/client/alignment.ts), so no pair's text is stored five times. Node only (astro.config.mjs).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AlignedPair, Alignment } from '../align/types.ts';
import type { DocumentPairs } from '../kb/pairs.ts';
import { pairKey } from './paths.ts';

const JSON_TYPE = 'application/json';

/**
 * A stored alignment as the site serves it, on one line: what the page and the exporters read
 * (each pair's two texts, score, flags and drift item; the documents; the drift items), without
 * the offsets and section headings every pair carries in the KB (over a third of the file).
 */
export function siteAlignment(a: Alignment): SiteAlignment {
  return {
    source: a.source,
    target: a.target,
    pairs: a.pairs.map((p) => ({ source: { text: p.source.text }, target: { text: p.target.text }, score: p.score, flags: p.flags, ...(p.drift ? { drift: p.drift } : {}) })),
    ...(a.drift ? { drift: a.drift } : {}),
  };
}

export interface SiteAlignment extends Omit<Alignment, 'pairs'> {
  pairs: Array<Pick<AlignedPair, 'score' | 'flags' | 'drift'> & { source: { text: string }; target: { text: string } }>;
}

const alignmentFile = (file: string): string => JSON.stringify(siteAlignment(JSON.parse(readFileSync(file, 'utf8')) as Alignment));

/** The KB's stored alignment files of its translation pairs, keyed `source--target`. */
function* storedAlignments(kbDir: string): Generator<[string, string]> {
  const pairsFile = path.join(kbDir, 'pairs.json');
  if (!existsSync(pairsFile)) return;
  const pairs = JSON.parse(readFileSync(pairsFile, 'utf8')) as DocumentPairs;
  for (const p of pairs.translations) {
    const key = pairKey(p.source, p.target);
    const file = path.join(kbDir, 'alignments', `${key}.json`);
    if (existsSync(file)) yield [key, file];
  }
}

/** Writes `search/` and `alignment/<pair>.json` of the KB at `kbDir` into `outDir`. */
export function writeKbFiles(kbDir: string, outDir: string): { search: boolean; alignments: number } {
  const search = path.join(kbDir, 'search');
  const hasSearch = existsSync(search);
  if (hasSearch) cpSync(search, path.join(outDir, 'search'), { recursive: true });
  let alignments = 0;
  for (const [key, file] of storedAlignments(kbDir)) {
    mkdirSync(path.join(outDir, 'alignment'), { recursive: true });
    writeFileSync(path.join(outDir, 'alignment', `${key}.json`), alignmentFile(file));
    alignments++;
  }
  return { search: hasSearch, alignments };
}

/** The body of `/search/<file>` or `/alignment/<pair>.json` for the dev server, or undefined. */
export function kbFileAt(kbDir: string, urlPath: string): { body: string; type: string } | undefined {
  const search = /^\/search\/([\w.-]+\.json)$/.exec(urlPath);
  if (search) {
    const file = path.join(kbDir, 'search', search[1]!);
    return existsSync(file) ? { body: readFileSync(file, 'utf8'), type: JSON_TYPE } : undefined;
  }
  const pair = /^\/alignment\/([\w.-]+--[\w.-]+)\.json$/.exec(urlPath);
  const file = pair && path.join(kbDir, 'alignments', `${pair[1]}.json`);
  return file && existsSync(file) ? { body: alignmentFile(file), type: JSON_TYPE } : undefined;
}
