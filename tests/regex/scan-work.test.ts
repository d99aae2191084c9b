/**
 * Every text a narrowed pattern runs on is scanned for the rule literals it holds
 * (src/regex/registry.ts `scanText`): the work must grow with the texts read, never with the
 * document times its texts, and a scan must say exactly which literals and terms a text holds.
 * Counted as characters scanned (scopeWork), not timed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase } from '../../src/regex/fold.ts';
import { holdsLiteral, LiteralTrie } from '../../src/regex/literal-trie.ts';
import { literalId, possibleTerms, registerTermList, scanText, scopeText, scopeWork } from '../../src/regex/registry.ts';

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

/** Scans every sentence's texts as the claim rules read them; returns the characters scanned per character of the document. */
function readAll(list: string[]): number {
  const heading = 'Section one: how customer data is protected';
  const text = `${heading}\n\n${list.join(' ')}`;
  scopeText(text);
  const before = scopeWork.scanned;
  let at = heading.length + 2;
  list.forEach((s, i) => {
    // Each text many times in a row, as hundreds of patterns test it.
    for (let k = 0; k < 5; k++) {
      scanText(s);
      // The text before it (bounded), its heading far away, and a text made up of two lines.
      scanText(text.slice(Math.max(0, at - 2000), at));
      scanText(heading);
      scanText(`${list[i - 1] ?? heading} | ${s}`);
    }
    at += s.length + 1;
  });
  const work = scopeWork.scanned - before;
  scopeText(undefined);
  return work / text.length;
}

describe('text scans', () => {
  it('cost the same per character of a long document at twice its length', () => {
    const one = readAll(sentences(3000));
    const two = readAll(sentences(6000));
    expect(two / one).toBeLessThan(1.1);
    // Each text once while it is recent: its own length, the 2,000 characters before it, the made-up text.
    expect(two).toBeLessThan(40);
  });

  it('find every literal a text holds and no other (the trie against includes)', () => {
    const letters = fc.constantFrom('a', 'b', 'ab', 'ba', 'x', 'ą', 'Ś', 'ß', 'ſ', ' ', '-');
    fc.assert(
      fc.property(fc.uniqueArray(fc.array(letters, { minLength: 1, maxLength: 4 }).map((p) => foldCase(p.join(''))), { maxLength: 20 }), fc.array(letters, { maxLength: 40 }), (lits, parts) => {
        const trie = new LiteralTrie();
        lits.forEach((l, id) => trie.add(l, id));
        const folded = foldCase(parts.join(''));
        const found = trie.find(folded);
        lits.forEach((l, id) => expect(holdsLiteral(found, id)).toBe(folded.includes(l)));
        expect(new Set(found.ids).size).toBe(found.ids.length);
      }),
    );
  });

  it('give the terms whose clauses a text meets, whatever order the literals come in', () => {
    const clauses = [[['kopi'], ['zapas']], [['backup', 'kopia']], [['days'], ['kept', 'stored'], ['for']], [['dni']], []];
    const list = registerTermList(['t0', 't1', 't2', 't3', 't4'], clauses);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('kopia', 'zapasowa', 'backup', 'days', 'kept', 'stored', 'for', 'dni', 'DNI', 'x', ' '), { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const folded = foldCase(text);
        const expected = clauses.flatMap((c, t) => (c.length > 0 && c.every((clause) => clause.some((l) => folded.includes(l))) ? [t] : []));
        expect(possibleTerms(scanText(text), list)).toEqual(expected);
        for (const l of ['kopi', 'zapas', 'days', 'dni']) expect(holdsLiteral(scanText(text).present, literalId(l))).toBe(folded.includes(l));
      }),
    );
  });
});
