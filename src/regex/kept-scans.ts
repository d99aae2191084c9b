/**
 * Scans of the scoped document's short texts, kept for the whole document (registry.ts). Claims,
 * then the findings' data rules, stated risks and frames read the same sentences again, one pass
 * after another, so in a long document a cache of the last few hundred texts had lost a sentence
 * before the next pass came back to it: on 100 KB of prose 10,189 of 16,538 scans were of a text
 * scanned before. A kept scan is its literal ids and terms in one typed array (a scan's bitset is
 * ~800 bytes; a sentence holds ~30 literals), up to a fixed number of bytes, so its memory is
 * bounded whatever the document's length; past that, texts are scanned as before.
 *
 * Ids and terms are numbers below 65,535 (a few thousand of each are registered), so an entry
 * keeps them two bytes each; an entry with a larger one keeps its values in pairs. At four bytes
 * a value a 9 MB text's scans (~190 values each) passed the 64 MB at about 4 MB, and every later
 * text was scanned again by each pass that read it.
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

/** Header of an entry, in 16-bit units: version, literals, terms, number of ids, number of found terms (two units each), wide. */
const HEAD = 11;
/** Values from here on do not fit one unit. */
const NARROW = 0xffff;

export class KeptScans {
  private arena = new Uint16Array(1 << 13);
  private used = 0;
  private readonly at = new Map<string, number>();
  /** The 16-bit units all entries may take. */
  private readonly capacity: number;

  /** `capacityBytes`: the bytes all entries may take (ids, terms, 22 bytes of header per entry). */
  constructor(capacityBytes: number) {
    this.capacity = Math.floor(capacityBytes / 2);
  }

  clear(): void {
    this.at.clear();
    this.used = 0;
    if (this.arena.length > 1 << 13) this.arena = new Uint16Array(1 << 13);
  }

  get size(): number {
    return this.at.size;
  }

  get(text: string): KeptScan | undefined {
    const k = this.at.get(text);
    if (k === undefined) return undefined;
    const a = this.arena;
    const word = (at: number) => a[at] * 0x10000 + a[at + 1];
    const version = word(k);
    const literals = word(k + 2);
    const terms = word(k + 4);
    const ids = word(k + 6);
    const found = word(k + 8);
    const present: LiteralSet = { bits: zeroedUint32((literals + 31) >>> 5), ids: new Array<number>(ids) };
    const from = k + HEAD;
    if (a[k + 10] === 0) {
      for (let i = 0; i < ids; i++) {
        const id = a[from + i];
        present.ids[i] = id;
        present.bits[id >>> 5] |= 1 << (id & 31);
      }
      return { version, literals, terms, present, found: int32Of(a.subarray(from + ids, from + ids + found)) };
    }
    for (let i = 0; i < ids; i++) {
      const id = a[from + 2 * i] * 0x10000 + a[from + 2 * i + 1];
      present.ids[i] = id;
      present.bits[id >>> 5] |= 1 << (id & 31);
    }
    const out = new Int32Array(found);
    for (let i = 0; i < found; i++) out[i] = a[from + 2 * (ids + i)] * 0x10000 + a[from + 2 * (ids + i) + 1];
    return { version, literals, terms, present, found: out };
  }

  /** The 16-bit units of the entry at `k`. */
  private sizeAt(k: number): number {
    const a = this.arena;
    const values = a[k + 6] * 0x10000 + a[k + 7] + a[k + 8] * 0x10000 + a[k + 9];
    return HEAD + values * (a[k + 10] === 0 ? 1 : 2);
  }

  /**
   * Keeps `scan` for `text`, unless that would pass the capacity. A scan caught up after
   * registrations (registry.ts) replaces the text's entry in its place when it fits there (a
   * text seldom holds a new literal); appended, each catch-up left a copy behind: a 1.6 MB text's
   * 35,000 texts were stored 53,000 times.
   */
  set(text: string, scan: KeptScan): void {
    const { ids } = scan.present;
    const wide = ids.some((id) => id >= NARROW) || scan.found.some((t) => t >= NARROW);
    const size = HEAD + (ids.length + scan.found.length) * (wide ? 2 : 1);
    const old = this.at.get(text);
    const inPlace = old !== undefined && size <= this.sizeAt(old);
    if (!inPlace && this.used + size > this.capacity) return;
    if (!inPlace && this.used + size > this.arena.length) {
      const grown = new Uint16Array(Math.min(this.capacity, Math.max(this.arena.length * 2, this.used + size)));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
    }
    const k = inPlace ? old! : this.used;
    const a = this.arena;
    const head = [scan.version, scan.literals, scan.terms, ids.length, scan.found.length];
    for (let i = 0; i < head.length; i++) {
      a[k + 2 * i] = head[i] >>> 16;
      a[k + 2 * i + 1] = head[i] & 0xffff;
    }
    a[k + 10] = wide ? 1 : 0;
    const from = k + HEAD;
    if (!wide) {
      for (let i = 0; i < ids.length; i++) a[from + i] = ids[i];
      a.set(scan.found, from + ids.length);
    } else {
      const values = [...ids, ...scan.found];
      for (let i = 0; i < values.length; i++) {
        a[from + 2 * i] = values[i] >>> 16;
        a[from + 2 * i + 1] = values[i] & 0xffff;
      }
    }
    if (!inPlace) this.used += size;
    this.at.set(text, k);
  }
}
