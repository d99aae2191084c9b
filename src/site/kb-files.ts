/**
 * Files the site serves straight from the KB, written into dist/ after the pages instead of one
 * Astro route per file: the search index folder (~1.1 files per document) as it is, and the
 * TMX / XLIFF downloads of each stored alignment (three per translation pair). As routes they were
 * most of a large site's pages; as files they cost a copy. Node only (astro.config.mjs).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Alignment } from '../align/types.ts';
import type { DocumentPairs } from '../kb/pairs.ts';
import { exportAlignment, type ExportFormat } from './align-export.ts';
import { pairKey } from './paths.ts';

/** URL extension -> exporter, as linked from the alignment pages. */
export const ALIGNMENT_EXPORTS: Record<string, ExportFormat> = { tmx: 'tmx', xliff: 'xliff', xlf: 'xliff12' };

export const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  tmx: 'application/x-tmx+xml',
  xliff: 'application/xliff+xml',
  xlf: 'application/x-xliff+xml',
};

/** The stored alignments of the KB's translation pairs, keyed `source--target`, one at a time. */
function* storedAlignments(kbDir: string): Generator<[string, Alignment]> {
  const pairsFile = path.join(kbDir, 'pairs.json');
  if (!existsSync(pairsFile)) return;
  const pairs = JSON.parse(readFileSync(pairsFile, 'utf8')) as DocumentPairs;
  for (const p of pairs.translations) {
    const key = pairKey(p.source, p.target);
    const file = path.join(kbDir, 'alignments', `${key}.json`);
    if (existsSync(file)) yield [key, JSON.parse(readFileSync(file, 'utf8')) as Alignment];
  }
}

/** Writes `search/` and `alignment/<pair>.{tmx,xliff,xlf}` of the KB at `kbDir` into `outDir`. */
export function writeKbFiles(kbDir: string, outDir: string): { search: boolean; alignments: number } {
  const search = path.join(kbDir, 'search');
  const hasSearch = existsSync(search);
  if (hasSearch) cpSync(search, path.join(outDir, 'search'), { recursive: true });
  let alignments = 0;
  for (const [key, alignment] of storedAlignments(kbDir)) {
    mkdirSync(path.join(outDir, 'alignment'), { recursive: true });
    for (const [ext, format] of Object.entries(ALIGNMENT_EXPORTS)) writeFileSync(path.join(outDir, 'alignment', `${key}.${ext}`), exportAlignment(format, alignment));
    alignments++;
  }
  return { search: hasSearch, alignments };
}

/** The body of `/search/<file>` or `/alignment/<pair>.<ext>` for the dev server, or undefined. */
export function kbFileAt(kbDir: string, urlPath: string): { body: string; type: string } | undefined {
  const search = /^\/search\/([\w.-]+\.json)$/.exec(urlPath);
  if (search) {
    const file = path.join(kbDir, 'search', search[1]!);
    return existsSync(file) ? { body: readFileSync(file, 'utf8'), type: CONTENT_TYPES.json! } : undefined;
  }
  const exp = /^\/alignment\/([\w.-]+--[\w.-]+)\.(tmx|xliff|xlf)$/.exec(urlPath);
  const file = exp && path.join(kbDir, 'alignments', `${exp[1]}.json`);
  if (!exp || !file || !existsSync(file)) return undefined;
  return { body: exportAlignment(ALIGNMENT_EXPORTS[exp[2]!]!, JSON.parse(readFileSync(file, 'utf8')) as Alignment), type: CONTENT_TYPES[exp[2]!]! };
}
