/**
 * The registered literals (registry.ts) as a trie in flat typed arrays, walked from every
 * position of a folded text. A trie of `Map` nodes cost ~0.3-0.7 µs per character (nodes of
 * varying shape, a hash table per node); here the root's children are one array indexed by
 * UTF-16 unit and every other edge is one open-addressing table of (node, unit) keys.
 * Literals are added one at a time as patterns are made, so nothing is ever rebuilt.
 */

import { zeroedUint32 } from './blocks.ts';

/** The literals a text holds: a bit per literal id, and the ids in the order they were met. */
export interface LiteralSet {
  bits: Uint32Array;
  ids: number[];
}

export const holdsLiteral = (set: LiteralSet, id: number): boolean => ((set.bits[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0;

const UNITS = 0x10000;

export class LiteralTrie {
  private readonly rootNext = new Int32Array(UNITS);
  /** Per node, the literal id ending there, or -1. Node 0 is the root. */
  private endId = new Int32Array(1024).fill(-1);
  private nodes = 1;
  private literals = 0;
  // Edges below the root: key (node, unit) -> child node; node 0 marks a free slot.
  private keyNode = new Int32Array(1024);
  private keyUnit = new Int32Array(1024);
  private child = new Int32Array(1024);
  private edges = 0;
  private shift = 32 - 10;

  add(literal: string, id: number): void {
    if (literal.length === 0) return;
    let node = this.rootNext[literal.charCodeAt(0)];
    if (node === 0) node = this.rootNext[literal.charCodeAt(0)] = this.newNode();
    for (let i = 1; i < literal.length; i++) {
      const unit = literal.charCodeAt(i);
      let next = this.next(node, unit);
      if (next === 0) {
        next = this.newNode();
        this.insertEdge(node, unit, next);
      }
      node = next;
    }
    this.endId[node] = id;
    this.literals = Math.max(this.literals, id + 1);
  }

  /** The literals `folded` holds. */
  find(folded: string): LiteralSet {
    const set: LiteralSet = { bits: zeroedUint32((this.literals + 31) >>> 5), ids: [] };
    const { rootNext, endId } = this;
    const n = folded.length;
    for (let i = 0; i < n; i++) {
      let node = rootNext[folded.charCodeAt(i)];
      for (let j = i + 1; node !== 0; j++) {
        const id = endId[node];
        if (id >= 0 && (set.bits[id >>> 5] & (1 << (id & 31))) === 0) {
          set.bits[id >>> 5] |= 1 << (id & 31);
          set.ids.push(id);
        }
        if (j >= n) break;
        node = this.next(node, folded.charCodeAt(j));
      }
    }
    return set;
  }

  private slot(node: number, unit: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca77)) >>> this.shift;
  }

  private next(node: number, unit: number): number {
    const mask = this.keyNode.length - 1;
    for (let s = this.slot(node, unit); ; s = (s + 1) & mask) {
      const k = this.keyNode[s];
      if (k === 0) return 0;
      if (k === node && this.keyUnit[s] === unit) return this.child[s];
    }
  }

  private insertEdge(node: number, unit: number, child: number): void {
    if (2 * (this.edges + 1) > this.keyNode.length) this.growEdges();
    const mask = this.keyNode.length - 1;
    let s = this.slot(node, unit);
    while (this.keyNode[s] !== 0) s = (s + 1) & mask;
    this.keyNode[s] = node;
    this.keyUnit[s] = unit;
    this.child[s] = child;
    this.edges++;
  }

  private growEdges(): void {
    const [nodes, units, children] = [this.keyNode, this.keyUnit, this.child];
    this.keyNode = new Int32Array(nodes.length * 2);
    this.keyUnit = new Int32Array(nodes.length * 2);
    this.child = new Int32Array(nodes.length * 2);
    this.shift--;
    this.edges = 0;
    for (let s = 0; s < nodes.length; s++) if (nodes[s] !== 0) this.insertEdge(nodes[s], units[s], children[s]);
  }

  private newNode(): number {
    if (this.nodes === this.endId.length) {
      const grown = new Int32Array(this.endId.length * 2).fill(-1);
      grown.set(this.endId);
      this.endId = grown;
    }
    return this.nodes++;
  }
}
