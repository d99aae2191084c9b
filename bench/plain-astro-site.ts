/**
 * The baseline of bench/site-build.ts: a plain Astro 5 site over the same documents, the way a
 * docs site would be made: one markdown file per document in a content collection (glob loader),
 * one page per entry rendered by Astro's markdown pipeline, one index page listing them, and a
 * cache folder of its own (`.cache`, so our site's cache never makes it warm).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SeckbDocument } from '../src/model/types.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', cacheDir: './.cache', build: { format: 'directory' }, devToolbar: { enabled: false } });
`;

const COLLECTIONS = `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/docs' }), schema: z.object({ title: z.string(), lang: z.string() }) }),
};
`;

const DOC_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('docs')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang={entry.data.lang}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

const INDEX_PAGE = `---
import { getCollection } from 'astro:content';
const docs = await getCollection('docs');
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Documents</title></head>
  <body><main><h1>Documents</h1><ul>{docs.map((d) => <li><a href={\`/\${d.id}/\`}>{d.data.title}</a></li>)}</ul></main></body>
</html>
`;

/** A document as markdown: its text, each section heading as an h2. */
export function documentMarkdown(doc: SeckbDocument): string {
  const sections = [...doc.sections].sort((a, b) => a.start - b.start);
  const preamble = doc.text.slice(0, sections[0]?.start ?? doc.text.length).trim();
  const body = sections.map((s) => {
    const text = doc.text.slice(s.start, s.end);
    const rest = text.startsWith(s.heading) ? text.slice(s.heading.length) : text;
    return `## ${s.heading.replace(/\s+/g, ' ')}\n\n${rest.trim()}`;
  });
  const front = `---\ntitle: ${JSON.stringify(doc.title)}\nlang: ${JSON.stringify(doc.language)}\n---\n\n`;
  return `${front}${[preamble, ...body].filter(Boolean).join('\n\n')}\n`;
}

/** Writes the plain site's project into `dir` from the KB's documents (node_modules is linked by the caller). */
export function writePlainSite(dir: string, kbDir: string): void {
  const docsDir = path.join(dir, 'src/content/docs');
  mkdirSync(docsDir, { recursive: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "plain-astro-baseline", "private": true, "type": "module" }\n');
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(dir, 'src/content.config.ts'), COLLECTIONS);
  writeFileSync(path.join(dir, 'src/pages/[id].astro'), DOC_PAGE);
  writeFileSync(path.join(dir, 'src/pages/index.astro'), INDEX_PAGE);
  const manifest = JSON.parse(readFileSync(path.join(kbDir, 'manifest.json'), 'utf8')) as { documents: Array<{ id: string; status: string }> };
  for (const entry of manifest.documents.filter((d) => d.status === 'ok')) {
    const doc = JSON.parse(readFileSync(path.join(kbDir, 'documents', `${entry.id}.json`), 'utf8')) as SeckbDocument;
    writeFileSync(path.join(docsDir, `${doc.id}.md`), documentMarkdown(doc));
  }
}
