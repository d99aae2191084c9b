/**
 * The site's forms of the search files. A passage file (search/<lang>.d<n>.json) holds each
 * passage as its end offset instead of its text, since the site holds every document's text once
 * already, in its page (src/site/text-layout.ts gives it back exactly); the search page reads the
 * texts of the shown results from there (query.ts TextSource). A term file (<lang>.t<n>.json)
 * holds each field's postings packed into a string (postings.ts packField; 0.45x the bytes).
 * The KB keeps the full files for the CLI; query.ts reads both forms.
 */
import { packField } from './postings.ts';
import type { SearchDocument, TermShard } from './types.ts';

/** Whether a search file name is a passage file. */
export const isPassageFile = (name: string): boolean => /\.d\d+\.json$/.test(name);
/** Whether a search file name is a term file. */
export const isTermFile = (name: string): boolean => /\.t\d+\.json$/.test(name);

export function sitePassages(json: string): string {
  const doc = JSON.parse(json) as SearchDocument;
  const units = doc.units.map(([section, start, text]): SearchDocument['units'][number] => [section, start, typeof text === 'string' ? start + text.length : text]);
  return JSON.stringify({ ...doc, units });
}

export function siteTerms(json: string): string {
  const shard = JSON.parse(json) as TermShard;
  return JSON.stringify({ ...shard, terms: shard.terms.map(([term, ...fields]) => [term, ...fields.map((f) => (typeof f === 'string' ? f : packField(f)))]) });
}

/** A KB search file as the site serves it. */
export const siteSearchFile = (name: string, json: string): string => (isPassageFile(name) ? sitePassages(json) : isTermFile(name) ? siteTerms(json) : json);
