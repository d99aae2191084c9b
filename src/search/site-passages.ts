/**
 * The site's forms of the search files. A passage file (search/<lang>.d<n>.json) holds each
 * passage as its end offset instead of its text, since the site holds every document's text once
 * already, in its page (src/site/text-layout.ts gives it back exactly); the search page reads the
 * texts of the shown results from there (query.ts TextSource). Its units are packed into one
 * string (packUnits: per unit the section's step, the gap from the previous end and the length). A term file (<lang>.t<n>.json)
 * holds each field's postings packed into a string (postings.ts packField; 0.45x the bytes).
 * The KB keeps the full files for the CLI; query.ts reads both forms.
 */
import { packField } from './postings.ts';
import { packInts, unpackInts, unzigzag, zigzag } from './packed.ts';
import type { SearchDocument, TermShard } from './types.ts';

/** Whether a search file name is a passage file. */
export const isPassageFile = (name: string): boolean => /\.d\d+\.json$/.test(name);
/** Whether a search file name is a term file. */
export const isTermFile = (name: string): boolean => /\.t\d+\.json$/.test(name);

type Unit = SearchDocument['units'][number];

export function sitePassages(json: string): string {
  const doc = JSON.parse(json) as SearchDocument;
  const units = doc.units.map(([section, start, text]): Unit => [section, start, typeof text === 'string' ? start + text.length : text]);
  return JSON.stringify({ ...doc, units: packUnits(units) });
}

/** [section, start, end] units (the site's) as one string; units with texts stay as they are. */
export function packUnits(units: Unit[]): string | Unit[] {
  if (units.some((u) => typeof u[2] !== 'number')) return units;
  const prev = { section: 0, end: 0 };
  return packInts(
    units.flatMap(([section, start, end]) => {
      const codes = [zigzag(section - prev.section), zigzag(start - prev.end), zigzag((end as number) - start)];
      Object.assign(prev, { section, end });
      return codes;
    }),
  );
}

export function unpackUnits(packed: string): Unit[] {
  const codes = unpackInts(packed);
  const out: Unit[] = [];
  const prev = { section: 0, end: 0 };
  for (let i = 0; i + 2 < codes.length; i += 3) {
    const section = prev.section + unzigzag(codes[i]!);
    const start = prev.end + unzigzag(codes[i + 1]!);
    const end = start + unzigzag(codes[i + 2]!);
    out.push([section, start, end]);
    Object.assign(prev, { section, end });
  }
  return out;
}

export function siteTerms(json: string): string {
  const shard = JSON.parse(json) as TermShard;
  return JSON.stringify({ ...shard, terms: shard.terms.map(([term, ...fields]) => [term, ...fields.map((f) => (typeof f === 'string' ? f : packField(f)))]) });
}

/** A KB search file as the site serves it. */
export const siteSearchFile = (name: string, json: string): string => (isPassageFile(name) ? sitePassages(json) : isTermFile(name) ? siteTerms(json) : json);

/** A search file's JSON, a site passage file's packed units unpacked (the form query.ts reads). */
export function parseSearchFile(json: string): unknown {
  const value = JSON.parse(json) as { units?: unknown };
  if (typeof value.units === 'string') value.units = unpackUnits(value.units);
  return value;
}
