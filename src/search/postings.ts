/**
 * The compact postings of a term file (types.ts TermShard) to and from MiniSearch's serialized
 * form. encodeFields({ 0: { 3: 1, 7: 2 } }, 2) -> [[3, 4, -2], []]
 */
import type { Postings } from './types.ts';

export function encodeFields(postings: Postings, fieldCount: number): number[][] {
  return Array.from({ length: fieldCount }, (_, field) => {
    const units = postings[String(field)] ?? {};
    const out: number[] = [];
    let previous = 0;
    for (const id of Object.keys(units).map(Number).sort((a, b) => a - b)) {
      out.push(id - previous);
      const tf = units[String(id)]!;
      if (tf > 1) out.push(-tf);
      previous = id;
    }
    return out;
  });
}

export function decodeFields(fields: number[][]): Postings {
  const postings: Postings = {};
  fields.forEach((list, field) => {
    if (!list.length) return;
    const units: Record<string, number> = {};
    let id = 0;
    for (const n of list) {
      if (n < 0) units[String(id)] = -n;
      else {
        id += n;
        units[String(id)] = 1;
      }
    }
    postings[String(field)] = units;
  });
  return postings;
}
