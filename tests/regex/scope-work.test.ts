/**
 * Looking texts up in the scoped document (src/regex/registry.ts `insideScope`) must cost work
 * that grows with the document, not with the document times its texts: the claim rules ask for
 * every unit, for its text, the text before it, its heading and texts they make up
 * (`${label} ${sentence}`), which occur nowhere in the document. Counted as characters
 * searched and scanned (scopeWork), not timed.
 */
import { describe, expect, it } from 'vitest';
import { insideScope, SEARCHED_WHOLE, scopeAt, scopeText, scopeWork } from '../../src/regex/registry.ts';

const WORDS = ['backups', 'are', 'kept', 'for', 'days', 'encrypted', 'with', 'keys', 'rotated', 'every', 'year', 'customer', 'data', 'hosted', 'in', 'region', 'staff', 'access', 'reviewed', 'monthly'];

/** Sentences of varied words and numbers (a seeded walk), so no two in a row are alike. */
function sentences(count: number): string[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 8 + (next() % 10) }, () => WORDS[next() % WORDS.length]);
    return `${words.join(' ')} ${i}.`;
  });
}

/** Reads every sentence as the claim rules do; returns the work per character of the document. */
function readAll(list: string[], withHints: boolean): number {
  const heading = 'Section one: how customer data is protected';
  const text = `${heading}\n\n${list.join(' ')}`;
  scopeText(text);
  const before = scopeWork.searched + scopeWork.scanned;
  let at = heading.length + 2;
  list.forEach((s, i) => {
    if (withHints) scopeAt(at);
    // Found near the hint; without one, it may be scanned instead (the same answer for a pattern).
    expect(insideScope(s)).toBe(withHints ? true : insideScope(s));
    // The text before it (bounded), its heading far away, and a text made up of two lines.
    insideScope(text.slice(Math.max(0, at - 2000), at));
    insideScope(heading);
    expect(insideScope(`${list[i - 1] ?? heading} | ${s}`)).toBe(false);
    at += s.length + 1;
  });
  const work = scopeWork.searched + scopeWork.scanned - before;
  scopeText(undefined);
  return work / text.length;
}

describe('insideScope work', () => {
  it('grows linearly with a long document (per character: flat from one size to twice that)', () => {
    const n = Math.ceil((SEARCHED_WHOLE * 1.2) / 100);
    const one = readAll(sentences(n), true);
    const two = readAll(sentences(2 * n), true);
    // Searching the whole document for each made-up text doubles the work per character.
    expect(two / one).toBeLessThan(1.25);
    // A few windows per text: a bounded amount per character.
    expect(two).toBeLessThan(200);
  });

  it('stays linear without hints (a text not found near the last one is scanned, not searched for)', () => {
    const n = Math.ceil((SEARCHED_WHOLE * 1.2) / 100);
    expect(readAll(sentences(2 * n), false) / readAll(sentences(n), false)).toBeLessThan(1.25);
  });

  it('never calls a text inside that the document lacks, and finds what it holds', () => {
    const list = sentences(50);
    scopeText(list.join(' '));
    expect(insideScope(list[40])).toBe(true);
    scopeAt(0);
    expect(insideScope(list[45])).toBe(true);
    expect(insideScope(`${list[3]} ${list[9]}`)).toBe(false);
    scopeText(undefined);
  });
});
