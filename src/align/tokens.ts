/** Word tokens with offsets, shared by the dictionary, entity and language checks. */
export interface Token {
  /** As written. */
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/** Words and numbers of `text` (hyphenated and dotted forms kept whole: "e-mail", "U.S", "27001"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Acronym or product-like token: "ISO", "MFA", "S3", "OAuth2", "FixFlow" (not a plain capitalised word). */
export function isNameLike(token: string): boolean {
  if (/^\p{Lu}{2,}[\p{Lu}\p{N}]*$/u.test(token)) return true; // ISO, AES256
  if (/^\p{L}+\p{N}+$/u.test(token) && /\p{Lu}/u.test(token)) return true; // S3, OAuth2
  return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(token); // CamelCase
}
