/**
 * The units claims are read from (sentences, table rows, answer cells) and what a rule sees of
 * each (UnitContext: text, language, lexicon, heading, what leads up to it, the document's provider).
 */
import type { Block, SeckbDocument, Section, Sentence } from '../model/types.ts';
import { COMMON } from './common.ts';
import { has, maskLinks, type UnitContext } from './context.ts';
import { lexiconFor, type Lexicon } from './lexicon.ts';
import { questionOf } from './answers.ts';
import { labelValue } from './label-runs.ts';

export interface Unit {
  start: number;
  end: number;
  sectionId: string;
  lang: string;
}

export function sectionAt(doc: SeckbDocument, pos: number): Section | undefined {
  let found: Section | undefined;
  for (const s of doc.sections) if (s.start <= pos && pos < Math.max(s.end, s.start + 1)) found = s;
  return found ?? doc.sections.filter((s) => s.start <= pos).at(-1);
}

/** Headings of the sections that hold `section` (each at a lower level than the one after it), outermost first. */
export function enclosingHeadings(doc: SeckbDocument, section: Section | undefined): string[] {
  if (!section) return [];
  const out: string[] = [];
  let level = section.level;
  for (let i = doc.sections.indexOf(section) - 1; i >= 0 && level > 1; i--) {
    const s = doc.sections[i];
    if (s.level < level) {
      out.unshift(s.heading);
      level = s.level;
    }
  }
  return out;
}

/** Sentences sorted by start with the running maximum of their ends, once per document. */
const sentenceIndex = new WeakMap<SeckbDocument, { sorted: Sentence[]; maxEnd: number[] }>();

/** Language of the first sentence the span touches (binary search: a 10,000-row sheet asks per row). */
export function langAt(doc: SeckbDocument, start: number, end: number): string {
  let index = sentenceIndex.get(doc);
  if (!index) {
    const sorted = [...doc.sentences].sort((a, b) => a.start - b.start);
    const maxEnd: number[] = [];
    sorted.forEach((x, i) => maxEnd.push(Math.max(x.end, i > 0 ? maxEnd[i - 1] : -Infinity)));
    sentenceIndex.set(doc, (index = { sorted, maxEnd }));
  }
  const { sorted, maxEnd } = index;
  // First sentence whose running end passes `start`: no earlier one can touch the span.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid] > start) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (start < sorted[i].end) return sorted[i].lang;
  return doc.language;
}

