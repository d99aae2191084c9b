/**
 * Which index files a query reads: the manifest check, the loader over a file map or a fetch, and
 * the term files that can hold a lookup (the dictionary lists each term file's first term).
 */
import { MANIFEST_FILE, MAX_EXPANSION_SHARDS, SEARCH_INDEX_VERSION } from './options.ts';
import type { Lookup } from './plan.ts';
import type { SearchManifest } from './types.ts';

export type SearchLoader = (file: string) => string | Promise<string>;
export type SearchSource = Record<string, string> | SearchLoader;

export class SearchIndexError extends Error {}

export function toLoader(source: SearchSource): SearchLoader {
  if (typeof source === 'function') return source;
  return (file) => {
    const content = source[file];
    if (content === undefined) throw new SearchIndexError(`search index file missing: ${file}`);
    return content;
  };
}

export function parseManifest(json: string): SearchManifest {
  let manifest: SearchManifest;
  try {
    manifest = JSON.parse(json) as SearchManifest;
  } catch {
    throw new SearchIndexError(`${MANIFEST_FILE} is not valid JSON: rebuild the index`);
  }
  if (manifest.version !== SEARCH_INDEX_VERSION) {
    throw new SearchIndexError(
      `${MANIFEST_FILE} has index version ${String(manifest.version)}, this seckb reads version ${SEARCH_INDEX_VERSION}: rebuild the index`,
    );
  }
  return manifest;
}

/** Index of the last element <= key in a sorted list (0 when key sorts first). */
export function floorIndex(sorted: ArrayLike<string | number>, key: string | number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);

/**
 * Term files that can hold what a lookup matches: the term's own file; for a prefix, the files
 * of terms starting with it; for a fuzzy term, those sharing its first three letters (typos at
 * the start of a word are rare). Capped at MAX_EXPANSION_SHARDS around the term.
 */
export function termShardsFor(firstTerms: string[], lookup: Lookup): number[] {
  const own = floorIndex(firstTerms, lookup.term);
  if (!lookup.prefix && !lookup.fuzzy) return [own];
  const stem = lookup.prefix ? lookup.term : lookup.term.slice(0, 3);
  const a = floorIndex(firstTerms, stem);
  const b = floorIndex(firstTerms, `${stem}\uffff`);
  if (b - a + 1 <= MAX_EXPANSION_SHARDS) return range(a, b);
  return lookup.prefix ? range(own, Math.min(b, own + MAX_EXPANSION_SHARDS - 1)) : range(Math.max(a, own - 1), Math.min(b, own + 1));
}
