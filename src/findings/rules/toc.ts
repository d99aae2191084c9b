/**
 * The table of contents and how it lines up with the headings, shared by toc-missing-heading,
 * toc-missing-entry and toc-renumbered. Entries come from `toc-entry` blocks when the model
 * marked them; otherwise from the lines after a "Contents"/"Spis treści" line, or from a leading
 * run of heading-like lines that recur later (a TOC pasted as plain lines).
 */
import type { SeckbDocument } from '../../model/types.ts';
import { alternation, figureListHeadings, tocHeadings } from './structure-data.ts';
import { columnRow, headingNumber, linesOf, normalizeHeading, stripPageSuffix, tokenOverlap, trimRange } from './text-utils.ts';

export interface TocItem {
  start: number;
  end: number;
  text: string;
  norm: string;
  number?: string;
  level: number;
}

export interface TocAnalysis {
  entries: TocItem[];
  headings: TocItem[];
  /** entry index -> heading index */
  matches: Map<number, number>;
  /** Heading levels most of whose headings are listed (only those can miss an entry). */
  coveredLevels: Set<number>;
}

const TOC_TITLE = new RegExp(`^\\s*(?:${alternation(tocHeadings)})\\s*:?\\s*$`, 'iu');
/** The title of a list of figures or tables after the contents ("List of Figures", "Spis tabel"): the contents end there. */
const FIGURE_LIST_TITLE = new RegExp(`^\\s*(?:${alternation(figureListHeadings)})\\s*:?\\s*$`, 'iu');
/** A level counts as covered when at least this share of its headings has an entry. */
const COVERAGE = 0.75;
const cache = new WeakMap<SeckbDocument, TocAnalysis | undefined>();

function item(doc: SeckbDocument, start: number, end: number, level?: number): TocItem | undefined {
  [start, end] = trimRange(doc.text, start, end);
  // The excerpt is the title without its page number or dot leaders.
  const bare = stripPageSuffix(doc.text.slice(start, end));
  if (bare.trim()) end = start + bare.length;
  const text = doc.text.slice(start, end);
  const norm = normalizeHeading(text);
  if (!norm) return undefined;
  const number = headingNumber(text);
  return { start, end, text, norm, number, level: level ?? (number ? number.split('.').length : 1) };
}

function headingLikeLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 120) return false;
  if (/[,;!?]$/u.test(t)) return false;
  if (/[.]$/u.test(t) && !/\.\s*\d{1,3}$/u.test(t) && !/^\d+(\.\d+)*\.$/u.test(t)) return false;
  return t.split(/\s+/u).length <= 14;
}

/** TOC lines as the model marked them, or found here in the plain text. */
function findEntries(doc: SeckbDocument): TocItem[] {
  const marked = doc.blocks.filter((b) => b.type === 'toc-entry');
  if (marked.length > 0) {
    return marked.flatMap((b) => linesOf(doc.text, b.start, b.end).map((l) => item(doc, l.start, l.end))).filter((e): e is TocItem => !!e);
  }
  const lines = linesOf(doc.text).filter((l) => l.text.trim() !== '');
  const title = lines.findIndex((l) => TOC_TITLE.test(l.text));
  if (title !== -1) {
    const run: TocItem[] = [];
    for (const l of lines.slice(title + 1)) {
      if (!headingLikeLine(l.text) || FIGURE_LIST_TITLE.test(l.text)) break;
      const e = item(doc, l.start, l.end);
      if (!e) break;
      if (run.length > 0 && e.norm === run[0].norm) break; // the body starts repeating the list
      run.push(e);
    }
    if (run.length >= 3) return run;
  }
  // A leading run of short lines that recur later as lines of their own.
  const head = lines.slice(0, 200);
  const start = head.findIndex((l) => headingLikeLine(l.text));
  if (start === -1 || start > 3) return [];
  const run: TocItem[] = [];
  for (const l of head.slice(start)) {
    if (!headingLikeLine(l.text)) break;
    const e = item(doc, l.start, l.end);
    if (!e) break;
    if (run.length > 0 && e.norm === run[0].norm) break;
    run.push(e);
  }
  if (run.length < 4) return [];
  const end = run[run.length - 1].end;
  const later = new Set(lines.filter((l) => l.start > end).map((l) => normalizeHeading(l.text)));
  const recurring = run.filter((e) => later.has(e.norm)).length;
  return recurring / run.length >= 0.6 ? run : [];
}

/** Headings after the TOC, and the standalone lines that could stand for unstyled headings. */
function findHeadings(doc: SeckbDocument, after: number): TocItem[] {
  const out: TocItem[] = [];
  // The first heading block at each start, looked up per section (a long document has thousands).
  const headingAt = new Map<number, (typeof doc.blocks)[number]>();
  for (const b of doc.blocks) if (b.type === 'heading' && !headingAt.has(b.start)) headingAt.set(b.start, b);
  for (const s of doc.sections) {
    if (s.start < after) continue;
    const block = headingAt.get(s.start);
    const lineEnd = doc.text.indexOf('\n', s.start);
    const end = block?.end ?? (lineEnd === -1 ? doc.text.length : lineEnd);
    // A row of a fixed-width table the model took for a numbered heading ("4    2 days    next release").
    if (columnRow(doc.text.slice(s.start, end))) continue;
    // The list of figures or tables is front matter, not a section the contents should name.
    if (FIGURE_LIST_TITLE.test(doc.text.slice(s.start, end))) continue;
    const number = s.number ?? headingNumber(s.heading);
    const h = item(doc, s.start, end, number ? number.split('.').length : s.level);
    if (h) out.push({ ...h, number: number ?? h.number });
  }
  return out;
}

