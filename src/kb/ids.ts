/** Document ids: the file name as a slug, made unique in sorted path order ("acme-security", "acme-security-2"). */
import { slugify } from '../model/ids.ts';

export function assignDocumentIds(sources: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const source of [...sources].sort()) {
    const base = slugify(source.split('/').pop()!.replace(/\.[^.]+$/, '')) || 'document';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(source, id);
  }
  return ids;
}
