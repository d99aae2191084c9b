/** Metadata an HTML page declares about itself (title, language, publisher, dates). */
import type { ElementContent, Root, RootContent } from 'hast';
import type { DeclaredMeta } from '../../src/model/types.ts';

/** Declared metadata: `<title>`, `<html lang>`, and the usual `<meta name=...>` fields. */
export function readMeta(tree: Root): DeclaredMeta | undefined {
  const meta: DeclaredMeta = {};
  const names: Record<string, keyof DeclaredMeta> = {
    'og:title': 'title', 'dc.title': 'title', 'dcterms.title': 'title',
    'og:site_name': 'vendor', publisher: 'vendor', 'dc.publisher': 'vendor', 'dcterms.publisher': 'vendor',
    product: 'product', version: 'version',
    date: 'date', 'dc.date': 'date', 'dcterms.date': 'date', 'dcterms.modified': 'date', 'article:modified_time': 'date', 'last-modified': 'date',
    language: 'language', 'dc.language': 'language', 'content-language': 'language',
  };
  const visit = (nodes: Array<RootContent | ElementContent>): void => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      if (n.tagName === 'html' && typeof n.properties?.lang === 'string' && n.properties.lang) {
        meta.language ??= n.properties.lang.split('-')[0].toLowerCase();
      }
      if (n.tagName === 'title') {
        const t = n.children.map((c) => (c.type === 'text' ? c.value : '')).join('').replace(/\s+/g, ' ').trim();
        if (t) meta.title ??= t;
      } else if (n.tagName === 'meta') {
        const key = String(n.properties?.name ?? n.properties?.property ?? n.properties?.httpEquiv ?? '').toLowerCase();
        const content = String(n.properties?.content ?? '').trim();
        const field = names[key];
        if (field && content) {
          const value = field === 'language' ? content.split(/[-,;\s]/)[0].toLowerCase() : content;
          if (meta[field] === undefined) meta[field] = value;
        }
      }
      visit(n.children);
    }
  };
  visit(tree.children);
  return Object.keys(meta).length > 0 ? meta : undefined;
}
