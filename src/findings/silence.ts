/**
 * Silencing, as linters do: a list of finding ids or rule ids (the CLI reads it from a sidecar
 * `<file>.seckb-ignore`), and inline markers in a markdown source, which the md reader drops
 * from the text, so they are read from the raw source:
 *
 *   <!-- seckb-disable placeholder-link -->   ... <!-- seckb-enable placeholder-link -->
 *   <!-- seckb-disable-next-line repeated-word -->
 *
 * A marker without ids silences every rule. Ids may be rule ids, kinds or finding ids.
 */
import type { Finding } from './types.ts';

export interface LineSilence {
  /** Empty = every rule. */
  ids: string[];
  /** 1-based, inclusive. */
  from: number;
  to: number;
}

const MARKER = /<!--\s*seckb-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

function ids(list: string): string[] {
  return list.split(/[\s,]+/).filter(Boolean);
}

/** `# comment` lines and blanks skipped: `parseIgnoreList("# ok\nrepeated-word\n")` -> ["repeated-word"]. */
export function parseIgnoreList(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** The line ranges silenced by inline markers in a source file. */
export function inlineSilences(source: string): LineSilence[] {
  const lines = source.split(/\r?\n/);
  const out: LineSilence[] = [];
  const open = new Map<string, number>();
  lines.forEach((text, i) => {
    const line = i + 1;
    for (const m of text.matchAll(MARKER)) {
      const list = ids(m[2]);
      const key = list.join(' ');
      if (m[1] === 'disable-next-line') {
        // The next line with text: a blank line usually follows an HTML comment in markdown.
        let next = i + 1;
        while (next < lines.length && lines[next].trim() === '') next++;
        out.push({ ids: list, from: next + 1, to: next + 1 });
      } else if (m[1] === 'disable') {
        if (!open.has(key)) open.set(key, line);
      } else {
        const from = open.get(key);
        if (from !== undefined) {
          out.push({ ids: list, from, to: line });
          open.delete(key);
        }
      }
    }
  });
  for (const [key, from] of open) out.push({ ids: ids(key), from, to: Number.MAX_SAFE_INTEGER });
  return out;
}

function named(f: Finding, list: readonly string[]): boolean {
  return list.includes(f.rule) || list.includes(f.kind) || list.includes(f.id);
}

/** Drops the findings a list of ids or the inline ranges silence (findings without a line only by list). */
export function applySilences(findings: readonly Finding[], silenced: readonly string[] = [], inline: readonly LineSilence[] = []): Finding[] {
  return findings.filter((f) => {
    if (named(f, silenced)) return false;
    if (f.line === undefined) return true;
    return !inline.some((r) => f.line! >= r.from && f.line! <= r.to && (r.ids.length === 0 || named(f, r.ids)));
  });
}
