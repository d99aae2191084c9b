/**
 * .pdf reader: pdf-parse (pdf.js) gives positioned text items per page; items are grouped into
 * lines here and `pdf-layout.ts` rebuilds paragraphs and headings. Every block carries its page.
 * Encrypted, truncated and non-PDF files are refused with a reason a person can act on.
 */
import { PDFParse } from 'pdf-parse';
import type { DeclaredMeta, ReadResult } from '../../src/model/types.ts';
import { ReadError } from '../errors.ts';
import { layoutPages, type PdfLine, type PdfPage } from './pdf-layout.ts';
import { assertPdfStreamsWithin } from './pdf-streams.ts';
import type { TablePiece } from './pdf-table.ts';

const DEFAULT_MAX_DECODED = 200 * 1024 * 1024;

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
  fontName?: string;
}

interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<{
    getViewport(o: { scale: number }): { height: number };
    getTextContent(): Promise<{ items: Array<TextItem | object> }>;
    cleanup(): void;
  }>;
}

export interface PdfOptions {
  /** Refuse a PDF whose compressed streams expand past this many bytes (compression bombs; default 200 MB). */
  maxDecodedBytes?: number;
}

/** Reads a PDF; throws ReadError for encrypted, damaged, non-PDF or bomb input. */
export async function readPdf(buf: Uint8Array, options: PdfOptions = {}): Promise<ReadResult> {
  checkEnvelope(buf);
  await assertPdfStreamsWithin(buf, options.maxDecodedBytes ?? DEFAULT_MAX_DECODED);
  // pdf.js may take ownership of the array it is given; keep the caller's bytes intact.
  const parser = new PDFParse({ data: new Uint8Array(buf), stopAtErrors: true });
  try {
    // pdf-parse's getText() flattens positions away; its loaded pdf.js document keeps them.
    const doc = (await (parser as unknown as { load(): Promise<PdfDoc> }).load()) as PdfDoc;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const height = page.getViewport({ scale: 1 }).height;
      const content = await page.getTextContent();
      pages.push({ number: n, height, lines: toLines(content.items.filter(isTextItem), n) });
      page.cleanup();
    }
    const { blocks, fill } = layoutPages(pages);
    if (blocks.length === 0) {
      throw new ReadError('the PDF has no text layer (scanned images?); run OCR or export it with text');
    }
    const meta = await readInfo(parser);
    return { format: 'pdf', blocks, ...(meta ? { meta } : {}), hasLines: false, pageFill: fill };
  } catch (error) {
    throw toReadError(error);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function checkEnvelope(buf: Uint8Array): void {
  const head = Buffer.from(buf.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new ReadError('not a PDF file (no %PDF header); export it again as PDF');
  const tail = Buffer.from(buf.subarray(Math.max(0, buf.length - 2048))).toString('latin1');
  if (!tail.includes('%%EOF')) {
    throw new ReadError('the PDF is truncated (no end-of-file marker); download or export it again');
  }
}

function isTextItem(item: TextItem | object): item is TextItem {
  return 'str' in item && 'transform' in item;
}

/** Runs of text on one line further apart than this (in font sizes) are pieces apart (table cells). */
const PIECE_GAP = 0.75;

/**
 * Items -> lines: a new line where the baseline moves; far-apart items on a line are marked, and a
 * line's runs of text set a cell's padding apart are kept as its parts. A line's font is the one
 * most of its characters are set in.
 */
function toLines(items: TextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: PdfLine | undefined;
  let fonts = new Map<string, number>();
  let pieces: TablePiece[] = [];
  const close = (): void => {
    if (!cur) return;
    let most = 0;
    for (const [font, n] of fonts) {
      if (n > most) {
        cur.font = font;
        most = n;
      }
    }
    const parts = pieces.map((p) => ({ ...p, text: p.text.replace(/[ \t]+/g, ' ').trim() })).filter((p) => p.text !== '');
    if (parts.length >= 2) cur.parts = parts;
    lines.push(cur);
    fonts = new Map();
    pieces = [];
  };
  for (const item of items) {
    const [a, b, , , x, y] = item.transform;
    const size = Math.abs(item.height) || Math.hypot(a, b);
    if (item.str === '') {
      continue;
    }
    const sameLine = cur && Math.abs(cur.y - y) <= Math.max(2, Math.min(cur.size, size) * 0.4) && x >= cur.right - size;
    if (cur && sameLine) {
      const gap = x - cur.right;
      if (gap > size * 2.5) cur.gapped = true;
      const needsSpace = gap > size * 0.15 && !/\s$/.test(cur.text) && !/^\s/.test(item.str);
      cur.text += (needsSpace ? ' ' : '') + item.str;
      cur.right = Math.max(cur.right, x + item.width);
      cur.size = Math.max(cur.size, size);
    } else {
      close();
      cur = { page, text: item.str, x, y, right: x + item.width, size };
    }
    if (item.str.trim()) addPiece(pieces, item, x, size);
    if (item.fontName && item.str.trim()) fonts.set(item.fontName, (fonts.get(item.fontName) ?? 0) + item.str.length);
  }
  close();
  return lines
    .map((l) => ({ ...l, text: l.text.replace(/[ \t]+/g, ' ').trim() }))
    .filter((l) => l.text !== '');
}

/** An item starts a piece of its own when it sits a cell's padding right of the last one. */
function addPiece(pieces: TablePiece[], item: TextItem, x: number, size: number): void {
  const last = pieces[pieces.length - 1];
  const gap = last ? x - last.right : Infinity;
  if (last && gap <= size * PIECE_GAP) {
    last.text += (gap > size * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(item.str) ? ' ' : '') + item.str;
    last.right = Math.max(last.right, x + item.width);
  } else pieces.push({ x, right: x + item.width, text: item.str, ...(item.fontName ? { font: item.fontName } : {}) });
}

async function readInfo(parser: PDFParse): Promise<DeclaredMeta | undefined> {
  try {
    const info = (await parser.getInfo()).info as Record<string, unknown> | undefined;
    const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
    // Converters write the source file name as the title; that is no title.
    if (title && !/\.(docx?|pptx?|odt|rtf|txt|md|html?)$/i.test(title) && !/^microsoft word -/i.test(title)) {
      return { title };
    }
  } catch {
    // Metadata is optional.
  }
  return undefined;
}

function toReadError(error: unknown): Error {
  if (error instanceof ReadError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new ReadError('the PDF is encrypted; export an unprotected copy', { cause: error });
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || /invalid pdf|bad xref|xref|unexpected end/i.test(message)) {
    return new ReadError(`the PDF is damaged (${message.split('\n')[0].slice(0, 120)}); export it again`, { cause: error });
  }
  return new ReadError(`cannot read the PDF (${message.split('\n')[0].slice(0, 120)})`, { cause: error });
}
