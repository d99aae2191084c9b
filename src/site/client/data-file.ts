/**
 * The site's data files (search index, alignments, versions side by side) are JSON the browser
 * fetches and reads, never pages: stored gzip-compressed (`<name>.json.gz`, src/site/data-file.ts),
 * as Pagefind stores its index, so dist/ holds them at about a third of their size whatever the
 * server does. The browser unpacks them (DecompressionStream). A server that sends `.gz` files with
 * `Content-Encoding: gzip` has the browser unpack them first: the bytes are looked at, not the name.
 * Browser-safe.
 */

/** What the site's data files are named: `<name>.json` -> `<name>.json.gz`. */
export const DATA_SUFFIX = '.gz';

/** gzip's first two bytes; JSON text never starts with them. */
const isGzip = (b: Uint8Array): boolean => b[0] === 0x1f && b[1] === 0x8b;

/** The JSON text of a fetched data file. */
export async function dataText(res: Response): Promise<string> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (!isGzip(bytes)) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}
