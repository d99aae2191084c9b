/**
 * The one document model every stage of seckb reads (spec: ../shared/spec/cli.md).
 *
 * Readers in `ingest/` turn a file into a {@link ReadResult} (a flat list of blocks with their
 * exact text); `src/model/build.ts` joins the blocks into the normalized `text` and derives
 * sections, sentences and metadata. Every offset below indexes into `SeckbDocument.text`
 * (UTF-16 code units, as JavaScript strings do), end exclusive.
 */

export type Format = 'md' | 'txt' | 'docx' | 'pdf' | 'html' | 'xlsx' | 'csv';

/** Spreadsheets: a source position is sheet (the section), row and column, not line and column. */
export const SHEET_FORMATS: ReadonlySet<Format> = new Set(['xlsx', 'csv']);

/** ISO 639-1 code; seckb knows `en` and `pl`, others may appear as detected. */
export type Lang = string;

export type BlockType =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'table-row'
  | 'caption'
  | 'image'
  | 'code'
  | 'quote'
  | 'toc-entry';

/** [offset, line, column]: text offset -> 1-based line/column in the source file. */
export type Anchor = [number, number, number];

/** One block as a reader produces it: its text exactly as the document has it. */
export interface RawBlock {
  type: BlockType;
  /** Exact text. Table rows: the cells joined with " | " (see `cells`). Images: "". */
  text: string;
  /** Heading level 1..6. */
  depth?: number;
  /** Table rows: cell texts, in order; `text` must equal `cells.join(' | ')`. */
  cells?: string[];
  /** Table rows: this row is the table's header row. */
  header?: boolean;
  /** Rows of one table / items of one list share a group number (per reader, increasing). */
  group?: number;
  /** Ordered list item. */
  ordered?: boolean;
  /** 1-based page (pdf). */
  page?: number;
  /** Images: alternative text or file name. */
  alt?: string;
  /** Positions in the source file, offsets relative to this block's `text`. */
  anchors?: Anchor[];
  /** Spreadsheets: a hidden sheet's heading or a hidden row (the reader keeps them, marked). */
  hidden?: boolean;
}

/** Metadata a file may declare itself (front matter, docx properties, sidecar `.meta.json`). */
export interface DeclaredMeta {
  title?: string;
  vendor?: string;
  product?: string;
  language?: Lang;
  date?: string;
  version?: string;
}

export interface ReadResult {
  format: Format;
  blocks: RawBlock[];
  meta?: DeclaredMeta;
  /**
   * The reader knows the file has lines (md, txt, html): anchors are meaningful. Spreadsheets
   * (xlsx, csv) anchor every cell at [offset, row, column] instead.
   */
  hasLines: boolean;
  /** A saved web page's chrome left out of the text (cookie banner, footer...); noted in the manifest. */
  dropped?: { blocks: number; characters: number; examples: string[] };
  /** How the file was read when not the usual way ("read as plain text: ..."), for the manifest. */
  note?: string;
  /** Pdf: per page (first page first), how far down its text runs, as a share of its height. */
  pageFill?: number[];
}

export interface Section {
  id: string;
  heading: string;
  level: number;
  /** "4.2" when the heading is numbered. */
  number?: string;
  /** Offset of the heading; the section runs to the next heading (any level) or the end. */
  start: number;
  end: number;
}

export interface Sentence {
  id: string;
  sectionId: string;
  start: number;
  end: number;
  lang: Lang;
}

/** A block placed in `text`. */
export interface Block {
  type: BlockType;
  start: number;
  end: number;
  depth?: number;
  /** Table rows: [start, end] of every cell in `text`. */
  cells?: Array<[number, number]>;
  header?: boolean;
  group?: number;
  ordered?: boolean;
  page?: number;
  alt?: string;
  hidden?: boolean;
}

export interface Vendor {
  id: string;
  name: string;
}

export interface SeckbDocument {
  id: string;
  /** Path as given on the command line (posix separators). */
  source: string;
  sha256: string;
  format: Format;
  title: string;
  vendor: Vendor;
  product?: string;
  language: Lang;
  /** ISO date (YYYY-MM-DD) the document states it was written or updated. */
  date?: string;
  version?: string;
  text: string;
  sections: Section[];
  sentences: Sentence[];
  blocks: Block[];
  /**
   * Pdf: where each page's text starts and ends, and `fill`, how far down the page its text runs
   * (share of the page's height above its last line; a page that stops well short ended early).
   */
  pages?: Array<{ number: number; start: number; end: number; fill?: number }>;
  /** Sorted anchors mapping text offsets to source line/column (formats with lines only). */
  sourceMap?: Anchor[];
}
