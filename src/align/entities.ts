/**
 * Names that must survive translation: known places and providers (rules/align/entities.json,
 * with Polish inflected forms) and other name-like tokens (acronyms, CamelCase, capitalised words
 * the dictionary does not know), compared literally.
 */
import data from '../../rules/align/entities.json' with { type: 'json' };
import hints from '../../rules/align/language.json' with { type: 'json' };
import { findConcepts, isDictionaryWord } from './lexicon.ts';
import { sameStem, stem } from './stem.ts';
import { isNameLike, tokenize, type Token } from './tokens.ts';

export interface KnownEntity {
  id: string;
  category: string;
  text: string;
}

export interface SentenceEntities {
  known: KnownEntity[];
  /** Other names, as written (possessive/inflection suffix after an apostrophe removed). */
  names: string[];
}

interface Form {
  words: string[];
  /** All-caps forms ("US", "AWS") match case-sensitively so the pronoun "us" is not a country. */
  exact: boolean;
  id: string;
  category: string;
}

const FORMS: Form[] = [];
data.entries.forEach((entry, i) => {
  if (!entry.id || !entry.category) throw new Error(`rules/align/entities.json: entry ${i + 1}: needs "id" and "category"`);
  const seen = new Set<string>();
  for (const form of [...entry.en, ...entry.pl]) {
    if (seen.has(form)) continue;
    seen.add(form);
    const words = tokenize(form).map((t) => t.text);
    FORMS.push({ words, exact: /^[\p{Lu}\p{N}.\s]+$/u.test(form), id: entry.id, category: entry.category });
  }
});
FORMS.sort((a, b) => b.words.length - a.words.length);

/**
 * The forms a token can start, by what wordMatches compares: the exact text, the lower-cased
 * text, and the first five letters of the Polish stem (two stems sameStem accepts share them).
 * A sentence then costs its tokens, not tokens x known forms.
 */
const STEM_KEY = 5;
const byFirstWord = new Map<string, number[]>();
const index = (key: string, i: number): void => {
  const list = byFirstWord.get(key);
  if (!list) byFirstWord.set(key, [i]);
  else if (list.at(-1) !== i) list.push(i);
};
FORMS.forEach((form, i) => {
  const first = form.words[0];
  if (first === undefined) return;
  if (form.exact) return index(`=${first}`, i);
  const lower = first.toLowerCase();
  index(`~${lower}`, i);
  const st = stem(lower, 'pl');
  if (lower.length >= 6 && st.length >= STEM_KEY) index(`*${st.slice(0, STEM_KEY)}`, i);
});

/** Indexes of the forms whose first word may match `token`, in FORMS order. */
function candidateForms(token: Token): number[] {
  const keys = [`=${token.text}`, `~${token.lower}`];
  if (/^\p{Lu}/u.test(token.text)) {
    const st = stem(token.lower, 'pl');
    if (st.length >= STEM_KEY) keys.push(`*${st.slice(0, STEM_KEY)}`);
  }
  const found = new Set<number>();
  for (const key of keys) for (const i of byFirstWord.get(key) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b);
}

const FUNCTION_WORDS = new Set([...hints.en, ...hints.pl]);

function wordMatches(formWord: string, token: Token, exact: boolean): boolean {
  if (exact) return token.text === formWord;
  const f = formWord.toLowerCase();
  if (token.lower === f) return true;
  // Polish inflection of a name not listed: "Amsterdamem" ~ "Amsterdam".
  // Short names are left to the listed forms: "Dania" would otherwise take "Dane" (data).
  if (f.length < 6 || !/^\p{Lu}/u.test(token.text)) return false;
  const a = stem(f, 'pl');
  const b = stem(token.lower, 'pl');
  return Math.min(a.length, b.length) >= 5 && sameStem(a, b, 'pl');
}

/** Known entities and other names in one sentence (`lang` decides which words are dictionary words). */
export function findEntities(text: string, lang: string): SentenceEntities {
  const tokens = tokenize(text);
  // Words inside a dictionary term ("European Union", "Unii Europejskiej") are not names.
  const terms = findConcepts(tokens, lang, false);
  const inTerm = (t: Token) => terms.some((h) => t.start >= h.start && t.end <= h.end);
  const known: KnownEntity[] = [];
  const names: string[] = [];
  const opener = firstWord(text, tokens);
  // The enumerator itself ("IV", "b") is no name either.
  for (let i = opener; i < tokens.length; ) {
    const form = candidateForms(tokens[i])
      .map((k) => FORMS[k])
      .find((f) => f.words.every((w, j) => i + j < tokens.length && wordMatches(w, tokens[i + j], f.exact)));
    if (form) {
      known.push({ id: form.id, category: form.category, text: text.slice(tokens[i].start, tokens[i + form.words.length - 1].end) });
      i += form.words.length;
      continue;
    }
    const token = tokens[i];
    const bare = token.text.replace(/['’].*$/u, '');
    const first = i === opener || opensCell(text, tokens, i);
    if (!inTerm(token) && !inTitleCase(tokens, i) && isName(bare, first ? 0 : i, lang)) names.push(bare);
    i++;
  }
  return { known, names };
}

/**
 * Index of the sentence's first word past a leading enumerator ("4. Recipients", "§ 2. Cele",
 * "2.1. The Controller", "b) Klient"): that word's capital is the sentence's, in either language.
 */
function firstWord(text: string, tokens: Token[]): number {
  let i = 0;
  while (i < tokens.length - 1 && isEnumerator(text, tokens[i])) i++;
  return i;
}

function isEnumerator(text: string, token: Token): boolean {
  if (/^\p{N}[\p{N}.]*$/u.test(token.text)) return true;
  // A lone letter or a Roman numeral, closed by ")" or ".": "a)", "IV.".
  return /^(?:\p{L}|[IVXLC]+)$/u.test(token.text) && /^[).]/u.test(text.slice(token.end, token.end + 1));
}

/**
 * The token opens a table cell or a line ("Brevo (Sendinblue SAS) | Transactional e-mail"): its
 * capital is the cell's, as a sentence's first word's is, in either language.
 */
function opensCell(text: string, tokens: Token[], i: number): boolean {
  return i > 0 && /[|\t\n]\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
}

/** Title Case runs ("Security White Paper") are headings, not names; name-like tokens still count. */
function inTitleCase(tokens: Token[], i: number): boolean {
  if (isNameLike(tokens[i].text)) return false;
  const cap = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !isNameLike(t.text);
  return cap(tokens[i - 1]) || cap(tokens[i + 1]);
}

function isName(word: string, index: number, lang: string): boolean {
  if (/^\p{N}/u.test(word) || word.length < 2) return false;
  if (isNameLike(word)) return !isDictionaryWord(word, 'en') && !isDictionaryWord(word, 'pl');
  // A capitalised word that is not the sentence's first, not a function word, and not in the dictionary.
  if (index === 0 || !/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !FUNCTION_WORDS.has(lower) && !isDictionaryWord(word, lang) && !isDictionaryWord(word, lang === 'en' ? 'pl' : 'en');
}

/** Same name across languages: equal ignoring case, or an inflected form ("Acme" / "Acmeem"). */
export function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short);
}
