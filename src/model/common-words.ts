/**
 * The most frequent words of English and Polish (rules/common/common-words.json, made by
 * scripts/common-words.mjs from the zxcvbn-ts language packs' frequency lists): a capitalised
 * word among them is a word of the language before it is a name.
 */
import lists from '../../rules/common/common-words.json' with { type: 'json' };

let common: Set<string> | undefined;

/** `word` (any case) is among the most frequent words of English or Polish. */
export function isCommonWord(word: string): boolean {
  common ??= new Set([...lists.en, ...lists.pl]);
  return common.has(word.toLowerCase());
}
