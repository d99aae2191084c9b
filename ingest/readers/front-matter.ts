import type { DeclaredMeta } from '../../src/model/types.ts';

/** YAML-ish front matter (`key: value` lines) declares metadata and overrides detection. */
export function splitFrontMatter(content: string): { body: string; meta?: DeclaredMeta } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(content);
  if (!match) return { body: content };
  const meta: DeclaredMeta = {};
  for (const line of match[1].split(/\r?\n/)) {
    const kv = /^(title|vendor|product|language|date|version):\s*(.*?)\s*$/.exec(line);
    if (kv) meta[kv[1] as keyof DeclaredMeta] = kv[2].replace(/^["']|["']$/g, '');
  }
  // Keep offsets into the whole file: the body is blanked, not cut, so positions stay right.
  const body = content.slice(0, match[0].length).replace(/[^\n]/g, ' ') + content.slice(match[0].length);
  return { body, meta };
}
