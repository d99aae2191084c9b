// Type stubs for the two plain-JS stemmers the aligner uses (neither ships types).
declare module '@nlpjs/lang-pl/src/stemmer-pl.js' {
  export default class StemmerPl {
    constructor(container?: unknown);
    stemWord(word: string): string;
  }
}
declare module 'snowball-stemmers' {
  const snowball: { newStemmer(language: string): { stem(word: string): string }; algorithms(): string[] };
  export default snowball;
}
