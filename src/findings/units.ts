/**
 * The pieces of a document a data rule runs on (Vale's "scopes"): sentences, lines of the text,
 * the whole text, and lines of the raw source. Each unit knows its offset, the languages whose
 * rules apply to it and the block it sits in.
 */
import { SHEET_FORMATS, type BlockType, type Format, type SeckbDocument } from '../model/types.ts';

export interface Unit {
  /** Offset of `text` in doc.text; undefined for raw source lines (mapped per hit). */
  start?: number;
  text: string;
  /** For source lines: 1-based line number in the source. */
  line?: number;
  langs: ReadonlySet<string>;
  block?: BlockType;
}

/** The block type at an offset (blocks are sorted by start). */
export function blockAt(doc: SeckbDocument, offset: number): BlockType | undefined {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.blocks[mid].start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Empty blocks (images) may share a start with the next one: look back a little.
  for (let i = last; i >= 0 && i > last - 4; i--) {
    const b = doc.blocks[i];
    if (b.start <= offset && offset < b.end) return b.type;
  }
  return undefined;
}

/** The language of a sentence plus the document's: short sentences are often misdetected. */
function langsOf(doc: SeckbDocument, lang: string | undefined): ReadonlySet<string> {
  return new Set([lang ?? doc.language, doc.language]);
}

/** The language of the sentence holding `offset` (sentences are in text order: binary search). */
function sentenceLangAt(doc: SeckbDocument, offset: number): string | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = doc.sentences[last];
  return s && offset < s.end ? s.lang : undefined;
}

export function sentenceUnits(doc: SeckbDocument): Unit[] {
  return doc.sentences.map((s) => ({ start: s.start, text: doc.text.slice(s.start, s.end), langs: langsOf(doc, s.lang), block: blockAt(doc, s.start) }));
}

/** Lines of `text` starting at `base`; blank lines skipped. */
function splitLines(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push({ start: at, text: line });
    at += line.length + 1;
  }
  return out;
}

/** A spreadsheet's lines are its cells: a comment cell that opens "ChatGPT said:" starts a line. */
function sheetLines(doc: SeckbDocument): Array<{ start: number; text: string }> {
  const cells = doc.blocks.flatMap((b) => (b.type === 'table-row' && b.cells ? b.cells : [[b.start, b.end] as [number, number]]));
  return cells.flatMap(([s, e]) => splitLines(doc.text.slice(s, e)).map((l) => ({ start: s + l.start, text: l.text })));
}

export function lineUnits(doc: SeckbDocument): Unit[] {
  return (SHEET_FORMATS.has(doc.format) ? sheetLines(doc) : splitLines(doc.text)).map((l) => {
    const lead = l.start + (l.text.length - l.text.trimStart().length);
    return { start: l.start, text: l.text, langs: langsOf(doc, sentenceLangAt(doc, lead)), block: blockAt(doc, lead) };
  });
}

export function documentUnits(doc: SeckbDocument): Unit[] {
  return [{ start: 0, text: doc.text, langs: langsOf(doc, undefined) }];
}

/**
 * Raw source lines, for markup a reader renders away. A plain-text reader keeps the source in
 * the text, so its lines are the text's (exact offsets); markdown and html need the source and
 * a source map to point back into the text.
 */
export function sourceUnits(doc: SeckbDocument, source: string | undefined): Unit[] {
  if (doc.format === 'txt') return lineUnits(doc);
  if (source === undefined || !doc.sourceMap?.length) return [];
  return source.split(/\r?\n/).flatMap((text, i) => (text.trim() === '' ? [] : [{ text, line: i + 1, langs: langsOf(doc, undefined) }]));
}

/** The format of the file a document came from: a .txt read as markdown is still `txt`. */
export function sourceFormat(doc: SeckbDocument): Format {
  const ext = /\.([a-z0-9]+)$/i.exec(doc.source)?.[1]?.toLowerCase();
  switch (ext) {
    case 'md':
    case 'markdown':
      return 'md';
    case 'txt':
      return 'txt';
    case 'htm':
    case 'html':
      return 'html';
    case 'docx':
      return 'docx';
    case 'pdf':
      return 'pdf';
    case 'xlsx':
      return 'xlsx';
    case 'csv':
      return 'csv';
    default:
      return doc.format;
  }
}
