/**
 * The search's own Porter2 (src/search/porter2.ts, so the browser bundle skips snowball-stemmers'
 * other languages) must stem exactly as snowball-stemmers' `english`, which the index was built
 * with: checked on every word of the installed packages' READMEs and TypeScript's lib typings
 * (tens of thousands of English words), the sample corpus, and generated edge-case strings.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as snowball from 'snowball-stemmers';
import { porter2 } from '../../src/search/porter2.ts';
import { stemmerFor } from '../../src/search/analyzer.ts';

const root = path.resolve(import.meta.dirname, '../..');
const english = snowball.newStemmer('english');

function wordList(): string[] {
  const files: string[] = [];
  const nm = path.join(root, 'node_modules');
  for (const d of readdirSync(nm)) {
    const dirs = d.startsWith('@') ? readdirSync(path.join(nm, d)).map((s) => path.join(nm, d, s)) : [path.join(nm, d)];
    for (const dir of dirs) for (const f of ['README.md', 'readme.md', 'CHANGELOG.md']) if (existsSync(path.join(dir, f))) files.push(path.join(dir, f));
  }
  const lib = path.join(nm, 'typescript/lib');
  for (const f of readdirSync(lib)) if (f.endsWith('.d.ts')) files.push(path.join(lib, f));
  const sources = path.join(root, 'content/sources');
  if (existsSync(sources)) for (const f of readdirSync(sources)) if (/\.(md|txt|html)$/.test(f)) files.push(path.join(sources, f));
  const words = new Set<string>();
  for (const f of files) for (const m of readFileSync(f, 'utf8').toLowerCase().matchAll(/[\p{L}']+/gu)) words.add(m[0]);
  return [...words].sort();
}

describe('porter2', () => {
  it('stems like snowball-stemmers english on a large word list', () => {
    const words = wordList();
    expect(words.length).toBeGreaterThan(20_000);
    const wrong = words.filter((w) => porter2(w) !== english.stem(w));
    expect(wrong.slice(0, 20).map((w) => [w, english.stem(w), porter2(w)])).toEqual([]);
  });

  it('matches on generated strings (suffix, y and apostrophe edge cases)', () => {
    const letters = fc.constantFrom(...'aeiouybcdgklnrstwxz\''.split(''), 'ing', 'ed', 'ly', 'ies', 'ational', 'eed', 'ogi', 'li', 'e', 'll', 'ion', 'sses');
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 8 }), (parts) => {
        const w = parts.join('');
        expect(porter2(w)).toBe(english.stem(w));
      }),
      { numRuns: 20_000, seed: 42 },
    );
  });

  it('is the analyzer stemmer for English', () => {
    expect(stemmerFor('en')('encryption')).toBe(english.stem('encryption'));
    expect(stemmerFor('en')('backups')).toBe('backup');
    expect(porter2('constructor')).toBe('constructor');
  });
});
