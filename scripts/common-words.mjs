// Writes rules/common/common-words.json: the most frequent words of English and Polish, taken from
// the frequency lists of the zxcvbn-ts language packs (MIT; built from subtitle corpora, so they
// hold everyday words, not the vocabulary of security papers). The vendor guess reads a word among
// them as a word before a name (src/model/common-words.ts). Run `node scripts/common-words.mjs`
// after updating the packages; tests/model/common-words.test.ts fails when the file and the
// packages differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** Words kept per language, most frequent first: enough for "category", "priority", "aktywny"; fewer brands. */
export const WORDS_PER_LANGUAGE = 20_000;
export const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../rules/common/common-words.json');

/** The file's text, from the installed packages. */
export function commonWordsFile() {
  const list = (pkg) => {
    const words = JSON.parse(readFileSync(require.resolve(`${pkg}/src/commonWords.json`), 'utf8'));
    const { version } = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8'));
    return { source: `${pkg}@${version} src/commonWords.json`, words: words.slice(0, WORDS_PER_LANGUAGE) };
  };
  const en = list('@zxcvbn-ts/language-en');
  const pl = list('@zxcvbn-ts/language-pl');
  const lines = [
    '{',
    `  "$comment": ${JSON.stringify(`Made by scripts/common-words.mjs: the ${WORDS_PER_LANGUAGE} most frequent words of each language, from ${en.source} and ${pl.source} (MIT). Do not edit by hand.`)},`,
    `  "en": ${JSON.stringify(en.words)},`,
    `  "pl": ${JSON.stringify(pl.words)}`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(OUTPUT, commonWordsFile());
