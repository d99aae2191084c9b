/**
 * .docx reader: mammoth turns the document into html, the html reader turns that into blocks.
 * Text typed in Word stays as typed (a literal `**bold**` is kept: later checks look for it);
 * Word's own formatting (bold, italics) leaves no markers. Images become `image` blocks with
 * their alt text; their bytes are never embedded (memory). Before mammoth runs, the zip is
 * checked: not a zip, damaged, or expanding past the limit are refused with a reason.
 */
import mammoth from 'mammoth';
import mammothXml, { type XmlNode } from 'mammoth/lib/xml/index.js';
import type { DeclaredMeta, ReadResult } from '../../src/model/types.ts';
import { ReadError } from '../errors.ts';
import { readXmlTree } from './docx-xml.ts';
import { assertZipWithin, readZipEntry, zipEntries } from '../zip.ts';
import { readHtml } from './html.ts';
import { parseMammothHtml } from './mammoth-html.ts';

export interface DocxOptions {
  /** Refuse archives that expand past this many bytes (zip bombs). */
  maxUnzippedBytes?: number;
}

/**
 * Word's built-in style names (English internally, also in Polish Word) mapped to what the html
 * reader understands; mammoth matches names case-sensitively, so both spellings are listed.
 */
const STYLE_MAP = [
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='toc ${n}'] => p.toc-entry:fresh`,
    `p[style-name='TOC ${n}'] => p.toc-entry:fresh`,
  ]),
];

const DEFAULT_MAX_UNZIPPED = 200 * 1024 * 1024;

/** Reads a .docx; throws ReadError for a file that is not one. */
export async function readDocx(buf: Uint8Array, options: DocxOptions = {}): Promise<ReadResult> {
  const entries = zipEntries(buf);
  if (!entries) throw new ReadError('not a Word document (.docx is not a zip archive); re-save it as .docx');
  const max = options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED;
  await assertZipWithin(buf, entries, max);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ReadError('not a Word document (no word/document.xml in the archive); re-save it as .docx');
  }
  const html = await mammothHtml(buf);
  const read = readHtml(html, { hasLines: false, tree: parseMammothHtml(html) });
  const core = entries.find((e) => e.name === 'docProps/core.xml');
  const meta = core ? coreMeta(readZipEntry(buf, core, max).toString('utf8')) : undefined;
  return { format: 'docx', blocks: read.blocks, ...(meta ? { meta } : {}), hasLines: false };
}

let xmlReaderSet = false;

/**
 * mammoth reads each XML part through its xml module's readString (an xmldom DOM, copied into its
 * own tree); readXmlTree builds the same tree directly, and hands xmldom what it does not read.
 */
function useDirectXmlReader(): void {
  if (xmlReaderSet) return;
  xmlReaderSet = true;
  const viaDom = mammothXml.readString;
  const nodes = { element: (name: string, attributes: Record<string, string>, children: XmlNode[]) => new mammothXml.Element(name, attributes, children), text: mammothXml.text };
  mammothXml.readString = (source, namespaceMap = {}) => {
    const tree = readXmlTree(source, namespaceMap, nodes);
    return tree ? Promise.resolve(tree) : viaDom(source, namespaceMap);
  };
}

/** mammoth's html for a .docx (the archive already checked); throws ReadError when mammoth cannot read it. */
export async function mammothHtml(buf: Uint8Array): Promise<string> {
  useDirectXmlReader();
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) },
      {
        styleMap: STYLE_MAP,
        // mammoth adds alt="..." from the image's description itself; src stays empty.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    return result.value;
  } catch (error) {
    throw new ReadError(`the Word document is damaged (${oneLine(error)}); re-save it as .docx`, { cause: error });
  }
}

/** Title and language from the core properties Word keeps (File > Info). */
export function coreMeta(xml: string): DeclaredMeta | undefined {
  const meta: DeclaredMeta = {};
  const title = xmlField(xml, 'dc:title');
  if (title) meta.title = title;
  const language = xmlField(xml, 'dc:language');
  if (language) meta.language = language.split(/[-_]/)[0].toLowerCase();
  return Object.keys(meta).length > 0 ? meta : undefined;
}

function xmlField(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!m) return undefined;
  const value = m[1]
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return value || undefined;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);
}
