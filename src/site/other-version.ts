/**
 * How a document page names another version of it: the title plus what tells the two apart
 * (version label, date, and the file name when neither differs), never empty parentheses. Pure.
 */
import type { Locale } from '../i18n/index.ts';
import type { SeckbDocument } from '../model/types.ts';
import { formatDate } from './format.ts';

type Named = Pick<SeckbDocument, 'title' | 'version' | 'date' | 'source'>;

const fileName = (source: string): string => source.split(/[\\/]/).at(-1) ?? source;

/** "Security overview (v2.1, 3 March 2025)", or "Security overview (security-2026.md)". */
export function otherVersionLabel(other: Named, current: Named, locale: Locale, versionWord: string): string {
  const parts: string[] = [];
  // "2.1" needs the word; "v2.1" or "Release 8.4" says it already.
  if (other.version && other.version !== current.version) parts.push(/^\d/.test(other.version) ? `${versionWord} ${other.version}` : other.version);
  if (other.date && other.date !== current.date) parts.push(formatDate(other.date, locale));
  if (parts.length === 0) parts.push(fileName(other.source));
  return `${other.title} (${parts.join(', ')})`;
}
