/**
 * unbalanced-quote walks from mark to mark (check on a 50-page .docx, bench/README.md "Ninth
 * round"); it must report what the walk over every character reported. The reference below is
 * the function as it was, with round 14's name closed by its own opening mark (“Acme“, „Klient„)
 * and round 15's pairs of real pages (mixed styles, ”…”, « spaced »).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskUrls } from '../../src/findings/rules/text-utils.ts';
import { unbalancedMarks } from '../../src/findings/rules/unbalanced-quote.ts';

const LIST_MARKER = /(?:^|[\s(])(?:\d{1,3}|\p{L}|[ivx]{1,4})\.?$/iu;
const CLOSERS: Record<string, string[]> = { ')': ['('], ']': ['['], '}': ['{'], '”': ['“', '„', '"', '”'], '»': ['«'], '"': ['"', '“', '„'] };
interface Open {
  ch: string;
  at: number;
}
const closesWord = (text: string, i: number): boolean => /[\p{L}\p{N}.!?)]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ');

function referenceMarks(text: string): number[] {
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
  for (let i = 0; i < masked.length; i++) {
    const ch = masked[i];
    // The few characters before a mark, cut only for the marks that look back.
    const before = (): string => masked.slice(Math.max(0, i - 6), i);
    switch (ch) {
      case '‘':
        if (/\p{L}/u.test(masked[i - 1] ?? ' ') && /\p{L}/u.test(masked[i + 1] ?? ' ')) break; // O‘Brien
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
        // "Settings » Data » Export": a path separator stands between spaces; a quote hugs its word.
        if (/\s/u.test(masked[i - 1] ?? ' ') && /\s/u.test(masked[i + 1] ?? ' ')) {
          if (stack.at(-1)?.ch === '«') stack.pop();
          break;
        }
        if (!popTo(CLOSERS['»'])) stack.push({ ch, at: i }); // »reversed« style opens with »
        break;
      case '"':
        if (!popTo(CLOSERS['"']) && !/\d$/u.test(before())) stack.push({ ch, at: i }); // 5" is inches
        break;
      case '’':
        if (stack.at(-1)?.ch === '‘') stack.pop(); // otherwise an apostrophe
        break;
      case ')':
        if (!popTo(CLOSERS[')']) && !LIST_MARKER.test(before()) && !/[:;]-?$/u.test(before())) stray.push(i);
        break;
      case ']':
      case '}':
        if (!popTo(CLOSERS[ch])) stray.push(i);
        break;
      case '”':
        if (popTo(CLOSERS[ch])) break;
        if (/[\s([]/u.test(masked[i - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(masked[i + 1] ?? '')) stack.push({ ch, at: i });
        else stray.push(i);
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


const pieces = fc.constantFrom(
  '(', ')', '[', ']', '{', '}', '„', '“', '”', '‘', '’', '«', '»', '"', ' ', '\n', 'a', 'iv', '1', '12', '5', ':', ';', '-', 'x',
  'https://a.example/(b)', 'ops@acme.example', 'don’t', '‘90s', 'O‘Brien', '1.)', ' » ', 'word',
);

describe('unbalanced-quote from mark to mark', () => {
  it('reports what the walk over every character reported', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), (text) => {
      expect(unbalancedMarks(text)).toEqual(referenceMarks(text));
    }), { numRuns: 5000 });
    for (const t of ['(see “x)', 'Settings » Data » Export', 'a) one b) two', '5" screen', 'He said "yes".”', '„cytat“ i (nawias']) {
      expect(unbalancedMarks(t)).toEqual(referenceMarks(t));
    }
    expect(unbalancedMarks('on termination”.')).toEqual([14]);
  });

  it('reads a name closed with its own opening mark as one quote', () => {
    expect(unbalancedMarks('Acme Ltd (“Acme“) keeps the data.')).toEqual([]);
    expect(unbalancedMarks('zwaną dalej „Klientem„, a Dostawcą')).toEqual([]);
    expect(unbalancedMarks('The product is “Fleet Pro“.')).toEqual([]);
    // An opening mark before a word still opens: two quotes opened, one closed.
    expect(unbalancedMarks('he said “a “b” here')).toEqual([8]);
    expect(unbalancedMarks('„Regulamin i „Cennik”')).toEqual([0]);
  });
});
