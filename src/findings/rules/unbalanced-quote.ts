/**
 * A quote mark or bracket with no partner in its paragraph: a stray closing ” left by an edit
 * ("... on contract termination”."), an opening ( never closed. A name closed with its own opening
 * mark (“Acme“, „Klient„) is a quote with its partner, typed alike. Apostrophes (don't, customer’s,
 * klient’a, and O‘Brien typed with a turned comma) are not quotes, list markers ("1)", "a)", "iv)",
 * "1.)") close nothing, and a » between spaces is a menu path's separator ("Ustawienia » Dane").
 * Real pages pair marks in more ways than a typesetter would, and none of these is a stray: a quote
 * opened in one style and closed in another ("Term” means, „Klient"), a name quoted ”…” with the
 * closing mark on both sides, French « Acme » with spaces inside, and a name whose quote a line break
 * cut into two blocks („Podmiotem / Przetwarzającym”). A text that stops mid-sentence was cut (a
 * page's excerpt, a truncated export): what its last block leaves open is the cut's, not the writer's.
 * A dash or quote saved as UTF-8 and read in a Windows code page shows as three characters whose
 * last is often a quote mark ("â€”", "β€”", "â€œ"): an encoding fault, not a quote (maskMisdecoded).
 */
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { blockText, insideSpan, markdownLinkSpans, maskUrls, proseBlocks } from './text-utils.ts';

