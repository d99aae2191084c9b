/**
 * The baseline for the search benches: the same documents as a minimal static site (one page per
 * document, each section an `h2` with the section id + a paragraph), indexed by Pagefind's Node
 * API, and a tiny HTTP server for Chromium to fetch it from.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SeckbDocument } from '../src/model/types.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function documentPage(doc: SeckbDocument): string {
  const sections = [...doc.sections].sort((a, b) => a.start - b.start);
  const preamble = doc.text.slice(0, sections[0]?.start ?? doc.text.length).trim();
  const body = sections
    .map((s) => {
      const text = doc.text.slice(s.start, s.end);
      const rest = text.startsWith(s.heading) ? text.slice(s.heading.length) : text;
      return `<h2 id="${escape(s.id)}">${escape(s.heading)}</h2>\n<p>${escape(rest.trim())}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="${escape(doc.language)}"><head><meta charset="utf-8"><title>${escape(doc.title)}</title></head><body><main data-pagefind-body><h1>${escape(doc.title)}</h1>\n${preamble ? `<p>${escape(preamble)}</p>\n` : ''}${body}</main></body></html>`;
}

/** Writes `<out>/site/<id>.html` per document and the Pagefind bundle in `<out>/site/pagefind`. */
export async function writePagefindSite(out: string, docs: SeckbDocument[]): Promise<void> {
  mkdirSync(path.join(out, 'site'), { recursive: true });
  for (const doc of docs) writeFileSync(path.join(out, 'site', `${doc.id}.html`), documentPage(doc));
  // A blank page per language: Pagefind searches the index of the page's `lang`.
  for (const lang of ['en', 'pl', 'und']) {
    writeFileSync(path.join(out, `blank-${lang}.html`), `<!doctype html><html lang="${lang === 'und' ? '' : lang}"><head><meta charset="utf-8"></head><body></body></html>`);
  }
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('pagefind: could not create an index');
  await index.addDirectory({ path: path.join(out, 'site') });
  await index.writeFiles({ outputPath: path.join(out, 'site/pagefind') });
  await pagefind.close();
}

export function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.wasm') || file.includes('.pagefind') ? 'application/wasm' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}
