/**
 * A guard against PDF compression bombs, run before pdf.js opens the file: every FlateDecode
 * stream pdf.js may decode to read text (page content, forms, fonts, object streams) is inflated
 * once, counted and dropped (ingest/inflate-count.ts), and a PDF whose streams expand to more
 * than the limit is refused. pdf.js keeps a decoded stream whole in an ArrayBuffer outside the
 * V8 heap and has no limit of its own: a 400 KB file holding a 400 MB stream took a worker past
 * 950 MB resident. Images are left out (text extraction never decodes them, and scans are big).
 *
 * The scan is linear: a stream's dictionary is looked for only between the previous stream's
 * end and its own `stream` keyword (at most 16 KB back). Filters other than FlateDecode first
 * are not measured; the pool's resident-memory watchdog (ingest/resident.ts) bounds those.
 */
import { ReadError, formatBytes } from '../errors.ts';
import { inflateCounting } from '../inflate-count.ts';
import { inflateSync } from 'node:zlib';

/** How far before its `stream` keyword a stream's dictionary is looked for. */
const DICT_WINDOW = 16 * 1024;

interface StreamSpan {
  /** Where the stream's data starts and ends in the file. */
  start: number;
  end: number;
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/** The data of each stream whose first filter is FlateDecode and that is no image, in file order. */
export function flateStreams(pdf: Buffer): StreamSpan[] {
  const spans: StreamSpan[] = [];
  let previousEnd = 0;
  for (let at = pdf.indexOf(STREAM); at !== -1; at = pdf.indexOf(STREAM, Math.max(at + STREAM.length, previousEnd))) {
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue;
    // The keyword ends its line (CR LF or LF; a lone CR is tolerated as pdf.js does).
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    if (start === at + STREAM.length) continue;
    const window = pdf.toString('latin1', Math.max(previousEnd, at - DICT_WINDOW), at);
    const dict = window.slice(window.lastIndexOf('obj') + 1);
    const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
    const declaredEnd = length ? start + Number(length[1]) : -1;
    const found = pdf.indexOf(ENDSTREAM, start);
    const end = declaredEnd >= start && declaredEnd <= pdf.length ? declaredEnd : found === -1 ? pdf.length : found;
    previousEnd = end;
    if (end > start && /\/Filter\s*\[?\s*\/FlateDecode\b/.test(dict) && !/\/Subtype\s*\/Image\b/.test(dict)) spans.push({ start, end });
  }
  return spans;
}

/** Small streams are inflated in one call (at most ~1,000x their size); larger ones stream through. */
const SYNC_BYTES = 16 * 1024;

async function inflatedSize(data: Uint8Array, maxBytes: number): Promise<number> {
  if (data.length > SYNC_BYTES) return (await inflateCounting(data, 'zlib', maxBytes)).bytes;
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, maxBytes + 1) }).length;
  } catch (error) {
    // Past the limit, or damaged: pdf.js reads what it can of a damaged stream, little here.
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError ? maxBytes + 1 : 0;
  }
}

/** Refuses a PDF whose FlateDecode streams expand to more than `maxBytes` in all. */
export async function assertPdfStreamsWithin(pdf: Uint8Array, maxBytes: number): Promise<void> {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let total = 0;
  for (const { start, end } of flateStreams(bytes)) {
    total += await inflatedSize(bytes.subarray(start, end), maxBytes - total);
    if (total > maxBytes) {
      throw new ReadError(`the PDF's compressed streams expand to more than ${formatBytes(maxBytes)} (a compression bomb?); if it is genuine, split it or print it to a new PDF`);
    }
  }
}
