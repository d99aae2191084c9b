/**
 * Sentence splitting for English and Polish. Works on one block's text and returns ranges.
 * A period ends a sentence unless it follows a known abbreviation (rules/model/segment.json),
 * a single initial, or sits inside a number ("99.95", "1.2"); the next word must start like a
 * sentence (capital, digit, quote, bracket). A line ending in . ! ? : also ends a sentence.
 */
import abbreviations from '../../rules/model/segment.json' with { type: 'json' };

const ABBREVIATIONS = new Set([...abbreviations.en, ...abbreviations.pl].map((a) => a.toLowerCase()));

/**
 * A sentence end: a run of end punctuation, closing quotes, white space; or a line break. The run
 * is matched only from its first character (the lookbehind), so a line of 100,000 dots is read
 * once rather than once per dot: a match from inside a run would fail exactly where the match
 * from its start did.
 */
const BREAK = /(?<![.!?…])([.!?…]+)(["'”’»)\]]*)(\s+)|\n|(?<=[\p{Ll}\p{N})])\.(?=\p{Lu}\p{Ll}{2,}\s)/gu;
const WHITE = /\s/;
const CLOSERS = `"'”’»)]`;
const CLAUSE_ENDS = '.!?…:;';
/** "- item", "• item", "1. item", "2) item" after a line break. */
const ITEM_START = /[-•*–]\s|(?<!\d)\d+[.)]\s/y;

/** [start, end) ranges of the sentences in `text`, whitespace trimmed, none empty. */
export function splitSentences(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const cues = new LineBreakCues(text);
  let start = 0;
  const re = new RegExp(BREAK);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '\n') {
      // A line break inside a block ends a sentence only after end punctuation or a colon.
      if (cues.endsClause(start, m.index) || cues.startsItem(m.index + 1)) {
        push(ranges, text, start, m.index);
        start = m.index + 1;
      }
      continue;
    }
    if (m[1] === undefined) {
      // A full stop with no space after it, before a capitalised word: two sentences that text
      // extraction ran together ("(AMS3).Nightly backups", "AES-256.All connections").
      if (isGluedBoundary(text, start, m.index)) {
        push(ranges, text, start, m.index + 1);
        start = m.index + 1;
      }
      continue;
    }
    const end = m.index + m[1].length + m[2].length;
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!isBoundary(text, m.index, m[1], next)) continue;
    push(ranges, text, start, end);
    start = m.index + m[0].length;
  }
  push(ranges, text, start, text.length);
  return ranges;
}

/**
 * What the text around each line break says, asked for breaks in increasing order. Each answer
 * reuses the previous one across white space, so a run of many blank lines costs one pass, not
 * one pass per line (which was quadratic).
 */
class LineBreakCues {
  private lastBreak = -1;
  private lastEnds = false;
  private itemFrom = -1;
  private itemTo = -1;
  private itemAnswer = false;
  constructor(private readonly text: string) {}

  /** text[from, at) ends, white space aside, with . ! ? … : ; and closing quotes. */
  endsClause(from: number, at: number): boolean {
    const { text } = this;
    let i = at;
    while (i > from && WHITE.test(text[i - 1]!) && i - 1 !== this.lastBreak) i--;
    let answer: boolean;
    if (i > from && i - 1 === this.lastBreak) {
      // Only white space since the previous break, from the same sentence start: same answer.
      answer = this.lastEnds;
    } else {
      while (i > from && CLOSERS.includes(text[i - 1]!)) i--;
      answer = i > from && CLAUSE_ENDS.includes(text[i - 1]!);
    }
    this.lastBreak = at;
    this.lastEnds = answer;
    return answer;
  }

  /** A list item starts at `from`, after white space (which may span lines). */
  startsItem(from: number): boolean {
    if (from >= this.itemFrom && from <= this.itemTo) return this.itemAnswer;
    let j = from;
    while (j < this.text.length && WHITE.test(this.text[j]!)) j++;
    ITEM_START.lastIndex = j;
    this.itemFrom = from;
    this.itemTo = j;
    this.itemAnswer = ITEM_START.test(this.text);
    return this.itemAnswer;
  }
}

export function isBoundary(text: string, dot: number, punct: string, next: string): boolean {
  if (next === '') return true;
  const startsSentence = /^[\p{Lu}\p{N}"'„“«(\[•\-–]/u.test(next);
  if (punct !== '.') return !/^\p{Ll}/u.test(next);
  if (!startsSentence) return false;
  const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower.replace(/^.*\./, ''))) {
    // "Inc." and similar end sentences often; only keep them joined before a lower-case word or digit,
    // or a bracket that opens with one ("Acme Mail Inc. (e-mail notifications) and ...").
    return !/^(?:\(\s*)?[\p{Ll}\p{N}]/u.test(next) && !ALWAYS_JOIN.has(lower);
  }
  // A single initial ("J. Smith") or a dotted abbreviation ("e.g", "U.S").
  if (/^\p{Lu}$/u.test(word) || /^\p{L}(\.\p{L})+$/u.test(word)) return false;
  return true;
}

/**
 * The glued full stop at `dot` ends a sentence unless its word is part of a name with dots in it
 * (a domain, a path, a namespace, an e-mail), an abbreviation, or the sentence has under three words.
 */
function isGluedBoundary(text: string, start: number, dot: number): boolean {
  const word = /\S+$/u.exec(text.slice(Math.max(start, dot - 40), dot))?.[0] ?? '';
  if (/[./@:\\_]/.test(word)) return false;
  if (ABBREVIATIONS.has(word.replace(/^[("'„“]+/, '').toLowerCase())) return false;
  return text.slice(start, dot).trim().split(/\s+/).length >= 3;
}

/** Abbreviations that almost never end a sentence, even before a capital ("np. Azure"). */
const ALWAYS_JOIN = new Set(['e.g', 'i.e', 'np', 'm.in', 'tzw', 'tj', 'tzn', 'ok', 'ul', 'nr', 'no', 'dr', 'prof', 'mr', 'mrs', 'ms', 'fig', 'rys', 'wg', 'zob', 'por', 'cf', 'vs', 'art', 'pkt', 'ust', 'godz', 'ds', 'approx', 'incl', 'ang']);

function push(ranges: Array<[number, number]>, text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) ranges.push([start, end]);
}
