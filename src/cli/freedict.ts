/**
 * FreeDict English-Polish (Debian package `dict-freedict-eng-pol`, GPL/GFDL data) as an optional
 * run-time source of the aligner's lexicon: read from where the package installs it, never copied
 * into the repository. Adds about 16 000 general-language headwords to the built-in security
 * dictionary; without the package nothing changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isDictionaryWord, type DictionaryEntry } from '../align/lexicon.ts';

export const FREEDICT_DIR = '/usr/share/dictd';
const NAME = 'freedict-eng-pol';
/** Translations kept per headword: the first senses are the common ones. */
const MAX_FORMS = 6;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeNumber(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 64 + B64.indexOf(ch);
  return n;
}

/** Polish translations in one dictd article (headword line first; phrases and cross-references skipped). */
export function translations(article: string): string[] {
  const found: string[] = [];
  const lines = article.split('\n').slice(1);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A phrase ("(:with ADJ :abandon)") is followed by its own translation on a "- " line.
    if (/\(:/.test(line) || /See also/.test(line)) {
      if (/^\s*-\s/.test(lines[i + 1] ?? '')) i++;
      continue;
    }
    const text = line
      .replace(/<[^>]*>/g, ' ')
      .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ')
      .replace(/^\s*(?:[IVX]+\.\s*)?(?:\d+\.\s*)?(?:-\s)?/u, ' ');
    for (const part of text.split(/[,;]/)) {
      const form = part.trim();
      if (/^[\p{L}-]+(?: [\p{L}-]+){0,2}$/u.test(form) && form.length >= 2) found.push(form);
    }
  }
  return [...new Set(found)].slice(0, MAX_FORMS);
}

/**
 * The entries of the installed FreeDict dictionary, or `undefined` when it is not installed.
 * Headwords the built-in dictionary knows, proper names and acronyms are left out.
 */
export function loadFreedict(dir = FREEDICT_DIR): DictionaryEntry[] | undefined {
  const indexFile = path.join(dir, `${NAME}.index`);
  const dictFile = path.join(dir, `${NAME}.dict.dz`);
  if (!existsSync(indexFile) || !existsSync(dictFile)) return undefined;
  const body = gunzipSync(readFileSync(dictFile));
  const entries: DictionaryEntry[] = [];
  for (const line of readFileSync(indexFile, 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !length || headword.startsWith('00database') || !/^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}$/u.test(headword)) continue;
    if (isDictionaryWord(headword, 'en')) continue;
    const start = decodeNumber(offset);
    const pl = translations(body.subarray(start, start + decodeNumber(length)).toString('utf8'));
    if (pl.length) entries.push({ id: `freedict:${headword}`, en: [headword], pl });
  }
  return entries;
}
