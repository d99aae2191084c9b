/**
 * The Astro integration that puts the KB's own files into the site (src/site/kb-files.ts):
 * copied into dist/ when the build is done, served from the KB by the dev server; and short names
 * for the browser's assets.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { kbDir } from './kb.ts';
import { kbFileAt, writeKbFiles } from './kb-files.ts';

export function kbFiles(): AstroIntegration {
  return {
    name: 'seckb-kb-files',
    hooks: {
      // Short names for the browser's scripts and styles (`/_astro/<hash>.js`): every page names
      // its own, and there are thousands of pages. The server build keeps Astro's names.
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'client') return;
        const output = vite.build?.rollupOptions?.output;
        for (const o of Array.isArray(output) ? output : output ? [output] : []) {
          o.entryFileNames = '_astro/[hash].js';
          o.chunkFileNames = '_astro/[hash].js';
          o.assetFileNames = '_astro/[hash][extname]';
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const written = writeKbFiles(kbDir(), fileURLToPath(dir));
        logger.info(`search index ${written.search ? 'copied' : 'absent'}; ${written.alignments} alignment(s) exported`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = kbFileAt(kbDir(), decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
          if (!file) return next();
          res.writeHead(200, { 'Content-Type': file.type }).end(file.body);
        });
      },
    },
  };
}