function match(entries: TocItem[], headings: TocItem[]): Map<number, number> {
  const matches = new Map<number, number>();
  const used = new Set<number>();
  let cursor = 0;
  // Prefer the first fitting heading after the previous match, then any unused one, looked up
  // by index (listing every heading again for each entry made a long document's contents quadratic).
  const pick = (i: number, candidates: Iterable<number>, ok: (h: TocItem) => boolean): void => {
    let found: number | undefined;
    let wrapped: number | undefined;
    for (const k of candidates) {
      if (used.has(k) || !ok(headings[k])) continue;
      if (k >= cursor) {
        found = k;
        break;
      }
      wrapped ??= k;
    }
    found ??= wrapped;
    if (found === undefined) return;
    matches.set(i, found);
    used.add(found);
    cursor = found + 1;
  };
  // Exact titles: only the headings of that title are candidates.
  const byNorm = new Map<string, number[]>();
  headings.forEach((h, k) => {
    const same = byNorm.get(h.norm);
    if (same) same.push(k);
    else byNorm.set(h.norm, [k]);
  });
  entries.forEach((e, i) => pick(i, byNorm.get(e.norm) ?? [], () => true));
  entries.forEach((e, i) => {
    if (!matches.has(i)) pick(i, headings.keys(), (h) => tokenOverlap(h.norm, e.norm) >= 0.75 || (!!e.number && e.number === h.number && tokenOverlap(h.norm, e.norm) >= 0.5));
  });
  return matches;
}

/** Share of matched entries whose heading number must agree with their place in the list. */
const LIST_NUMBERING_AGREEMENT = 2 / 3;

/**
 * A TOC written as a numbered list loses its numbers to the list ("7. Continuity" reads as an
 * item "Continuity"; a reader may keep some as lines of their own, "4. Access"): the n-th entry
 * takes number n + k, k being what the entries that kept their number and the matched headings
 * mostly say (a list may start at any number), so a renumbered heading still shows.
 */
function numberListEntries(doc: SeckbDocument, entries: TocItem[], headings: TocItem[], matches: Map<number, number>): void {
  const items = doc.blocks.filter((b) => b.ordered && b.type === 'list-item');
  const listed = entries.map((e) => !e.number && items.some((b) => b.start <= e.start && e.start < b.end));
  if (!listed.some(Boolean)) return;
  const votes = new Map<number, number>();
  const vote = (n: string | undefined, i: number) => {
    if (n && /^\d+$/u.test(n)) votes.set(parseInt(n, 10) - i, (votes.get(parseInt(n, 10) - i) ?? 0) + 1);
  };
  entries.forEach((e, i) => (listed[i] ? vote(headings[matches.get(i) ?? -1]?.number, i) : vote(e.number, i)));
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  const [offset, agree] = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  if (agree < 3 || agree < total * LIST_NUMBERING_AGREEMENT) return;
  // A list numbers one level: an entry matched to a sub-section ("2.1") keeps no number.
  entries.forEach((e, i) => {
    if (listed[i] && !headings[matches.get(i) ?? -1]?.number?.includes('.')) e.number = String(i + offset);
  });
}

/** The TOC of a document and its matching, or undefined when it has no TOC. */
export function analyzeToc(doc: SeckbDocument): TocAnalysis | undefined {
  if (cache.has(doc)) return cache.get(doc);
  let result: TocAnalysis | undefined;
  const entries = findEntries(doc);
  if (entries.length >= 3) {
    const after = entries[entries.length - 1].end;
    const headings = findHeadings(doc, after);
    const matches = match(entries, headings);
    numberListEntries(doc, entries, headings, matches);
    const matchedHeadings = new Set(matches.values());
    const byLevel = new Map<number, { all: number; listed: number }>();
    headings.forEach((h, k) => {
      const s = byLevel.get(h.level) ?? { all: 0, listed: 0 };
      s.all++;
      if (matchedHeadings.has(k)) s.listed++;
      byLevel.set(h.level, s);
    });
    const coveredLevels = new Set([...byLevel].filter(([, s]) => s.listed >= 2 && s.listed / s.all >= COVERAGE).map(([l]) => l));
    result = { entries, headings, matches, coveredLevels };
  }
  cache.set(doc, result);
  return result;
}

/**
 * The entries among `entries` that some short line from `after` on equals: unstyled headings the
 * model did not see. One pass over the lines, which stops once every entry is found (each entry
 * read every line again: a long document with a few missing entries was entries x lines).
 */
export function entriesWithLines(doc: SeckbDocument, entries: readonly TocItem[], after: number): Set<TocItem> {
  const wanted = new Map<string, TocItem[]>();
  for (const e of entries) {
    const same = wanted.get(e.norm);
    if (same) same.push(e);
    else wanted.set(e.norm, [e]);
  }
  const found = new Set<TocItem>();
  for (let start = after; start <= doc.text.length && wanted.size > 0; ) {
    const nl = doc.text.indexOf('\n', start);
    const end = nl === -1 ? doc.text.length : nl;
    if (end - start < 150) {
      const norm = normalizeHeading(doc.text.slice(start, end));
      for (const e of wanted.get(norm) ?? []) found.add(e);
      wanted.delete(norm);
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return found;
}
