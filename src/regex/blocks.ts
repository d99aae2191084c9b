/**
 * Small typed arrays cut from shared blocks. V8 gives each typed array past 64 bytes a backing
 * store of its own outside the heap, allocated, accounted and freed one by one by the garbage
 * collector; a text's scan (registry.ts) made one or two (a bit per registered literal: ~1.3 KB,
 * and its terms), and a long document's scans made hundreds of thousands: the kept scans' `get`
 * and the collector were the largest items of a 1.6 MB document's profile. A block is never
 * reused, so an array cut from it keeps its contents for as long as it is held (and holds its
 * block: at most BLOCK_BYTES for each array still held).
 */
const BLOCK_BYTES = 64 * 1024;
/** Larger arrays get their own backing store, as before. */
const MAX_CUT = BLOCK_BYTES / 16;
/** Typed arrays up to this size live on V8's heap already. */
const IN_HEAP = 64;

let block = new ArrayBuffer(0);
let used = 0;

/** Where `bytes` (a multiple of 4) starts in the current block, starting a new block when it is full. */
function cut(bytes: number): number {
  if (used + bytes > block.byteLength) {
    block = new ArrayBuffer(BLOCK_BYTES);
    used = 0;
  }
  const at = used;
  used += bytes;
  return at;
}

/** A Uint32Array of `length` zeros. */
export function zeroedUint32(length: number): Uint32Array {
  const bytes = length * 4;
  if (bytes <= IN_HEAP || bytes > MAX_CUT) return new Uint32Array(length);
  const at = cut(bytes);
  return new Uint32Array(block, at, length);
}

/** An Int32Array holding `values` (a copy). */
export function int32Of(values: ArrayLike<number>): Int32Array {
  const bytes = values.length * 4;
  if (bytes <= IN_HEAP || bytes > MAX_CUT) return new Int32Array(values);
  const at = cut(bytes);
  const copy = new Int32Array(block, at, values.length);
  copy.set(values);
  return copy;
}
