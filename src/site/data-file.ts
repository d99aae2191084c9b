/**
 * The site's data files (search index, alignments, versions side by side) as dist/ holds them:
 * gzip-compressed, `<name>.json.gz` (src/site/client/data-file.ts reads them). Build time, Node.
 */
import { gzipSync } from 'node:zlib';
import { DATA_SUFFIX } from './client/data-file.ts';

export { DATA_SUFFIX };

/**
 * A data file's bytes as the site stores them: level 9; Node's gzip header holds no time or name,
 * so the same JSON gives the same bytes. A Uint8Array of its own (a Buffer may be a view into a shared pool).
 */
export const packData = (json: string): Uint8Array => new Uint8Array(gzipSync(json, { level: 9 }));
