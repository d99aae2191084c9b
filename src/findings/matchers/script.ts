/**
 * `script`: letters of another script that look like Latin ones ("СТО" typed in Cyrillic for
 * "CTO", "Micrοsoft" with a Greek omicron). Only look-alike letters count, so a Greek "μs" or
 * "α = 0.05" and whole Cyrillic or Greek sentences are left alone.
 */
import type { CompiledMatcher, MatcherFactory, MatchHit } from './types.ts';

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const LATIN_ALL = /\p{Script=Latin}/gu;
const LETTER_ALL = /\p{L}/gu;

/** Latin letters must be at least this share of a unit's letters for a whole foreign word to stand out. */
const LATIN_MAJORITY = 0.6;

export const script: MatcherFactory = (entry, fail) => {
  const scripts = entry.scripts ?? [];
  if (scripts.length === 0) fail('scripts empty');
  let foreign: RegExp;
  try {
    foreign = new RegExp(scripts.map((s) => `\\p{Script=${s}}`).join('|'), 'u');
  } catch {
    fail(`scripts ${JSON.stringify(scripts)}: not Unicode script names`);
  }
  const lookalikes = new Set([...(entry.lookalikes ?? '')]);
  if (lookalikes.size === 0) fail('lookalikes empty');
  for (const ch of lookalikes) if (!foreign!.test(ch)) fail(`lookalike "${ch}" is not in ${scripts.join('/')}`);
  const mode = entry.mode ?? 'mixed';
  if (mode !== 'mixed' && mode !== 'whole-word') fail(`mode "${mode}" is not mixed or whole-word`);

  const match: CompiledMatcher = (text) => {
    const hits: MatchHit[] = [];
    if (!foreign.test(text)) return hits;
    let latinShare: number | undefined;
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      const chars = [...word];
      const others = chars.filter((c) => foreign.test(c));
      if (others.length === 0) continue;
      const hasLatin = chars.some((c) => LATIN.test(c));
      const alike = others.filter((c) => lookalikes.has(c));
      if (mode === 'mixed') {
        if (!hasLatin || alike.length === 0) continue;
      } else {
        if (hasLatin || chars.length < 2 || alike.length !== chars.length) continue;
        latinShare ??= (text.match(LATIN_ALL)?.length ?? 0) / Math.max(1, text.match(LETTER_ALL)?.length ?? 0);
        if (latinShare < LATIN_MAJORITY) continue;
      }
      hits.push({ start: m.index!, end: m.index! + word.length, params: { word, letters: [...new Set(alike)].join('') } });
    }
    return hits;
  };
  // A hit needs a letter of those scripts: most texts have none (a test per letter of every word cost most).
  match.cannotMatch = (text) => !foreign.test(text);
  return match;
};
