/** The Polish stemmer as one regex (for OpenSearch's pattern_replace) stems exactly as seckb does. */
import { expect, it } from 'vitest';
import stemData from '../../rules/search/stem-pl.json' with { type: 'json' };
import { polishStemPattern } from '../../src/export/analysis.ts';
import { words } from '../../src/search/analyzer.ts';
import { fold } from '../../src/search/fold.ts';
import { stemPl } from '../../src/search/stem-pl.ts';
import { fixtureDocuments } from './kb-fixture.ts';

it('the pattern_replace form equals stemPl on corpus words and on every suffix after stems of each length', () => {
  const { pattern, replacement } = polishStemPattern();
  const re = new RegExp(pattern);
  const suffixes = stemData.rules.flatMap((r) => r.suffixes).flatMap((s) => [s, fold(s)]);
  const samples = new Set<string>();
  for (const doc of fixtureDocuments()) for (const w of words(doc.text)) samples.add(w.text.toLowerCase());
  // Around the minimum stem length, a suffix inside another ("owania" ends in "ania", "nia", "ia"),
  // a digit, and words shorter than the minimum.
  for (const suffix of suffixes) for (const stem of ['', 'k', 'ko', 'kop', 'kopi', 'szyfr', 'zabezpiecz']) samples.add(stem + suffix);
  for (const extra of ['aes256owania', 'dane', 'ania', 'x', 'relacja', 'korze', 'bezpieczeństwa']) samples.add(extra);
  let changed = 0;
  for (const word of samples) {
    const expected = stemPl(word);
    expect(word.replace(re, replacement), word).toBe(expected);
    if (expected !== word) changed++;
  }
  expect(changed).toBeGreaterThan(500);
});
