/**
 * Compression bombs made in memory for tests and bench/bombs.ts (nothing binary is committed):
 * small files that expand to `inflatedBytes` when read. The compressed data is made by deflating
 * one 1 MB run of spaces over and over, so even a 400 MB bomb costs its maker ~1 MB of memory.
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const MB = 1024 * 1024;

/** Raw deflate blocks of `bytes`, ending on a full flush: such pieces join into one stream. */
const piece = (bytes: Buffer): Buffer => deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_FULL_FLUSH });

/** The empty final block that ends a raw deflate stream. */
const FINAL = deflateRawSync(Buffer.alloc(0));

/** Raw deflate pieces of `bytes` spaces (whitespace to every reader): each 1 MB compresses alike, so it is made once. */
function spacePieces(bytes: number): Buffer[] {
  const count = Math.floor(bytes / MB);
  const pieces = count > 0 ? Array<Buffer>(count).fill(piece(Buffer.alloc(MB, 0x20))) : [];
  if (bytes > count * MB) pieces.push(piece(Buffer.alloc(bytes - count * MB, 0x20)));
  return pieces;
}

/** Adler-32 of `n` spaces, in closed form (a = 1 + 32n, b = n + 32 n (n + 1) / 2, both mod 65521). */
function adler32OfSpaces(n: number): Buffer {
  const MOD = 65521n;
  const big = BigInt(n);
  const a = (1n + 32n * big) % MOD;
  const b = (big + (32n * big * (big + 1n)) / 2n) % MOD;
  const out = Buffer.alloc(4);
  out.writeUInt32BE(Number((b << 16n) | a));
  return out;
}

/** CRC-32 of `n` spaces after `crc`, a megabyte at a time. */
function crcOfSpaces(n: number, crc: number): number {
  const chunk = Buffer.alloc(Math.min(n, MB), 0x20);
  for (let left = n; left > 0; left -= chunk.length) crc = crc32(left >= chunk.length ? chunk : chunk.subarray(0, left), crc);
  return crc;
}

/**
 * A one-page PDF saying `text`, whose page content also holds `inflatedBytes` of spaces behind
 * FlateDecode; `hex`: behind [/ASCIIHexDecode /FlateDecode], which a guard measuring FlateDecode
 * streams does not open (only the pool's resident-memory watchdog stops it).
 */
export function pdfBomb(inflatedBytes: number, { text = 'Backups are kept for 30 days.', hex = false } = {}): Buffer {
  const flate = Buffer.concat([Buffer.from([0x78, 0xda]), ...spacePieces(inflatedBytes), FINAL, adler32OfSpaces(inflatedBytes)]);
  const spaces = hex ? Buffer.from(`${flate.toString('hex')}>`) : flate;
  const show = deflateSync(Buffer.from(`BT /F1 12 Tf 72 700 Td (${text}) Tj ET\n`));
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [6 0 R 4 0 R] /Resources << /Font << /F1 5 0 R >> >> >>'),
    stream(spaces, hex ? '[/ASCIIHexDecode /FlateDecode]' : '/FlateDecode'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    stream(show),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  parts.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

function stream(data: Buffer, filter = '/FlateDecode'): Buffer {
  return Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter ${filter} >>\nstream\n`), data, Buffer.from('\nendstream')]);
}

interface ZipPart {
  name: string;
  /** Raw deflate data. */
  data: Buffer;
  size: number;
  crc: number;
}

/** The fields a local header and a central-directory entry share, in the same order from `at`. */
function writeShared(header: Buffer, at: number, p: ZipPart, nameLength: number): Buffer {
  header.writeUInt16LE(8, at); // deflate
  header.writeUInt32LE(p.crc >>> 0, at + 6);
  header.writeUInt32LE(p.data.length, at + 10);
  header.writeUInt32LE(p.size, at + 14);
  header.writeUInt16LE(nameLength, at + 18);
  return header;
}

/** A zip archive of `parts`, sizes declared truthfully (a lying size is caught by the older tests). */
function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = writeShared(Buffer.alloc(30), 8, p, name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    const central = writeShared(Buffer.alloc(46), 10, p, name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += local.length + name.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const part = (name: string, s: string): ZipPart => {
  const bytes = Buffer.from(s);
  return { name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
};

/** An XML part with `padBytes` spaces between `head` and `tail` (whitespace every XML parser skips), deflated piecewise. */
function paddedPart(name: string, head: string, tail: string, padBytes: number): ZipPart {
  const [h, t] = [Buffer.from(head), Buffer.from(tail)];
  const data = Buffer.concat([piece(h), ...spacePieces(padBytes), piece(t), FINAL]);
  return { name, data, size: h.length + padBytes + t.length, crc: crc32(t, crcOfSpaces(padBytes, crc32(h))) };
}

const CONTENT_TYPES = (main: string, type: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="${type}"/></Types>`;
const ROOT_RELS = (main: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`;

/** A .docx saying `text` whose document.xml holds `inflatedBytes` of spaces: a zip bomb that declares its size truthfully. */
export function docxBomb(inflatedBytes: number, { text = 'Backups are kept for 30 days.' } = {}): Buffer {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zip([
    part('[Content_Types].xml', CONTENT_TYPES('word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')),
    part('_rels/.rels', ROOT_RELS('word/document.xml')),
    paddedPart('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p>`, '</w:body></w:document>', inflatedBytes),
  ]);
}

/** A .xlsx with one cell saying `text` whose sheet holds `inflatedBytes` of spaces. */
export function xlsxBomb(inflatedBytes: number, { text = 'Backups are kept for 30 days.' } = {}): Buffer {
  const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip([
    part('[Content_Types].xml', CONTENT_TYPES('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml').replace('</Types>', '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')),
    part('_rels/.rels', ROOT_RELS('xl/workbook.xml')),
    part('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${S}" xmlns:r="${R}"><sheets><sheet name="Answers" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    part('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    paddedPart('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${S}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`, '</sheetData></worksheet>', inflatedBytes),
  ]);
}
