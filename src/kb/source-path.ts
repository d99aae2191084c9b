/**
 * The source path a KB records for a file. A relative SOURCE is kept as given; under an absolute
 * SOURCE the path starts at that folder's name (or is the file's name), so a published KB or site
 * never shows the folders of the machine that built it (`/home/<user>/clients/...`).
 */
import path from 'node:path';

export interface SourcePaths {
  /** "/home/u/clients/acme/docs/a.md" given SOURCE "/home/u/clients/acme/docs" -> "docs/a.md". */
  shown(file: string): string;
  /** A message with every such absolute prefix taken out (reasons that quote a path). */
  scrub(text: string): string;
}

export function sourcePaths(sources: string[]): SourcePaths {
  const prefixes = sources
    .map((s) => s.split(path.sep).join('/').replace(/\/+$/, ''))
    .filter((s) => s.startsWith('/') && s.length > 1)
    .map((s) => s.slice(0, s.lastIndexOf('/') + 1))
    .sort((a, b) => b.length - a.length);
  return {
    shown(file) {
      const prefix = prefixes.find((p) => file.startsWith(p));
      return prefix && file.length > prefix.length ? file.slice(prefix.length) : file;
    },
    scrub(text) {
      return prefixes.filter((p) => p.length > 1).reduce((t, p) => t.split(p).join(''), text);
    },
  };
}
