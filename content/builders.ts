/**
 * Deterministic .docx and .pdf builders from plain-text specs, shared by content/generate.ts
 * (the sample corpus) and eval/generate.ts (the evaluation set). Spec syntax: content/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { deflateSync } from 'node:zlib';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  LeaderType,
} from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import PDFDocument from 'pdfkit';

interface Spec {
  props: Record<string, string>;
  lines: string[];
}

function readSpec(file: string): Spec {
  const props: Record<string, string> = {};
  const lines: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const prop = /^@(\w+) (.*)$/.exec(line);
    if (prop && prop[1] !== 'page') props[prop[1]] = prop[2];
    else lines.push(line);
  }
  return { props, lines };
}

/** A fixed instant for document properties: the spec's `@date` (YYYY-MM-DD), noon UTC. */
function fixedDate(props: Record<string, string>): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(props.date ?? '2025-01-01');
  if (!m) throw new Error(`bad @date: ${props.date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

// ---------------------------------------------------------------- PNG (for docx figures)

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

type Rgb = [number, number, number];

/** A simple architecture diagram: three tiers of boxes joined by lines (no text). */
function diagramPng(width: number, height: number): Buffer {
  const px = Buffer.alloc(width * height * 3, 255);
  const set = (x: number, y: number, [r, g, b]: Rgb) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 3;
    px[i] = r;
    px[i + 1] = g;
    px[i + 2] = b;
  };
  const rect = (x: number, y: number, w: number, h: number, fill: Rgb, edge: Rgb) => {
    for (let j = y; j < y + h; j++)
      for (let i = x; i < x + w; i++)
        set(i, j, i < x + 2 || j < y + 2 || i >= x + w - 2 || j >= y + h - 2 ? edge : fill);
  };
  const hline = (x0: number, x1: number, y: number, c: Rgb) => {
    for (let x = x0; x <= x1; x++) for (let t = 0; t < 2; t++) set(x, y + t, c);
  };
  const ink: Rgb = [40, 60, 90];
  rect(10, 10, width - 20, height - 20, [246, 248, 252], [150, 165, 190]); // region
  rect(30, height / 2 - 30, 90, 60, [210, 230, 250], ink); // load balancer
  for (let k = 0; k < 3; k++) rect(170, 30 + k * 65, 110, 45, [220, 245, 225], ink); // app tier
  rect(340, height / 2 - 40, 110, 80, [250, 235, 210], ink); // database
  hline(120, 170, height / 2, ink);
  hline(280, 340, height / 2, ink);
  for (let y = 52; y <= 182; y++) for (let t = 0; t < 2; t++) set(150 + t, y, ink);
  for (let k = 0; k < 3; k++) hline(150, 170, 52 + k * 65, ink);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    px.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- DOCX

function tableFrom(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          // Only the first row: docx writes <w:tblHeader/> even for `false`.
          ...(r === 0 ? { tableHeader: true } : {}),
          children: cells.map(
            (cell) =>
              new TableCell({
                children: [new Paragraph({ children: [new TextRun({ text: cell, bold: r === 0 })] })],
              }),
          ),
        }),
    ),
  });
}

function docxChildren(lines: string[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length) out.push(tableFrom(rows));
    rows = [];
  };
  for (const line of lines) {
    if (line.startsWith('|')) {
      rows.push(line.replace(/^\|\s*/, '').replace(/\s*\|\s*$/, '').split(/\s*\|\s*/));
      continue;
    }
    flush();
    if (!line.trim()) continue;
    if (line.startsWith('= ')) out.push(new Paragraph({ text: line.slice(2), heading: HeadingLevel.TITLE }));
    else if (line.startsWith('## ')) out.push(new Paragraph({ text: line.slice(3), heading: HeadingLevel.HEADING_2 }));
    else if (line.startsWith('# ')) out.push(new Paragraph({ text: line.slice(2), heading: HeadingLevel.HEADING_1 }));
    else if (line.startsWith('- ')) out.push(new Paragraph({ text: line.slice(2), numbering: { reference: 'bullets', level: 0 } }));
    else if (line.startsWith('~ ')) out.push(new Paragraph({ text: line.slice(2), style: 'Caption' }));
    else if (line.startsWith('toc: ')) {
      const [entry, page] = line.slice(5).split('\t');
      out.push(
        new Paragraph({
          style: 'TOC1',
          tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: LeaderType.DOT }],
          children: [new TextRun(entry), new TextRun({ children: [new Tab(), page ?? ''] })],
        }),
      );
    } else if (line.startsWith('!image ')) {
      const [name, alt, w, h] = line.slice(7).split(/\s*\|\s*/);
      const width = Number(w);
      const height = Number(h);
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: diagramPng(width, height),
              transformation: { width, height },
              altText: { name, title: alt, description: alt },
            }),
          ],
        }),
      );
    } else out.push(new Paragraph({ text: line }));
  }
  flush();
  return out;
}

/** Rewrites the zip with fixed timestamps (core properties and entry dates). */
function normalizeDocx(buf: Uint8Array, when: Date): Buffer {
  const files = unzipSync(buf);
  const iso = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = 'docProps/core.xml';
  files[core] = new TextEncoder().encode(
    new TextDecoder()
      .decode(files[core])
      .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`),
  );
  // fflate writes DOS times from local date fields: build the date from local fields too.
  const mtime = new Date(when.getUTCFullYear(), when.getUTCMonth(), when.getUTCDate(), 12, 0, 0);
  const zippable: Zippable = {};
  // [Content_Types].xml first, as Word writes it.
  const names = Object.keys(files).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) zippable[name] = [files[name], { mtime, level: 6 }];
  return Buffer.from(zipSync(zippable));
}

