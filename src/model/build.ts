/**
 * Raw blocks -> the document model: joins block texts into `text` (blank line between blocks,
 * one newline between rows of a table or items of a list), places blocks, cells and source
 * anchors, derives sections from headings and sentences from the segmenter, and detects
 * language and metadata.
 */
import { detectDocumentLanguage, detectSentenceLanguage } from './language.ts';
import { detectMetadata } from './metadata.ts';
import { splitSentences } from './segment.ts';
import { headingNumber, inferStructure } from './structure.ts';
import { SHEET_FORMATS, type Anchor, type Block, type DeclaredMeta, type RawBlock, type ReadResult, type SeckbDocument, type Section, type Sentence } from './types.ts';

export interface BuildInfo {
  id: string;
  /** Path as given on the command line. */
  source: string;
  sha256: string;
  /** Overrides (sidecar file) on top of what the file declares itself. */
  meta?: DeclaredMeta;
}

/** Blocks whose whole text is one unit of meaning: never split into sentences. */
const WHOLE_BLOCKS = new Set(['heading', 'table-row', 'toc-entry', 'caption', 'code']);

export function buildDocument(read: ReadResult, info: BuildInfo): SeckbDocument {
  const raw = inferStructure(read.blocks);
  const { text, blocks, sourceMap } = place(raw);
  const declared: DeclaredMeta = { ...read.meta, ...info.meta };
  const language = declared.language ?? detectDocumentLanguage(text);
  const sections = buildSections(blocks, text);
  const sentences = buildSentences(blocks, sections, text, language, SHEET_FORMATS.has(read.format));
  const fileName = info.source.split('/').pop()!.replace(/\.[^.]+$/, '');
  const meta = detectMetadata(raw, text, declared, fileName);
  const pages = buildPages(blocks, read.pageFill);
  const doc: SeckbDocument = {
    id: info.id,
    source: info.source,
    sha256: info.sha256,
    format: read.format,
    title: meta.title,
    vendor: meta.vendor,
    ...(meta.product ? { product: meta.product } : {}),
    language,
    ...(meta.date ? { date: meta.date } : {}),
    ...(meta.version ? { version: meta.version } : {}),
    text,
    sections,
    sentences,
    blocks,
    ...(pages ? { pages } : {}),
    ...(read.hasLines ? { sourceMap } : {}),
  };
  return doc;
}

function place(raw: RawBlock[]): { text: string; blocks: Block[]; sourceMap: Anchor[] } {
  let text = '';
  const blocks: Block[] = [];
  const sourceMap: Anchor[] = [];
  let previous: RawBlock | undefined;
  for (const b of raw) {
    if (b.type !== 'image' && text !== '') {
      const sameGroup = previous && previous.group !== undefined && previous.group === b.group && previous.type === b.type;
      const tight = sameGroup || (previous?.type === 'toc-entry' && b.type === 'toc-entry');
      text += tight ? '\n' : '\n\n';
    }
    const start = text.length;
    text += b.text;
    const block: Block = { type: b.type, start, end: text.length };
    if (b.depth !== undefined) block.depth = b.depth;
    if (b.cells) block.cells = locateCells(b.text, b.cells, start);
    if (b.header) block.header = true;
    if (b.group !== undefined) block.group = b.group;
    if (b.ordered !== undefined) block.ordered = b.ordered;
    if (b.page !== undefined) block.page = b.page;
    if (b.alt !== undefined) block.alt = b.alt;
    if (b.hidden) block.hidden = true;
    blocks.push(block);
    for (const [offset, line, column] of b.anchors ?? []) sourceMap.push([start + offset, line, column]);
    if (b.type !== 'image') previous = b;
  }
  return { text, blocks, sourceMap };
}

/** Cells are found in order inside the row text, so offsets hold whatever the row separator. */
function locateCells(rowText: string, cells: string[], rowStart: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const cell of cells) {
    const at = rowText.indexOf(cell, from);
    const start = at === -1 ? from : at;
    const end = at === -1 ? from : at + cell.length;
    out.push([rowStart + start, rowStart + end]);
    from = end;
  }
  return out;
}

function buildSections(blocks: Block[], text: string): Section[] {
  const sections: Section[] = [];
  const headings = blocks.filter((b) => b.type === 'heading');
  const firstContent = blocks.find((b) => b.type !== 'image');
  if (!firstContent || firstContent.type !== 'heading') {
    sections.push({ id: 's0', heading: '', level: 0, start: 0, end: headings[0]?.start ?? text.length });
  }
  headings.forEach((h, i) => {
    const heading = text.slice(h.start, h.end);
    const number = headingNumber(heading);
    sections.push({
      id: `s${sections.length}`,
      heading,
      level: h.depth ?? 1,
      ...(number ? { number } : {}),
      start: h.start,
      end: headings[i + 1]?.start ?? text.length,
    });
  });
  return sections;
}

/**
 * Sentences of a block, relative to its start. A spreadsheet row's cells are written apart (an
 * id, a question, an answer, a comment): each cell is split on its own, so a comment that opens
 * with "Certainly! Here's ..." starts a sentence as it would in prose.
 */
function blockSentences(block: Block, body: string, cellWise: boolean): Array<[number, number]> {
  if (cellWise && block.type === 'table-row' && block.cells) {
    return block.cells.flatMap(([s, e]) => splitSentences(body.slice(s - block.start, e - block.start)).map(([a, b]): [number, number] => [s - block.start + a, s - block.start + b]));
  }
  return WHOLE_BLOCKS.has(block.type) ? trimRange(body) : splitSentences(body);
}

function buildSentences(blocks: Block[], sections: Section[], text: string, language: string, cellWise: boolean): Sentence[] {
  const sentences: Sentence[] = [];
  let s = 0;
  for (const block of blocks) {
    if (block.start === block.end) continue;
    while (s + 1 < sections.length && sections[s + 1].start <= block.start) s++;
    const body = text.slice(block.start, block.end);
    const ranges = blockSentences(block, body, cellWise);
    for (const [start, end] of ranges) {
      const sentence = text.slice(block.start + start, block.start + end);
      sentences.push({
        id: `t${sentences.length}`,
        sectionId: sections[s].id,
        start: block.start + start,
        end: block.start + end,
        lang: detectSentenceLanguage(sentence, language),
      });
    }
  }
  return sentences;
}

function trimRange(body: string): Array<[number, number]> {
  const start = body.length - body.trimStart().length;
  const end = body.trimEnd().length;
  return end > start ? [[start, end]] : [];
}

function buildPages(blocks: Block[], fill: number[] | undefined): SeckbDocument['pages'] {
  const pages: NonNullable<SeckbDocument['pages']> = [];
  for (const b of blocks) {
    if (b.page === undefined) continue;
    const last = pages[pages.length - 1];
    if (last && last.number === b.page) last.end = b.end;
    else pages.push({ number: b.page, start: b.start, end: b.end, ...(fill?.[b.page - 1] !== undefined ? { fill: fill[b.page - 1] } : {}) });
  }
  return pages.length > 0 ? pages : undefined;
}
