/**
 * Terms of rule data as regular expressions. A term is a regex source matched at a word start,
 * so a stem ("szyfrow") matches every inflected form; a trailing `$` means the word ends there.
 * Term lists compile narrowed (src/regex/narrowed.ts): per text, only the terms it can match.
 */
import { narrowedRegExp, termList } from '../regex/narrowed.ts';
export interface Hit {
  start: number;
  end: number;
  /** The table key the hit stands for (provider id, country code...), or the matched text. */
  key: string;
}

export const START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** One term to a regex source: a trailing `$` becomes a word end. */
export function termSource(term: string): string {
  // A space in a term is any run of white space: plain-text exports break lines mid-phrase
  // ("kopiach\nzapasowych"). Spaces inside [...] stay as they are.
  const t = term.replace(/ (?![^[]*\])(?=[?*+{])/g, '\\s').replace(/ (?![^[]*\])(?![?*+{])/g, '\\s+');
  return t.endsWith('$') && !t.endsWith('\\$') ? `${t.slice(0, -1)}${WORD_END}` : t;
}

/** Alternation of terms, each anchored at a word start. */
export function alternation(terms: string[]): string {
  return terms.length === 0 ? '(?!)' : `(?:${terms.map(termSource).join('|')})`;
}

export function compileTerms(terms: string[], flags = 'giu'): RegExp {
  if (terms.length === 0) return /(?!)/gu;
  return narrowedRegExp([START, termList(terms.map(termSource))], flags);
}

/** All hits of a global regex, as [start, end). */
export function allHits(re: RegExp, text: string, key = ''): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, key: key || m[0] });
  }
  return out;
}

/**
 * A keyed table (provider -> patterns, ...) compiled to one regex per key, on first use: there
 * are hundreds (a table per cloud provider's regions), each Unicode case-insensitive regex costs
 * about a millisecond to build, and a process that loads this module may never search them
 * (the ingest main thread; a document naming one provider).
 */
export class Table {
  private compiled: Array<[string, RegExp]> | undefined;
  constructor(
    private readonly table: Record<string, string[]>,
    private readonly flags = 'giu',
    private readonly end = '',
  ) {}
  private get entries(): Array<[string, RegExp]> {
    return (this.compiled ??= Object.entries(this.table).map(([key, terms]) => [
      key,
      terms.length === 0 ? new RegExp(`${START}(?!)${this.end}`, this.flags) : narrowedRegExp([START, termList(terms.map(termSource)), this.end], this.flags),
    ]));
  }
  /** Hits of recent texts: the value extractors of many rules search one clause in a row. */
  private readonly recent = new Map<string, Hit[]>();

  /** Hits sorted by start; where hits overlap the longer one wins. */
  find(text: string): Hit[] {
    let found = this.recent.get(text);
    if (!found) {
      if (this.recent.size >= RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(text, (found = this.search(text)));
    }
    return found.map((h) => ({ ...h })); // callers own what they get
  }

  private search(text: string): Hit[] {
    const hits = this.entries.flatMap(([key, re]) => allHits(re, text, key));
    hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.key.localeCompare(b.key));
    const out: Hit[] = [];
    for (const h of hits) {
      const last = out[out.length - 1];
      if (last && h.start < last.end) continue;
      out.push(h);
    }
    return out;
  }
  keys(): string[] {
    return Object.keys(this.table);
  }
}

const RECENT_TEXTS = 16;

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
