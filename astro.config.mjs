// The seckb site: static HTML, no integrations. Scripts and styles are always external files so
// the strict Content-Security-Policy (script-src 'self'; style-src 'self') holds.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  outDir: process.env.SECKB_SITE_OUT ?? './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
