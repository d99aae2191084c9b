/**
 * How a document page names another version of it: the title plus what tells the two apart
 * (version label, date, and the file name when neither differs), never empty parentheses. The
 * note is kept apart from its words so the page can say it in either UI language. Pure.
 */
import type { Locale } from '../i18n/index.ts';
import type { SeckbDocument } from '../model/types.ts';
import { formatDate } from './format.ts';

type Named = Pick<SeckbDocument, 'title' | 'version' | 'date' | 'source'>;

/** What tells `other` apart from `current`: its version, its date, else its file name. */
export interface VersionNote {
  v?: string;
  d?: string;
  f?: string;
}

const fileName = (source: string): string => source.split(/[\\/]/).at(-1) ?? source;

export function versionNote(other: Named, current: Named): VersionNote {
  const note: VersionNote = {};
  if (other.version && other.version !== current.version) note.v = other.version;
  if (other.date && other.date !== current.date) note.d = other.date;
  if (!note.v && !note.d) note.f = fileName(other.source);
  return note;
}

/** "v2.1, 3 March 2025"; "2.1" needs the word, "v2.1" or "Release 8.4" says it already. */
export function versionNoteText(note: VersionNote, locale: Locale, versionWord: string): string {
  const parts: string[] = [];
  if (note.v) parts.push(/^\d/.test(note.v) ? `${versionWord} ${note.v}` : note.v);
  if (note.d) parts.push(formatDate(note.d, locale));
  if (note.f) parts.push(note.f);
  return parts.join(', ');
}

/** "Security overview (v2.1, 3 March 2025)", or "Security overview (security-2026.md)". */
export function otherVersionLabel(other: Named, current: Named, locale: Locale, versionWord: string): string {
  return `${other.title} (${versionNoteText(versionNote(other, current), locale, versionWord)})`;
}
