/**
 * One spelling per case-insensitive class, for literal prefilters: when a case-insensitive regex
 * literal matches some text, `foldCase(literal)` occurs in `foldCase(text)`. Lower, upper, then
 * lower case sends every member of a class to one string ("ſ", "S", "s" -> "s"; the Kelvin sign
 * -> "k"; "ẞ", "ß" -> "ss"); the final sigma, the one context-dependent mapping, is folded to σ so
 * the mapping works letter by letter (tests/regex/fold.test.ts checks every cased code point
 * against the regex engine).
 */
export function foldCase(text: string): string {
  const folded = text.toLowerCase().toUpperCase().toLowerCase();
  return folded.includes('ς') ? folded.replace(/ς/g, 'σ') : folded;
}
