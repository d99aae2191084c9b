import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { findConcepts, isDictionaryWord, setExtraEntries } from '../../src/align/lexicon.ts';
import { tokenize } from '../../src/align/tokens.ts';
import { loadFreedict, translations } from '../../src/cli/freedict.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const encode = (n: number) => {
  let s = '';
  do {
    s = B64[n % 64] + s;
    n = Math.floor(n / 64);
  } while (n > 0);
  return s;
};

/** A two-article dictd pair in the layout the Debian package installs (made-up articles). */
function tinyDictionary(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seckb-freedict-'));
  const articles: Array<[string, string]> = [
    ['wrench', 'wrench /rentʃ/ <N>\n 1.  klucz maszynowy\n 2.  szarpnięcie (sudden pull - nagłe)\n'],
    ['tidy', 'tidy /ˈtaɪdɪ/ <Adj>\n  schludny, porządny\n 2.  tidy up (:tidy :up)\n - posprzątać\n'],
  ];
  let body = '';
  const index: string[] = [];
  for (const [word, text] of articles) {
    index.push(`${word}\t${encode(Buffer.byteLength(body))}\t${encode(Buffer.byteLength(text))}`);
    body += text;
  }
  writeFileSync(path.join(dir, 'freedict-eng-pol.index'), index.join('\n') + '\n');
  writeFileSync(path.join(dir, 'freedict-eng-pol.dict.dz'), gzipSync(Buffer.from(body)));
  return dir;
}

afterEach(() => setExtraEntries([]));

describe('FreeDict as an optional lexicon source', () => {
  it('reads translations, leaving out notes, phrases and their translations', () => {
    expect(translations('abandon /x/ <V>\n 1.  zostawiać, opuszczać\n 4.  oddawać (oneself - się)\n 5.  with abandon (:with ADJ :abandon)\n - beztrosko\n')).toEqual(['zostawiać', 'opuszczać', 'oddawać']);
  });

  it('loads an installed dictionary; a missing one gives undefined', () => {
    const entries = loadFreedict(tinyDictionary())!;
    expect(entries).toEqual([
      { id: 'freedict:wrench', en: ['wrench'], pl: ['klucz maszynowy', 'szarpnięcie'] },
      { id: 'freedict:tidy', en: ['tidy'], pl: ['schludny', 'porządny'] },
    ]);
    expect(loadFreedict(mkdtempSync(path.join(tmpdir(), 'seckb-nofreedict-')))).toBeUndefined();
  });

  it('extra entries add concepts but never decide what is a name', () => {
    const en = tokenize('A tidy workshop.');
    const pl = tokenize('Schludny warsztat.');
    expect(findConcepts(en, 'en').map((h) => h.concept)).not.toContain('freedict:tidy');
    setExtraEntries(loadFreedict(tinyDictionary())!);
    expect(findConcepts(en, 'en').map((h) => h.concept)).toContain('freedict:tidy');
    expect(findConcepts(pl, 'pl').map((h) => h.concept)).toContain('freedict:tidy');
    expect(isDictionaryWord('tidy', 'en')).toBe(false);
  });
});
