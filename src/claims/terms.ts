/**
 * Terms of rule data as regular expressions. A term is a regex source matched at a word start,
 * so a stem ("szyfrow") matches every inflected form; a trailing `$` means the word ends there.
 * Term lists compile narrowed (src/regex/narrowed.ts): per text, only the terms it can match.
 */
import { narrowedRegExp, termList, type TermList } from '../regex/narrowed.ts';
import { scanText } from '../regex/registry.ts';
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
  private compiled: Entry[] | undefined;
  /** Entries by their term list's first term number, ascending; and the entries that always run. */
  private byBase: Entry[] = [];
  private always: Entry[] = [];
  constructor(
    private readonly table: Record<string, string[]>,
    private readonly flags = 'giu',
    private readonly end = '',
  ) {}
  private get entries(): Entry[] {
    if (this.compiled) return this.compiled;
    this.compiled = [];
    for (const [key, terms] of Object.entries(this.table)) {
      if (terms.length === 0) continue; // matches nothing
      const list = termList(terms.map(termSource));
      this.compiled.push({ index: this.compiled.length, key, re: narrowedRegExp([START, list, this.end], this.flags), list });
    }
    this.byBase = [...this.compiled].sort((a, b) => a.list.base - b.list.base);
    this.always = this.compiled.filter((e) => e.list.always.length > 0);
    return this.compiled;
  }

  /**
   * The entries that may match in `text`: those owning a term its scan found (src/regex), and
   * those whose terms are not all known by their literals. A table has hundreds of keys (countries,
   * regions) and a text can hold a few: each key's pattern asked the scan in turn.
   */
  private candidates(text: string): Entry[] {
    const entries = this.entries;
    const found = scanText(text).terms;
    const picked = new Set<number>(this.always.map((e) => e.index));
    for (let i = 0; i < found.length; i++) {
      const term = found[i];
      let lo = 0;
      let hi = this.byBase.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.byBase[mid].list.base <= term) lo = mid + 1;
        else hi = mid;
      }
      const e = this.byBase[lo - 1];
      if (e && term < e.list.base + e.list.sources.length) picked.add(e.index);
    }
    return [...picked].sort((a, b) => a - b).map((i) => entries[i]);
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
    const hits = this.candidates(text).flatMap(({ key, re }) => allHits(re, text, key));
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

interface Entry {
  index: number;
  key: string;
  re: RegExp;
  list: TermList;
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
