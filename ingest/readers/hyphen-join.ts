/**
 * Joining a PDF paragraph's lines, and whether a line-end hyphen belongs to the word ("end-to-" /
 * "end") or only breaks it ("secu-" / "rity"), judged by the words the document prints whole.
 * Linear in the paragraph whatever its words: hostile PDFs hold 10 KB "words" and thousands of
 * hyphenated lines.
 */

export interface Vocabulary {
  words: Set<string>;
  /** "a-b" pairs seen inside lines (from "end-to-end": "end-to", "to-end"). */
  pairs: Set<string>;
}

/** Words of the document as printed inside lines (line-end fragments excluded). */
export function vocabulary(lines: ReadonlyArray<{ text: string }>): Vocabulary {
  const words = new Set<string>();
  const pairs = new Set<string>();
  lines.forEach((l, n) => {
    const tokens = l.text.trim().split(/\s+/);
    const afterHyphen = n > 0 && /[\p{L}\p{M}]-$/u.test(lines[n - 1].text.trim());
    tokens.forEach((tok, i) => {
      if (i === tokens.length - 1 && /-$/.test(tok)) return;
      if (i === 0 && afterHyphen) return; // the tail of a hyphenated word
      const parts = tok.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
      for (const p of parts) words.add(p);
      // Hyphen-joined runs of letters and digits, split without a pattern: the pattern
      // /[\p{L}\p{M}\d]+(?:-[\p{L}\p{M}\d]+)+/gu backtracked over a long token (10 KB: 0.85 s).
      for (const run of tok.toLowerCase().split(/[^\p{L}\p{M}\d-]+/u)) {
        const segs = run.split('-');
        for (let k = 0; k + 1 < segs.length; k++) if (segs[k] && segs[k + 1]) pairs.add(`${segs[k]}-${segs[k + 1]}`);
      }
    });
  });
  return { words, pairs };
}

const LETTER = /^[\p{L}\p{M}]$/u;

/**
 * The letters a text's final hyphen follows ("end-to-" -> "to"), read from the end: a pattern
 * anchored at the end scans the whole paragraph at each of its lines (quadratic), and backtracks
 * over a long run of letters (a 10 KB word: 0.8 s; hostile PDFs hold such runs).
 */
function wordBeforeFinalHyphen(text: string): string | undefined {
  if (!text.endsWith('-')) return undefined;
  let start = text.length - 1;
  while (start > 0) {
    const width = start > 1 && /[\udc00-\udfff]/.test(text[start - 1]!) && /[\ud800-\udbff]/.test(text[start - 2]!) ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start < text.length - 1 ? text.slice(start, -1) : undefined;
}

/** How much of a paragraph's end the hyphen checks read: the longest word they look at. */
const TAIL_CHARS = 512;

/** The last characters of the pieces joined (at most TAIL_CHARS, from at most 64 pieces). */
function tailOf(pieces: string[]): string {
  let tail = '';
  for (let i = pieces.length - 1; i >= 0 && i >= pieces.length - 64 && tail.length < TAIL_CHARS; i--) tail = pieces[i] + tail;
  return tail.slice(-TAIL_CHARS);
}

/**
 * Joins a paragraph's lines with spaces, removing line-end hyphens where the word is a word. The
 * lines are kept as pieces joined once at the end: dropping a hyphen from one growing string
 * copied all of it at each line (quadratic: 20,000 hyphenated lines took 1.5 s, 5,000 39 ms).
 */
export function joinLines(lines: string[], vocab: Vocabulary): string {
  const pieces: string[] = [];
  let length = 0;
  const push = (piece: string): void => {
    pieces.push(piece);
    length += piece.length;
  };
  const dropLastChar = (): void => {
    let i = pieces.length - 1;
    while (pieces[i] === '') i--;
    pieces[i] = pieces[i]!.slice(0, -1);
    length--;
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (length === 0) {
      pieces.length = 0;
      push(line);
      continue;
    }
    const tail = tailOf(pieces);
    if (tail.endsWith('\u00ad')) {
      dropLastChar();
      push(line);
      continue;
    }
    const left = wordBeforeFinalHyphen(tail);
    const head = /^([\p{L}\p{M}]+)/u.exec(line);
    if (left && head) {
      if (!keepHyphen(tail, left, head[1], vocab)) dropLastChar();
      push(line);
      continue;
    }
    push(' ');
    push(line);
  }
  return pieces.join('');
}

function keepHyphen(before: string, left: string, right: string, vocab: Vocabulary): boolean {
  // A word in capitals broken in two ("ENCRYP-" / "TION") is one word the document prints whole.
  if (/^\p{Lu}+$/u.test(left) && /^\p{Lu}{2,}/u.test(right) && vocab.words.has((left + right).toLowerCase())) return false;
  if (/^[\p{Lu}\d]/u.test(right)) return true; // "Software-as-a-" / "Service", "COVID-" / "19"
  if (before.endsWith(`-${left}-`)) return true; // "end-to-" / "end"
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (vocab.pairs.has(`${l}-${r}`)) return true;
  if (vocab.words.has(l + r)) return false;
  return vocab.words.has(l) && vocab.words.has(r) && l.length > 1 && r.length > 2;
}