/** "1)", "a)", "iv)", "1.)" at the start of a line or after a space: an enumeration, not a bracket. */
const LIST_MARKER = /(?:^|[\s(])(?:\d{1,3}|\p{L}|[ivx]{1,4})\.?$/iu;
const CLOSERS: Record<string, string[]> = {
  ')': ['('],
  ']': ['['],
  '}': ['{'],
  '”': ['“', '„', '"', '”'],
  '»': ['«'],
  '"': ['"', '“', '„'],
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
  return strayMarks(text).map((m) => m.at);
}

/** A mark with no partner; `open` when it was left open (it may be closed in a later block). */
export interface StrayMark {
  at: number;
  ch: string;
  open: boolean;
}

/** The marks of `text` that have no partner, in text order. */
export function strayMarks(text: string): StrayMark[] {
  const masked = maskUrls(text);
  const stack: Open[] = [];
  const stray: StrayMark[] = [];
  const popTo = (openers: string[]): boolean => {
    let k = stack.length - 1;
    while (k >= 0 && !openers.includes(stack[k].ch)) k--;
    if (k === -1) return false;
    // Openers crossed by this closer were never closed: "(see “x)".
    for (const o of stack.splice(k).slice(1)) stray.push({ at: o.at, ch: o.ch, open: true });
    return true;
  };
  const closed = (i: number, ch: string): void => {
    stray.push({ at: i, ch, open: false });
  };
  // The few characters before a mark, cut only for the marks that look back.
  const before = (i: number): string => masked.slice(Math.max(0, i - 6), i);
  // Mark to mark: the other characters do nothing (a loop over each one cost most of the rule).
  for (const m of masked.matchAll(MARKS)) {
    const i = m.index;
    const ch = m[0];
    switch (ch) {
      case '‘':
        // "O‘Brien", "customer‘s": a turned comma typed for an apostrophe, between two letters, opens nothing.
        if (/\p{L}/u.test(masked[i - 1] ?? ' ') && /\p{L}/u.test(masked[i + 1] ?? ' ')) break;
        stack.push({ ch, at: i });
        break;
      case '(':
      case '[':
      case '{':
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
        // "Settings » Data » Export": a path separator stands between spaces; a quote hugs its word,
        // except the French « Acme », spaced inside, which closes the « before it.
        if (/\s/u.test(masked[i - 1] ?? ' ') && /\s/u.test(masked[i + 1] ?? ' ')) {
          if (stack.at(-1)?.ch === '«') stack.pop();
          break;
        }
        if (!popTo(CLOSERS['»'])) stack.push({ ch, at: i }); // »reversed« style opens with »
        break;
      case '"':
        if (!popTo(CLOSERS['"']) && !/\d$/u.test(before(i))) stack.push({ ch, at: i }); // 5" is inches
        break;
      case '’':
        if (stack.at(-1)?.ch === '‘') stack.pop(); // otherwise an apostrophe
        break;
      case ')':
        if (!popTo(CLOSERS[')']) && !LIST_MARKER.test(before(i)) && !/[:;]-?$/u.test(before(i))) closed(i, ch);
        break;
      case ']':
      case '}':
        if (!popTo(CLOSERS[ch])) closed(i, ch);
        break;
      case '”':
        if (popTo(CLOSERS[ch])) break;
        // ”Klient”: with nothing open, a ” before a word (after a space or the start) opens.
        if (/[\s([]/u.test(masked[i - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(masked[i + 1] ?? '')) stack.push({ ch, at: i });
        else closed(i, ch);
        break;
      default:
    }
  }
  for (const o of stack) {
    if (o.ch === '‘' && /\d/u.test(masked[o.at + 1] ?? '')) continue; // ‘90s
    stray.push({ at: o.at, ch: o.ch, open: true });
  }
  return stray.sort((a, b) => a.at - b.at);
}

/** Whether `close` (a stray closing mark) can close `open` (a mark left open). */
function partners(open: string, close: string): boolean {
  return (CLOSERS[close] ?? []).includes(open) || (open === '„' && close === '“') || (open === '«' && close === '»');
}

/**
 * Marks left open at a block's end that the first stray closer of one of the next few blocks
 * closes: a quote or bracket a line break cut into two blocks. Removes both from `perBlock`.
 */
function pairAcrossBlocks(perBlock: StrayMark[][]): void {
  for (let b = 0; b < perBlock.length; b++) {
    for (let open = perBlock[b].filter((m) => m.open).at(-1); open; open = perBlock[b].filter((m) => m.open).at(-1)) {
      let paired = false;
      for (let n = b + 1; n < Math.min(perBlock.length, b + 4) && !paired; n++) {
        const first = perBlock[n][0];
        if (first && !first.open && partners(open.ch, first.ch)) {
          perBlock[n].shift();
          perBlock[b].splice(perBlock[b].indexOf(open), 1);
          paired = true;
        }
      }
      if (!paired) break;
    }
  }
}

/**
 * The lead characters of a UTF-8 punctuation mark (E2 80 xx: dashes, quotes, bullets) read in a
 * Windows code page: E2 as â (1250/1252), β (1253), ā (1257) or в (1251), then 80 as € or Ђ.
 */
const MISDECODED = /[âβāв][€Ђ][“”‘’"]/gu;

/** `text` with the quote mark ending each misdecoded punctuation mark blanked (same length). */
export function maskMisdecoded(text: string): string {
  return text.includes('€') || text.includes('Ђ') ? text.replace(MISDECODED, (m) => `${m.slice(0, 2)}-`) : text;
}

/** Whether the text stops mid-sentence: it ends on a letter, digit, comma, dash or opening mark. */
export function endsCut(text: string): boolean {
  return /[\p{L}\p{N},\-–(„“«]\s*$/u.test(text);
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
    const blocks = proseBlocks(doc).filter((b) => b.type !== 'toc-entry');
    const perBlock = blocks.map((b) => strayMarks(maskMisdecoded(blockText(doc, b))).filter((m) => !insideSpan(links, b.start + m.at)));
    pairAcrossBlocks(perBlock);
    // The page's excerpt or export stops mid-sentence: the last block's open marks are the cut's.
    if (perBlock.length && endsCut(doc.text)) perBlock[perBlock.length - 1] = perBlock[perBlock.length - 1].filter((m) => !m.open);
    perBlock.forEach((marks, k) => {
      for (const m of marks) hits.push({ start: blocks[k].start + m.at, end: blocks[k].start + m.at + 1, params: { mark: m.ch } });
    });
    return hits;
  },
};
