// Child process entry for the pool (ingest/pool.ts) when running from the TypeScript sources:
// plain JavaScript so Node can start it without a loader; tsx's ESM hooks are registered here,
// then the TypeScript pipeline loads. From lib/ (scripts/compile.mjs) the pool starts lib/worker.js.
import { register } from 'tsx/esm/api';

register();
// tsx turns on source-map support; with it Node parses every loaded module's map eagerly, and
// pdf.js ships 7.5 MB of maps: ~180 MB of heap and a few hundred ms per worker, for stack traces
// a one-line reason never shows (bench/README.md, ingest section).
process.setSourceMapsEnabled(false);

await import('./worker-entry.ts');
