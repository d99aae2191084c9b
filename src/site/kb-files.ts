/**
 * Files the site serves straight from the KB, written into dist/ after the pages instead of one
 * Astro route per file: the search index folder (~1.1 files per document; its passage files with
 * offsets instead of text, its term files packed), and each stored alignment once, as compact JSON of offsets
 * (site-alignment.ts): the alignment page of either UI language renders its rows from it and the
 * two document pages, and makes the TMX / XLIFF downloads in the browser (src/site/client/alignment.ts),
 * so a pair's text is stored nowhere but in its documents' pages. Each stored gzip-compressed
 * (`<name>.json.gz`, data-file.ts). Node only (astro.config.mjs).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Alignment } from '../align/types.ts';
import { siteAlignment } from './site-alignment.ts';
import type { DocumentPairs } from '../kb/pairs.ts';
import { pairKey } from './paths.ts';
import { siteSearchFile } from '../search/site-passages.ts';
import { DATA_SUFFIX, packData } from './data-file.ts';

const GZIP_TYPE = 'application/gzip';

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

/** A search file as the site serves it: passages as offsets into the document pages, postings packed (search/site-passages.ts). */
const searchFile = (file: string): string => siteSearchFile(path.basename(file), readFileSync(file, 'utf8'));

/** Writes `search/` and `alignment/<pair>.json` of the KB at `kbDir` into `outDir`, each file gzip-compressed (`.json.gz`, data-file.ts). */
export function writeKbFiles(kbDir: string, outDir: string): { search: boolean; alignments: number } {
  const search = path.join(kbDir, 'search');
  const hasSearch = existsSync(search);
  if (hasSearch) {
    mkdirSync(path.join(outDir, 'search'), { recursive: true });
    for (const name of readdirSync(search)) writeFileSync(path.join(outDir, 'search', name + DATA_SUFFIX), packData(searchFile(path.join(search, name))));
  }
  let alignments = 0;
  for (const [key, file] of storedAlignments(kbDir)) {
    mkdirSync(path.join(outDir, 'alignment'), { recursive: true });
    writeFileSync(path.join(outDir, 'alignment', `${key}.json${DATA_SUFFIX}`), packData(alignmentFile(file)));
    alignments++;
  }
  return { search: hasSearch, alignments };
}

/** The body of `/search/<file>.gz` or `/alignment/<pair>.json.gz` for the dev server, or undefined. */
export function kbFileAt(kbDir: string, urlPath: string): { body: Uint8Array; type: string } | undefined {
  const search = /^\/search\/([\w.-]+\.json)\.gz$/.exec(urlPath);
  if (search) {
    const file = path.join(kbDir, 'search', search[1]!);
    return existsSync(file) ? { body: packData(searchFile(file)), type: GZIP_TYPE } : undefined;
  }
  const pair = /^\/alignment\/([\w.-]+--[\w.-]+)\.json\.gz$/.exec(urlPath);
  const file = pair && path.join(kbDir, 'alignments', `${pair[1]}.json`);
  return file && existsSync(file) ? { body: packData(alignmentFile(file)), type: GZIP_TYPE } : undefined;
}
