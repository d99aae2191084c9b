/**
 * A quote mark or bracket with no partner in its paragraph: a stray closing ” left by an edit
 * ("... on contract termination”."), an opening ( never closed. A name closed with its own opening
 * mark (“Acme“, „Klient„) is a quote with its partner, typed alike. Apostrophes (don't, customer’s,
 * klient’a) are not quotes, list markers ("1)", "a)", "iv)") close nothing, and a » between spaces
 * is a menu path's separator ("Ustawienia » Dane").
 */
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { blockText, insideSpan, markdownLinkSpans, maskUrls, proseBlocks } from './text-utils.ts';

/** "1)", "a)", "iv)" at the start of a line or after a space: an enumeration, not a bracket. */
const LIST_MARKER = /(?:^|[\s(])(?:\d{1,3}|\p{L}|[ivx]{1,4})$/iu;
const CLOSERS: Record<string, string[]> = {
  ')': ['('],
  ']': ['['],
  '}': ['{'],
  '”': ['“', '„'],
  '»': ['«'],
  '"': ['"'],
};

/** Every character the loop below acts on (the cases of its switch). */
const MARKS = /[([{„‘“«»"’)\]}”]/g;

interface Open {
  ch: string;
  at: number;
}

/**
 * An opening mark at `i` that closes the word before it: a letter, digit or stop right before
 * it, and no letter or digit right after (“Acme“ is one quote; “a “b” opens a second).
 */
export function closesWord(text: string, i: number): boolean {
  return /[\p{L}\p{N}.!?)]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ');
}

/** Offsets (in `text`) of marks that have no partner. */
export function unbalancedMarks(text: string): number[] {
  const masked = maskUrls(text);
  const stack: Open[] = [];
  const stray: number[] = [];
  const popTo = (openers: string[]): boolean => {
    let k = stack.length - 1;
    while (k >= 0 && !openers.includes(stack[k].ch)) k--;
    if (k === -1) return false;
    // Openers crossed by this closer were never closed: "(see “x)".
    for (const o of stack.splice(k).slice(1)) stray.push(o.at);
    return true;
  };
  // The few characters before a mark, cut only for the marks that look back.
  const before = (i: number): string => masked.slice(Math.max(0, i - 6), i);
  // Mark to mark: the other characters do nothing (a loop over each one cost most of the rule).
  for (const m of masked.matchAll(MARKS)) {
    const i = m.index;
    const ch = m[0];
    switch (ch) {
      case '(':
      case '[':
      case '{':
      case '‘':
        stack.push({ ch, at: i });
        break;
      case '„':
        // A name closed with its own opening mark, „Klient„: the second hugs the word before it.
        if (stack.at(-1)?.ch === '„' && closesWord(masked, i)) stack.pop();
        else stack.push({ ch, at: i });
        break;
      case '“':
        // Polish/German „…“ closes with “; English opens with it, and may close with it too: “Acme“.
        if (stack.at(-1)?.ch === '„' || (stack.at(-1)?.ch === '“' && closesWord(masked, i))) stack.pop();
        else stack.push({ ch, at: i });
        break;
      case '«':
        if (stack.at(-1)?.ch === '»') stack.pop();
        else stack.push({ ch, at: i });
        break;
      case '»':
        // "Settings » Data » Export": a path separator stands between spaces; a quote hugs its word.
        if (/\s/u.test(masked[i - 1] ?? ' ') && /\s/u.test(masked[i + 1] ?? ' ')) break;
        if (!popTo(CLOSERS['»'])) stack.push({ ch, at: i }); // »reversed« style opens with »
        break;
      case '"':
        if (!popTo(CLOSERS['"']) && !/\d$/u.test(before(i))) stack.push({ ch, at: i }); // 5" is inches
        break;
      case '’':
        if (stack.at(-1)?.ch === '‘') stack.pop(); // otherwise an apostrophe
        break;
      case ')':
        if (!popTo(CLOSERS[')']) && !LIST_MARKER.test(before(i)) && !/[:;]-?$/u.test(before(i))) stray.push(i);
        break;
      case ']':
      case '}':
      case '”':
        if (!popTo(CLOSERS[ch])) stray.push(i);
        break;
      default:
    }
  }
  for (const o of stack) {
    if (o.ch === '‘' && /\d/u.test(masked[o.at + 1] ?? '')) continue; // ‘90s
    stray.push(o.at);
  }
  return stray.sort((a, b) => a - b);
}

export const rule: CodeRule = {
  id: 'unbalanced-quote',
  kind: 'unbalanced-quote',
  severity: 'warning',
  messageKey: 'findings.unbalanced-quote',
  detect(doc) {
    const hits: RuleHit[] = [];
    // A markdown link wrapped across two blocks leaves "[" in one and "](url)" in the next: not strays.
    const links = markdownLinkSpans(doc.text);
    for (const b of proseBlocks(doc)) {
      if (b.type === 'toc-entry') continue;
      for (const at of unbalancedMarks(blockText(doc, b))) {
        if (insideSpan(links, b.start + at)) continue;
        hits.push({ start: b.start + at, end: b.start + at + 1, params: { mark: doc.text[b.start + at] } });
      }
    }
    return hits;
  },
};
