/**
 * The patterns as they were before they were made linear (issue 13's 100 KB scan), kept only to
 * check that the linear ones give the same answers on ordinary and generated text.
 */
import { isBoundary } from '../../src/model/segment.ts';

export const OLD_PAGE_SUFFIX = /(?:\t+|\s*\.{2,}\s*|\s{2,}|\s+)(?:\.\s*)?\d{1,3}\s*$/u;
export const OLD_LEADERS = /(?:\s*[.…·_]{2,}\s*|\t+)$/u;
export const OLD_URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+/giu;
export const OLD_CONTACT = /\S+@\S+|https?:\/\/\S+|www\.\S+|\+?\d[\d ()-]{6,}\d/gu;
export const OLD_TOC_PAGE_SUFFIX = /(\t+|\s*\.{2,}\s*|\s{2,})(\.\s*)?\d{1,3}$/u;
export const OLD_MASK_LINKS = /<?(?:https?:\/\/|www\.)[^\s>)\]]+>?|[\w.+-]+@[\w-]+\.[\w.]+/giu;
export const OLD_ANSWER_SPLIT = /\s*[,;–—]\s*|\s+-\s+|\.\s+|\s*\(/;
export const OLD_TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/m;

export function oldSplitSentences(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  const re = /([.!?…]+)(["'”’»)\]]*)(\s+)|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '\n') {
      const before = text.slice(start, m.index).trimEnd();
      if (/[.!?…:;]["'”’»)\]]*$/.test(before) || /^\s*([-•*–]\s|\d+[.)]\s)/.test(text.slice(m.index + 1))) {
        push(ranges, text, start, m.index);
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

function push(ranges: Array<[number, number]>, text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) ranges.push([start, end]);
}