/** Writes `out` (.docx) from the spec file `spec`. */
export async function buildDocx(spec: string, out: string): Promise<void> {
  const { props, lines } = readSpec(spec);
  const doc = new Document({
    title: props.title,
    creator: props.creator,
    lastModifiedBy: props.creator,
    subject: props.subject,
    keywords: props.keywords,
    description: props.subject,
    revision: 1,
    styles: {
      paragraphStyles: [
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, size: 18 } },
        { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal' },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [{ children: docxChildren(lines) }],
  });
  writeFileSync(out, normalizeDocx(await Packer.toBuffer(doc), fixedDate(props)));
}

// ---------------------------------------------------------------- PDF

/**
 * Writes `out` (.pdf) from the spec file `spec`. By default every line is set as written and a
 * line wider than the page or a page overflow is an error; `flow` wraps long lines at word
 * boundaries and starts a new page when one is full (for specs written as paragraphs). `fonts`
 * are pdfkit font names or .ttf paths: the built-in Helvetica has no Polish letters.
 */
export async function buildPdf(spec: string, out: string, { flow = false, fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold' } } = {}): Promise<void> {
  const { props, lines } = readSpec(spec);
  const when = fixedDate(props);
  const left = 64;
  const width = 595.28 - 2 * left;
  const bottom = 770;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 20, left, right: left },
    bufferPages: true,
    // pdfkit reads every info key it is given: leave out the properties a spec does not set.
    info: Object.fromEntries(
      Object.entries({ Title: props.title, Author: props.author, Subject: props.subject, Keywords: props.keywords, CreationDate: when, ModDate: when }).filter(([, v]) => v !== undefined),
    ),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  let y = 72;
  const put = (text: string, font: string, size: number, lead: number) => {
    doc.font(font).fontSize(size);
    if (flow && doc.widthOfString(text) > width) {
      // Longest prefix that fits, cut at a space; the rest goes on the next line.
      const words = text.split(' ');
      let n = words.length - 1;
      while (n > 1 && doc.widthOfString(words.slice(0, n).join(' ')) > width) n--;
      put(words.slice(0, n).join(' '), font, size, lead);
      put(words.slice(n).join(' '), font, size, lead);
      return;
    }
    if (doc.widthOfString(text) > width) throw new Error(`${basename(spec)}: line too wide: ${text}`);
    if (flow && y + lead > bottom) {
      doc.addPage();
      y = 72;
    }
    if (y + lead > bottom) throw new Error(`${basename(spec)}: page overflow at: ${text}`);
    doc.text(text, left, y, { lineBreak: false });
    y += lead;
  };
  for (const line of lines) {
    if (line === '@page') {
      doc.addPage();
      y = 72;
    } else if (!line.trim()) y += 8;
    else if (line.startsWith('=')) put(line.slice(1), fonts.bold, 20, 26);
    else if (line.startsWith('#')) {
      y += 6;
      put(line.slice(1), fonts.bold, 13, 20);
    } else put(line, fonts.regular, 10.5, 15);
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const footer = (props.footer ?? 'Page {page} of {pages}').replace('{page}', String(i + 1)).replace('{pages}', String(range.count));
    doc.font(fonts.regular).fontSize(8).text(footer, left, 800, { lineBreak: false, width, align: 'center' });
  }
  doc.end();
  await done;
  writeFileSync(out, Buffer.concat(chunks));
}