/** The hosting provider a document names most often in a hosting context. */
export function documentProvider(doc: SeckbDocument): string | undefined {
  const counts = new Map<string, number>();
  doc.sentences.forEach((s, i) => {
    const text = doc.text.slice(s.start, s.end);
    // A label line before it ("Data hosting company" / "Amazon Web Services") gives the context.
    const label = i > 0 ? doc.text.slice(doc.sentences[i - 1].start, doc.sentences[i - 1].end) : '';
    const context = label.split(/\s+/).length <= 6 ? `${label} ${text}` : text;
    if (!has(lexiconFor(s.lang), 'hostingContext', context)) return;
    for (const h of COMMON.providers.find(text)) {
      if (h.key !== 'on-premises') counts.set(h.key, (counts.get(h.key) ?? 0) + 1);
    }
  });
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

const sectionsById = new WeakMap<SeckbDocument, Map<string, Section>>();

export function sectionById(doc: SeckbDocument, id: string): Section | undefined {
  let byId = sectionsById.get(doc);
  if (!byId) sectionsById.set(doc, (byId = new Map(doc.sections.map((x) => [x.id, x]))));
  return byId.get(id);
}

export function contextFor(doc: SeckbDocument, unit: Unit, docProvider: string | undefined, before?: string): UnitContext {
  const section = sectionById(doc, unit.sectionId);
  const from = Math.max(section?.start ?? 0, unit.start - 2000);
  return {
    doc,
    text: maskLinks(doc.text.slice(unit.start, unit.end)),
    start: unit.start,
    end: unit.end,
    sectionId: unit.sectionId,
    lang: unit.lang,
    lex: lexiconFor(unit.lang),
    heading: section?.heading ?? '',
    before: before ?? doc.text.slice(from, unit.start),
    after: doc.text.slice(unit.end, Math.min(section?.end ?? doc.text.length, unit.end + 400)),
    docProvider,
  };
}

/**
 * Blocks indexed once for "is this span inside / does it touch one of them" in O(log n): a
 * long document asks for every sentence. The running maximum of ends over blocks sorted by
 * start answers both exactly, nested blocks included.
 */
export function spanIndex(blocks: ReadonlyArray<{ start: number; end: number }>): { covers(start: number, end: number): boolean; overlaps(start: number, end: number): boolean } {
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const starts = sorted.map((b) => b.start);
  const maxEnd: number[] = [];
  sorted.forEach((b, i) => maxEnd.push(Math.max(b.end, i > 0 ? maxEnd[i - 1] : -Infinity)));
  /** Index of the last block starting at or before `pos` (strictly before when `strict`), or -1. */
  const lastAt = (pos: number, strict: boolean) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? starts[mid] < pos : starts[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  return {
    covers: (start, end) => {
      const i = lastAt(start, false);
      return i >= 0 && maxEnd[i] >= end;
    },
    overlaps: (start, end) => {
      const i = lastAt(end, true);
      return i >= 0 && maxEnd[i] > start;
    },
  };
}

/** Table rows by table (`group`), each table's rows in document order. */
export function tableGroups(doc: SeckbDocument): Block[][] {
  const groups = new Map<string, Block[]>();
  for (const b of doc.blocks) {
    if (b.type !== 'table-row') continue;
    const key = b.group !== undefined ? `g${b.group}` : `s${b.start}`;
    const list = groups.get(key) ?? [];
    list.push(b);
    groups.set(key, list);
  }
  return [...groups.values()].map((rows) => rows.sort((a, b) => a.start - b.start));
}

/**
 * Plain-text exports break a sentence at a line that looks like a new item ("every twelve" /
 * "(12) hours and ..."; "not exceeding" / "three (3) months"). A sentence that ends without a
 * stop, followed across white space only by one that opens in lower case or with "(12) word",
 * is one unit; its quote is still the exact text between them.
 */
export function joinBrokenLines(doc: SeckbDocument, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const head = doc.text.slice(s.start, s.start + 40);
    const prevText = prev ? doc.text.slice(prev.start, prev.end) : '';
    // "Deskly Inc." / "(Helpdeskr) – obsługa zgłoszeń": a company's legal form ends no sentence
    // before the brand in brackets that names its product.
    const brandAfterCompany = /^\(\p{Lu}[^()]{0,40}\)\s*(?:[-–—:,]|\p{Ll})/u.test(head) && COMMON.orgSuffix.test(prevText);
    const continues =
      prev !== undefined &&
      prev.sectionId === s.sectionId &&
      /^\s+$/.test(doc.text.slice(prev.end, s.start)) &&
      (brandAfterCompany ||
        (/[\p{L}\p{N},]$/u.test(prevText) &&
          /^(?:\(\d+\)\s+)?\p{Ll}/u.test(head) &&
          // "logi systemowe: 12 miesięcy" / "kopie zapasowe: 30 dni": list entries, each its own.
          !(labelValue(prevText) && labelValue(doc.text.slice(s.start, s.end)))));
    if (continues) out[out.length - 1] = { ...prev, end: s.end };
    else out.push(s);
  }
  return out;
}

/** Where a question opener is glued to the word before it ("HolandiiCzy"), after some words. */
export function gluedQuestion(text: string, lex: Lexicon): number | undefined {
  const re = new RegExp(`(?<=\\p{Ll})(?=${lex.source('questionOpener')})`, 'gu');
  let at: number | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === re.lastIndex) re.lastIndex++;
    if (text.slice(0, m.index).split(/\s+/).length >= 3) at = m.index;
  }
  return at;
}

/**
 * A questionnaire row's claims quote the answer cell: the question only asks ("How soon are
 * customers told about a breach?"), so nothing built on the claim points at it.
 */
export function answerOnly(doc: SeckbDocument, row: Block, unit: Unit): Unit {
  const cells = row.cells ?? [];
  const q = cells.findIndex(([start, end]) => questionOf(doc.text.slice(start, end)));
  if (q < 0 || q === cells.length - 1) return unit;
  const [aStart, aEnd] = [cells[q + 1][0], cells[cells.length - 1][1]];
  const text = doc.text.slice(aStart, aEnd);
  const lead = text.length - text.trimStart().length;
  const start = aStart + lead;
  const end = aStart + text.trimEnd().length;
  return end > start ? { ...unit, start, end } : unit;
}
