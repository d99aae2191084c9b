/**
 * Scans of the scoped document's short texts, kept for the whole document (registry.ts). Claims,
 * then the findings' data rules, stated risks and frames read the same sentences again, one pass
 * after another, so in a long document a cache of the last few hundred texts had lost a sentence
 * before the next pass came back to it: on 100 KB of prose 10,189 of 16,538 scans were of a text
 * scanned before. A kept scan is its literal ids and terms in one typed array (a scan's bitset is
 * ~800 bytes; a sentence holds ~30 literals), up to a fixed number of integers, so its memory is
 * bounded whatever the document's length; past that, texts are scanned as before.
 */
import { int32Of, zeroedUint32 } from './blocks.ts';
import type { LiteralSet } from './literal-trie.ts';

/** What a kept scan gives back: the scan and the registry's sizes when it was made. */
export interface KeptScan {
  version: number;
  literals: number;
  terms: number;
  present: LiteralSet;
  found: Int32Array;
}

/** Header of an entry: version, literals, terms, number of ids, number of found terms. */
const HEAD = 5;

export class KeptScans {
  private arena = new Int32Array(1 << 12);
  private used = 0;
  private readonly at = new Map<string, number>();

  /** `capacity`: the integers all entries may take (ids, terms, 5 per entry). */
  constructor(private readonly capacity: number) {}

  clear(): void {
    this.at.clear();
    this.used = 0;
    if (this.arena.length > 1 << 12) this.arena = new Int32Array(1 << 12);
  }

  get size(): number {
    return this.at.size;
  }

  get(text: string): KeptScan | undefined {
    const k = this.at.get(text);
    if (k === undefined) return undefined;
    const a = this.arena;
    const [version, literals, terms, ids, found] = [a[k], a[k + 1], a[k + 2], a[k + 3], a[k + 4]];
    const present: LiteralSet = { bits: zeroedUint32((literals + 31) >>> 5), ids: new Array<number>(ids) };
    for (let i = 0; i < ids; i++) {
      const id = a[k + HEAD + i];
      present.ids[i] = id;
      present.bits[id >>> 5] |= 1 << (id & 31);
    }
    return { version, literals, terms, present, found: int32Of(a.subarray(k + HEAD + ids, k + HEAD + ids + found)) };
  }

  /** Keeps `scan` for `text` (replacing an older one), unless that would pass the capacity. */
  set(text: string, scan: KeptScan): void {
    const size = HEAD + scan.present.ids.length + scan.found.length;
    if (this.used + size > this.capacity) return;
    if (this.used + size > this.arena.length) {
      const grown = new Int32Array(Math.min(this.capacity, Math.max(this.arena.length * 2, this.used + size)));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
    }
    const k = this.used;
    const a = this.arena;
    a[k] = scan.version;
    a[k + 1] = scan.literals;
    a[k + 2] = scan.terms;
    a[k + 3] = scan.present.ids.length;
    a[k + 4] = scan.found.length;
    for (let i = 0; i < scan.present.ids.length; i++) a[k + HEAD + i] = scan.present.ids[i];
    a.set(scan.found, k + HEAD + scan.present.ids.length);
    this.used += size;
    this.at.set(text, k);
  }
}
