/**
 * Documents -> search units: one unit per passage of a few sentences of a section, with the
 * section heading beside it, so a hit points at a precise place (start offset in the text).
 */
import { blockAt } from '../model/block-at.ts';
import type { SeckbDocument, Section } from '../model/types.ts';
import { PASSAGE, type SearchUnit } from './options.ts';

type Range = [number, number];

/** Where the heading text ends: the heading line sits at `section.start`. */
function headingEnd(doc: SeckbDocument, section: Section): number {
  if (section.heading && doc.text.startsWith(section.heading, section.start)) {
    return section.start + section.heading.length;
  }
  const nl = doc.text.indexOf('\n', section.start);
  return nl === -1 || nl > section.end ? section.end : nl;
}

/** Shrink a range to exclude surrounding white space; undefined when nothing is left. */
function trimRange(text: string, start: number, end: number): Range | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? [start, end] : undefined;
}

/** Fallback when the model has no sentences for a span: lines, then sentence ends. */
function splitSentences(text: string, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  const re = /[^\n]*?(?:[.!?](?=\s)|\n|$)/gy;
  re.lastIndex = start;
  const span = text.slice(0, end);
  let m: RegExpExecArray | null;
  while (re.lastIndex < end && (m = re.exec(span)) !== null) {
    const r = trimRange(text, m.index, m.index + m[0].length);
    if (r) ranges.push(r);
    if (m[0].length === 0) re.lastIndex++;
  }
  return ranges;
}

/** Table-of-contents lines repeat headings with page numbers: noise in search results. */
function tocRanges(doc: SeckbDocument): Range[] {
  return doc.blocks.filter((b) => b.type === 'toc-entry').map((b): Range => [b.start, b.end]);
}

function inside(ranges: Range[], start: number, end: number): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}

function sentenceRanges(doc: SeckbDocument, bodyStart: number, bodyEnd: number, sectionId: string, skip: Range[]): Range[] {
  const fromModel = doc.sentences
    .filter((s) => s.sectionId === sectionId && s.end > bodyStart && s.start < bodyEnd)
    .map((s) => trimRange(doc.text, Math.max(s.start, bodyStart), Math.min(s.end, bodyEnd)))
    .filter((r): r is Range => r !== undefined)
    .sort((a, b) => a[0] - b[0]);
  const ranges = fromModel.length ? fromModel : splitSentences(doc.text, bodyStart, bodyEnd);
  return ranges.filter(([s, e]) => !inside(skip, s, e));
}

/**
 * Group consecutive sentences into passages of at most PASSAGE.maxSentences / maxChars. A table's
 * rows start a passage of their own: a result that ran a paragraph into a table's header row read
 * as one garbled sentence ("... depends on the plan: Backup | Basic | Pro").
 */
function groupPassages(doc: SeckbDocument, ranges: Range[]): Range[] {
  const passages: Range[] = [];
  let current: Range | undefined;
  let count = 0;
  let currentIsRow = false;
  for (const [s, e] of ranges) {
    const isRow = blockAt(doc.blocks, s)?.type === 'table-row';
    if (current && isRow === currentIsRow && count < PASSAGE.maxSentences && e - current[0] <= PASSAGE.maxChars) {
      current[1] = e;
      count++;
    } else {
      if (current) passages.push(current);
      current = [s, e];
      count = 1;
      currentIsRow = isRow;
    }
  }
  if (current) passages.push(current);
  return passages;
}

/** What every unit of a document carries as its `doc` field: vendor name and title. */
function docField(doc: SeckbDocument): string {
  return doc.title.includes(doc.vendor.name) ? doc.title : `${doc.vendor.name} ${doc.title}`;
}

/** The units of one document, in text order. */
export function documentUnits(doc: SeckbDocument): SearchUnit[] {
  const units: SearchUnit[] = [];
  const sections = [...doc.sections].sort((a, b) => a.start - b.start);
  const spans: Array<{ id: string; heading: string; headingStart: number; bodyStart: number; bodyEnd: number }> = [];
  // Text before the first heading (a preamble) is searchable under the document title.
  const firstStart = sections.length ? sections[0].start : doc.text.length;
  if (trimRange(doc.text, 0, firstStart)) {
    spans.push({ id: '', heading: doc.title, headingStart: 0, bodyStart: 0, bodyEnd: firstStart });
  }
  for (const section of sections) {
    spans.push({
      id: section.id,
      heading: section.heading,
      headingStart: section.start,
      bodyStart: headingEnd(doc, section),
      bodyEnd: section.end,
    });
  }
  const toc = tocRanges(doc);
  for (const span of spans) {
    const passages = groupPassages(doc, sentenceRanges(doc, span.bodyStart, span.bodyEnd, span.id, toc));
    const base = { documentId: doc.id, sectionId: span.id, heading: span.heading, headingStart: span.headingStart, doc: docField(doc) };
    if (!passages.length && span.heading.trim()) {
      units.push({ ...base, id: `${doc.id}:${span.id}:0`, text: '', start: span.headingStart });
    }
    passages.forEach(([s, e], i) => {
      units.push({ ...base, id: `${doc.id}:${span.id}:${i}`, text: doc.text.slice(s, e), start: s });
    });
  }
  return units;
}
