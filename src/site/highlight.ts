/**
 * Cuts a document's text into plain segments with the marks (claims, findings) that cover them,
 * so pages render text as text nodes in spans (never as HTML). Pure and browser-safe.
 */
import type { Block, SeckbDocument } from '../model/types.ts';

export interface Mark {
  /** The element id of the mark's first piece ("c-<claim id>", "f-<finding id>"). */
  id: string;
  kind: 'claim' | 'finding';
  start: number;
  end: number;
  /** Finding severity, or "risk" / claim attribute: used for styling and the title. */
  tone?: string;
  title?: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Marks covering the whole segment, in input order. */
  marks: Mark[];
  /** Marks that begin here: the segment carries their anchor ids. */
  anchors: Mark[];
}

/** Splits text[from, to) at every mark boundary. Marks outside the range are ignored. */
export function segment(text: string, marks: Mark[], from = 0, to = text.length): Segment[] {
  const inRange = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inRange) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  const anchored = new Set<string>();
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    const covering = inRange.filter((m) => m.start < e && m.end > s);
    const anchors = covering.filter((m) => !anchored.has(m.id));
    for (const m of anchors) anchored.add(m.id);
    out.push({ start: s, end: e, text: text.slice(s, e), marks: covering, anchors });
  }
  return out;
}

export interface RenderBlock {
  type: Block['type'] | 'plain';
  depth?: number;
  /** The section starting here (for heading anchors). */
  sectionId?: string;
  segments: Segment[];
  /** Table rows: one segment list per cell. */
  cells?: Segment[][];
  header?: boolean;
  group?: number;
}

/**
 * The document as blocks of segments. Without blocks, one "plain" block per paragraph ("\n\n").
 * Marks that span several blocks are cut per block; each mark's anchor id goes on its first piece.
 */
export function renderBlocks(doc: Pick<SeckbDocument, 'text' | 'blocks' | 'sections'>, marks: Mark[]): RenderBlock[] {
  const sectionAt = new Map(doc.sections.map((s) => [s.start, s.id]));
  const spans = blocksOf(doc);
  const seen = new Set<string>();
  const firstOnly = (segs: Segment[]): Segment[] =>
    segs.map((s) => {
      const anchors = s.anchors.filter((m) => !seen.has(m.id));
      for (const m of anchors) seen.add(m.id);
      return { ...s, anchors };
    });
  return spans.map((b) => {
    const out: RenderBlock = { type: b.type, segments: [] };
    if (b.depth !== undefined) out.depth = b.depth;
    if (b.header) out.header = true;
    if (b.group !== undefined) out.group = b.group;
    const sectionId = sectionAt.get(b.start);
    if (sectionId && b.type === 'heading') out.sectionId = sectionId;
    if (b.type === 'table-row' && b.cells && b.cells.length) out.cells = b.cells.map(([s, e]) => firstOnly(segment(doc.text, marks, s, e)));
    else out.segments = firstOnly(segment(doc.text, marks, b.start, b.end));
    return out;
  });
}

type BlockSpan = Pick<Block, 'type' | 'start' | 'end' | 'depth' | 'cells' | 'header' | 'group'>;

/** The blocks the page renders: the document's, or one paragraph per "\n\n" run without them. */
function blocksOf(doc: Pick<SeckbDocument, 'text' | 'blocks'>): BlockSpan[] {
  return doc.blocks && doc.blocks.length ? doc.blocks : paragraphs(doc.text);
}

/**
 * The text range of each element the page renders text into, in page order: a table row's cells
 * (a row without cells is one cell), every other block whole. documentHtml writes one element per range.
 */
export function renderedRanges(doc: Pick<SeckbDocument, 'text' | 'blocks'>): Array<[number, number]> {
  return blocksOf(doc).flatMap((b): Array<[number, number]> => (b.type === 'table-row' && b.cells && b.cells.length ? b.cells.map(([s, e]): [number, number] => [s, e]) : [[b.start, b.end]]));
}

function paragraphs(text: string): Array<{ type: 'paragraph'; start: number; end: number }> {
  const out: Array<{ type: 'paragraph'; start: number; end: number }> = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ type: 'paragraph', start: m.index, end: m.index + m[0].length });
  return out;
}

/** Groups consecutive table rows / list items of one group, for <table> and <ul> rendering. */
export function groupBlocks(blocks: RenderBlock[]): Array<{ kind: 'table' | 'list' | 'single'; blocks: RenderBlock[] }> {
  const out: Array<{ kind: 'table' | 'list' | 'single'; blocks: RenderBlock[] }> = [];
  for (const b of blocks) {
    const kind = b.type === 'table-row' ? 'table' : b.type === 'list-item' ? 'list' : 'single';
    const last = out.at(-1);
    if (kind !== 'single' && last && last.kind === kind && last.blocks[0]!.group === b.group) last.blocks.push(b);
    else out.push({ kind, blocks: [b] });
  }
  return out;
}
