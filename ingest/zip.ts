/**
 * Just enough of the zip format to guard .docx files before mammoth opens them: the central
 * directory (names, sizes) and inflating one entry with a cap. A zip bomb declares or hides a
 * huge uncompressed size; both the declared sizes and the real inflated sizes are checked.
 */
import { inflateRawSync } from 'node:zlib';
import { ReadError, reasons } from './errors.ts';
import { inflateCounting } from './inflate-count.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Entries of a zip's central directory; null when the bytes are not a zip archive. */
export function zipEntries(buf: Uint8Array): ZipEntry[] | null {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 12, true));
    if (at + 56 > buf.length || view.getUint32(at, true) !== EOCD64) return null;
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    readZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** Zip64 extra field (id 1): 64-bit sizes and offset replace the 0xffffffff placeholders. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  let p = start;
  while (p + 4 <= start + length && p + 4 <= view.byteLength) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const v = q + 8 <= view.byteLength ? Number(view.getBigUint64(q, true)) : Number.MAX_SAFE_INTEGER;
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    p += 4 + size;
  }
}

/** An entry's data as stored in the archive (compressed when its method is 8). */
function storedData(buf: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const p = entry.localOffset;
  if (p + 30 > buf.length || view.getUint32(p, true) !== LOCAL) {
    throw new ReadError('the zip archive is damaged (bad entry header); re-save the file');
  }
  if (entry.method !== 0 && entry.method !== 8) throw new ReadError(`the zip archive uses an unsupported compression (method ${entry.method}); re-save the file`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  return buf.subarray(start, start + entry.compressedSize);
}

const damaged = (cause?: unknown): ReadError => new ReadError('the zip archive is damaged (cannot decompress); re-save the file', { cause });

/** Inflates one entry, refusing to produce more than `maxBytes`. */
export function readZipEntry(buf: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer {
  const data = storedData(buf, entry);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ReadError(reasons.zipBomb(maxBytes));
    return Buffer.from(data);
  }
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new ReadError(reasons.zipBomb(maxBytes));
    }
    throw damaged(error);
  }
}

/**
 * Streams one entry's content through `each` in pieces, holding none, and returns its size;
 * refuses (zip bomb) as soon as it passes `maxBytes`: a bomb costs a piece, not its size.
 */
export async function streamZipEntry(
  buf: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  each?: (chunk: Buffer) => void,
  /** Called with the size reached when it passes `maxBytes`, before the zip-bomb refusal: may throw a better reason. */
  over?: (bytes: number) => void,
): Promise<number> {
  const data = storedData(buf, entry);
  const refuse = (bytes: number): never => {
    over?.(bytes);
    throw new ReadError(reasons.zipBomb(maxBytes));
  };
  if (entry.method === 0) {
    if (data.length > maxBytes) refuse(data.length);
    each?.(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    return data.length;
  }
  const { bytes, damaged: broken } = await inflateCounting(data, 'raw', maxBytes, each);
  if (bytes > maxBytes) refuse(bytes);
  if (broken) throw damaged();
  return bytes;
}

/**
 * Apache POI's zip-bomb rule (ZipSecureFile: MIN_INFLATE_RATIO 0.01, GRACE_ENTRY_SIZE 100 KB),
 * which every Java reader of Office files applies: a part past 100 KB that expands more than
 * 100 times is no document part (real XML packs 5-30 times) but a run repeated to fill memory.
 */
const MAX_RATIO = 100;
const RATIO_GRACE_BYTES = 100 * 1024;

/**
 * Refuses an archive whose entries expand to more than `maxBytes` in total, by their declared
 * sizes first (cheap) and then by inflating them (declared sizes can lie), keeping none of it;
 * and one with a part that expands more than MAX_RATIO times, as soon as it does.
 */
export async function assertZipWithin(buf: Uint8Array, entries: ZipEntry[], maxBytes: number): Promise<void> {
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > maxBytes) throw new ReadError(reasons.zipBomb(maxBytes));
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const ratioLimit = Math.max(RATIO_GRACE_BYTES, entry.compressedSize * MAX_RATIO);
    const left = maxBytes - total;
    total += await streamZipEntry(buf, entry, Math.min(left, ratioLimit), undefined, (bytes) => {
      throw new ReadError(bytes > left ? reasons.zipBomb(maxBytes) : reasons.zipRatio(entry.name, MAX_RATIO));
    });
  }
}
