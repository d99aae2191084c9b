/**
 * Word stems for the aligner: Snowball English, and @nlpjs StemmerPl for Polish. StemmerPl is
 * inconsistent across cases ("kopia" -> "kop", "kopii" -> "kopi"), so Polish stems are also
 * compared by prefix ({@link sameStem}). Both libraries are plain JS (no Node built-ins).
 */
import StemmerPl from '@nlpjs/lang-pl/src/stemmer-pl.js';
import snowball from 'snowball-stemmers';

const plStemmer = new StemmerPl();
const enStemmer = snowball.newStemmer('english');
const cache = new Map<string, string>();

/** Lower-cased stem of one word: `stem('szyfrowania', 'pl')` -> "szyfr". */
export function stem(word: string, lang: string): string {
  const lower = word.toLowerCase();
  const key = `${lang}:${lower}`;
  let result = cache.get(key);
  if (result === undefined) {
    if (lang === 'pl') result = lower.length <= 3 ? lower : String(plStemmer.stemWord(lower));
    else result = lower.length <= 3 ? lower : String(enStemmer.stem(lower));
    cache.set(key, result);
  }
  return result;
}

/** Two stems of one language name the same word: equal, or (Polish) one a short-suffix prefix of the other. */
export function sameStem(a: string, b: string, lang: string): boolean {
  if (a === b) return true;
  if (lang !== 'pl') return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.length - short.length <= 2 && long.startsWith(short);
}
