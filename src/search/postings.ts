/**
 * The compact postings of a term file (types.ts TermShard) to and from MiniSearch's serialized
 * form. encodeFields({ 0: { 3: 1, 7: 2 } }, 2) -> [[3, 4, -2], []]
 *
 * The site serves each field's list packed into a string (sitePostings, packed.ts): a gap g as
 * 3g, a term frequency t as 3(t - 2) + 1, and a run of r >= 2 gaps of 1 (a term in every passage
 * of a section or document, as the heading and doc fields are) as 3(r - 2) + 2. decodeFields
 * reads both forms, so the CLI's KB files and the site's give the same postings.
 */
import { packInts, unpackInts } from './packed.ts';
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

/** One field's list of encodeFields as the site's packed string. */
export function packField(list: readonly number[]): string {
  /** A gap of 1 not followed by a term frequency. */
  const single = (j: number): boolean => list[j] === 1 && !(list[j + 1]! < 0);
  const codes: number[] = [];
  for (let i = 0; i < list.length; ) {
    const n = list[i]!;
    let run = 0;
    while (single(i + run)) run++;
    if (run >= 2) {
      codes.push(3 * (run - 2) + 2);
      i += run;
    } else {
      codes.push(n < 0 ? 3 * (-n - 2) + 1 : 3 * n);
      i++;
    }
  }
  return packInts(codes);
}

export function unpackField(packed: string): number[] {
  const out: number[] = [];
  for (const code of unpackInts(packed)) {
    const v = Math.floor(code / 3);
    if (code % 3 === 0) out.push(v);
    else if (code % 3 === 1) out.push(-(v + 2));
    else for (let k = 0; k < v + 2; k++) out.push(1);
  }
  return out;
}

export function decodeFields(fields: Array<number[] | string>): Postings {
  const postings: Postings = {};
  fields.forEach((field, f) => {
    const list = typeof field === 'string' ? unpackField(field) : field;
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
    postings[String(f)] = units;
  });
  return postings;
}
