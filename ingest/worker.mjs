// Worker entry for the reading pool (ingest/pool.ts). Plain JavaScript so Node can start it
// without a loader; tsx's ESM hooks are registered here, then the TypeScript readers load.
import { register } from 'tsx/esm/api';

register();
// tsx turns on source-map support; with it Node parses every loaded module's map eagerly, and
// pdf.js ships 7.5 MB of maps: ~180 MB of heap and a few hundred ms per worker, for stack traces
// a one-line reason never shows (bench/README.md, ingest section).
process.setSourceMapsEnabled(false);

const { readFile } = await import('./read.ts');

/**
 * One file per task. ReadError reasons come back as data (`error`), so a bad file is a result,
 * not a crash; anything else is reported as an unexpected error for that file alone.
 */
export default async function readTask({ file, limits }) {
  try {
    return { result: await readFile(file, limits) };
  } catch (error) {
    if (error && error.name === 'ReadError') return { error: error.message };
    return { error: `unexpected error while reading (${String(error?.message ?? error).split('\n')[0]})` };
  }
}
