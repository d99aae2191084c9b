/** Finding the block that holds a text offset (blocks sorted by start, as a document holds them). */

/** The index of the block holding `start`, or -1. */
export function blockIndexAt(blocks: ReadonlyArray<{ start: number; end: number }>, start: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= start) lo = mid + 1;
    else if (blocks[mid].start > start) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The block holding `start`. */
export function blockAt<B extends { start: number; end: number }>(blocks: readonly B[], start: number): B | undefined {
  const i = blockIndexAt(blocks, start);
  return i < 0 ? undefined : blocks[i];
}
