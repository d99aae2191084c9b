/**
 * The site's form of a passage file (search/<lang>.d<n>.json): each passage as its end offset
 * instead of its text, since the site holds every document's text once already, in its page
 * (src/site/text-layout.ts gives it back exactly); the search page reads the texts of the shown
 * results from there (query.ts TextSource). The KB keeps the full files for the CLI.
 */
import type { SearchDocument } from './types.ts';

/** Whether a search file name is a passage file. */
export const isPassageFile = (name: string): boolean => /\.d\d+\.json$/.test(name);

export function sitePassages(json: string): string {
  const doc = JSON.parse(json) as SearchDocument;
  const units = doc.units.map(([section, start, text]): SearchDocument['units'][number] => [section, start, typeof text === 'string' ? start + text.length : text]);
  return JSON.stringify({ ...doc, units });
}
