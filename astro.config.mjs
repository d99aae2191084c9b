// The seckb site: static HTML; one integration copies the KB's search files and alignment
// exports into dist/ (src/site/kb-files.ts). Scripts and styles are always external files so
// the strict Content-Security-Policy (script-src 'self'; style-src 'self') holds.
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { kbFiles } from './src/site/integration.ts';

// Browser bundles get src/site/client/node-module.ts for `node:module` (the model's lazy franc).
const nodeModuleInBrowser = {
  name: 'seckb-node-module-in-browser',
  enforce: 'pre',
  resolveId(id, _importer, options) {
    if (id === 'node:module' && !options?.ssr) return fileURLToPath(new URL('./src/site/client/node-module.ts', import.meta.url));
    return undefined;
  },
};

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
    plugins: [nodeModuleInBrowser],
    build: { assetsInlineLimit: 0 },
  },
});
