// The seckb site: static HTML; one integration copies the KB's search files and alignment
// exports into dist/ (src/site/kb-files.ts). Scripts and styles are always external files so
// the strict Content-Security-Policy (script-src 'self'; style-src 'self') holds.
import { defineConfig } from 'astro/config';
import { kbFiles } from './src/site/integration.ts';

export default defineConfig({
  output: 'static',
  outDir: process.env.SECKB_SITE_OUT ?? './dist',
  // bench/site-build.ts gives each build a cold cache of its own.
  cacheDir: process.env.SECKB_ASTRO_CACHE ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [kbFiles()],
  vite: {
    // No gzip size report: the build is not published from here, and it gzips every chunk (seconds of a test's set-up).
    build: { assetsInlineLimit: 0, reportCompressedSize: false },
  },
});
