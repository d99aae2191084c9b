/**
 * Narrowed patterns (src/regex/narrowed.ts) must find exactly what the whole pattern finds: on
 * generated text made of the rule terms' own words, for every concept of both lexicons, the
 * number patterns built from them and every claims table, and through every RegExp entry point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../rules/claims/en.json' with { type: 'json' };
import pl from '../../rules/claims/pl.json' with { type: 'json' };
import common from '../../rules/claims/common.json' with { type: 'json' };
import { COMMON } from '../../src/claims/common.ts';
import { lexiconFor } from '../../src/claims/lexicon.ts';
import { allHits, Table } from '../../src/claims/terms.ts';
import { numberRegexes } from '../../src/claims/values/number.ts';
import { NarrowedRegExp, narrowedRegExp, termList } from '../../src/regex/narrowed.ts';
import { scopeText } from '../../src/regex/registry.ts';

/** Every match as [index, text, groups], the way callers read them. */
function matches(re: RegExp, text: string): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0], m.groups ? { ...m.groups } : undefined, [...m]]);
    if (!re.global) break;
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** Words of the terms themselves (literal runs), so generated text hits many terms. */
function vocabulary(sources: string[]): string[] {
  const words = new Set<string>();
  for (const s of sources) {
    for (const w of s.split(/\\[pPk]\{[^}]*\}|\\[dswbDSWB]|\\.|[()[\]{}|?*+^$<>!=:]/)) if (w.trim().length >= 2) words.add(w.trim());
  }
  return [...words];
}

const SEPARATORS = [' ', ' ', ' ', '\n', ', ', '. ', '-', '(', ')', ' 30 ', ' 2 ', 'ſ', 'K', 'İ', 'ß', 'ς'];
const SUFFIXES = ['', '', '', 'e', 'ie', 'ach', 'ów', 'ami', 's', 'ed', 'ing', 'y', 'ą'];
const CASES = [(s: string) => s, (s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s[0].toUpperCase() + s.slice(1)];

function textOf(words: string[]): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...words), fc.constantFrom(...SUFFIXES), fc.constantFrom(...CASES)).map(([w, s, c]) => c(w + s)) },
    { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
  );
  return fc.array(token, { minLength: 1, maxLength: 24 }).map((t) => t.join(''));
}

const plain = (re: RegExp) => new RegExp(re.source, re.flags);

function sameOnGeneratedText(patterns: RegExp[], words: string[], numRuns: number, minFound: number): void {
  const reference = patterns.map(plain);
  let found = 0;
  fc.assert(
    fc.property(textOf(words), fc.option(textOf(words)), fc.constantFrom('none', 'other', 'around', 'long'), (text, other, kind) => {
      // The scope (the document being read) may be any text, or one the text is part of (the
      // usual case, where a pattern fitted to the document runs without scanning the text);
      // a long one is indexed by trigrams.
      const around = `${other ?? ''}\n${text} ${other ?? ''}`;
      scopeText(kind === 'none' ? undefined : kind === 'other' ? (other ?? '') : kind === 'around' ? around : `${around} `.repeat(Math.ceil(9000 / around.length)));
      patterns.forEach((re, i) => {
        const want = matches(reference[i], text);
        found += want.length;
        expect(matches(re, text), `${re.source.slice(0, 80)} on ${JSON.stringify(text)}`).toEqual(want);
      });
    }),
    { numRuns },
  );
  scopeText(undefined);
  expect(found).toBeGreaterThan(minFound); // the texts do hit terms
}

const claimsTables = (): Table[] => [COMMON.providers, COMMON.certifications, COMMON.countries, COMMON.cities, COMMON.regionCodes, COMMON.subprocessors, ...COMMON.regionNames.values(), ...COMMON.regionCities.values()];
const tableWords = (): string[] =>
  vocabulary([common.providers, common.countries, common.cities, common.certifications, common.subprocessors].flatMap((t) => Object.values(t).flat() as string[]).concat(common.regions.flatMap((r) => [r.code, ...r.names, ...r.cities])));

describe('narrowed patterns find what the whole pattern finds', () => {
  for (const [lang, data] of [['en', en], ['pl', pl]] as const) {
    it(`every ${lang} concept and number pattern`, () => {
      const lex = lexiconFor(lang);
      const names = Object.keys(data.concepts);
      const numbers = Object.values(numberRegexes(lex)).filter((re): re is RegExp => re !== undefined);
      const patterns = [...names.map((n) => lex.concept(n)), lex.negation, lex.modalNegation, lex.farNegation, lex.negationAfter, lex.frequencyExclusions, ...numbers];
      expect(patterns.filter((re) => re instanceof NarrowedRegExp).length).toBeGreaterThan(names.length / 2);
      const words = vocabulary([...Object.values(data.concepts).flat(), ...Object.keys(data.numbers), ...Object.values(data.units).flat(), ...data.every]);
      sameOnGeneratedText(patterns, words, 150, 30);
    }, 120_000);
  }

  it('every claims table', () => {
    const tables = claimsTables();
    const entries = tables.flatMap((t) => (t as unknown as { entries: Array<{ key: string; re: RegExp }> }).entries);
    const words = tableWords();
    // Country and city names are case-sensitive: fewer generated texts hit them (24-59 per 100 runs).
    sameOnGeneratedText(entries.map((e) => e.re), words, 100, 5);
  }, 120_000);

  it('every claims table finds what all its keys find', () => {
    const tables = claimsTables();
    const words = tableWords();
    // A table runs only the keys whose terms the text's scan found: the same hits as every key run.
    let hits = 0;
    fc.assert(
      fc.property(textOf(words), (text) => {
        scopeText(undefined);
        for (const table of tables) {
          const own = (table as unknown as { entries: Array<{ key: string; re: RegExp }> }).entries;
          const all = own.flatMap(({ key, re }) => allHits(plain(re), text, key));
          all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.key.localeCompare(b.key));
          const want: typeof all = [];
          for (const h of all) if (want.length === 0 || h.start >= want[want.length - 1].end) want.push(h);
          hits += want.length;
          expect(table.find(text)).toEqual(want);
        }
      }),
      { numRuns: 60 },
    );
    expect(hits).toBeGreaterThan(10);
  }, 240_000);
});

describe('literals first seen after the scope was set', () => {
  it('are looked up in a long scoped document as in a short one', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-eA-E]{1,5}$/), { minLength: 1, maxLength: 12 }), fc.array(fc.stringMatching(/^[a-e]{1,5}$/), { minLength: 1, maxLength: 6 }), (words, terms) => {
        for (const long of [false, true]) {
          // Words of this run only, so their literals are new to the registry.
          const tag = `zq${run++}x`;
          const doc = words.map((w) => tag + w).join(' ');
          const scope = long ? `${doc} `.repeat(Math.ceil(9000 / (doc.length + 1))) : doc;
          scopeText(scope);
          const sources = terms.map((t) => `${tag}${t}(?![\\p{L}\\p{N}])`);
          const re = narrowedRegExp(['(?<![\\p{L}\\p{N}])', termList(sources)], 'giu');
          const reference = new RegExp(re.source, 'giu');
          for (const text of [doc, scope.slice(0, 60), `${doc} ${doc}`]) expect(matches(re, text)).toEqual(matches(reference, text));
        }
        scopeText(undefined);
      }),
      { numRuns: 200 },
    );
  });
});

describe('NarrowedRegExp behaves as a RegExp', () => {
  const terms = ['kopi\\p{L}*\\s+zapas', 'backup(?![\\p{L}\\p{N}])', 'szyfr', 'a'];
  const make = (flags: string) => narrowedRegExp(['(?<![\\p{L}\\p{N}])', termList(terms), '\\p{L}*'], flags);
  const whole = (flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})\\p{L}*`, flags);
  const text = 'Kopie zapasowe, BACKUP i szyfrowanie; a backupy. Nic więcej.';

  it('has the whole source and the same flags', () => {
    expect(make('giu').source).toBe(whole('giu').source);
    expect(String(make('giu'))).toBe(String(whole('giu')));
    expect(make('gdiu').flags).toBe('dgiu');
  });

  it('gives the same results through exec, test, match, matchAll, replace, search and split', () => {
    for (const flags of ['giu', 'iu', 'yiu', 'gdiu', 'gu']) {
      const [a, b] = [make(flags), whole(flags)];
      expect(matches(a, text)).toEqual(matches(b, text));
      expect(a.test(text)).toBe(b.test(text));
      expect(text.match(a)).toEqual(text.match(b));
      if (flags.includes('g')) expect([...text.matchAll(a)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(b)].map((m) => [m.index, m[0]]));
      expect(text.replace(a, '<$&>')).toBe(text.replace(b, '<$&>'));
      expect(text.search(a)).toBe(text.search(b));
      expect(text.split(a)).toEqual(text.split(b));
    }
  });

  it('keeps lastIndex as a global regex does, also where nothing can match', () => {
    const a = make('giu');
    a.lastIndex = 5;
    expect(a.exec('nothing here')).toBeNull();
    expect(a.lastIndex).toBe(0);
    a.lastIndex = 3;
    const m = a.exec(text)!;
    const b = whole('giu');
    b.lastIndex = 3;
    expect([m.index, a.lastIndex]).toEqual([b.exec(text)!.index, b.lastIndex]);
  });

  it('compiles only the terms a text can match', () => {
    const a = make('giu') as NarrowedRegExp;
    a.exec('szyfrowanie');
    expect((a as unknown as { pattern: { source(): string } }).pattern.source()).toBe('(?<![\\p{L}\\p{N}])(?:szyfr|a)\\p{L}*');
  });

  it('lets neighbouring terms share their boundary class', () => {
    const WE = '(?![\\p{L}\\p{N}])';
    const re = narrowedRegExp(['(?<![\\p{L}\\p{N}])', termList([`dni${WE}`, `doby${WE}`, 'godzin\\p{L}*', 'minut\\p{L}*', `h${WE}`, `a\\\\${WE}`])], 'giu');
    re.exec('3 dni, 2 doby, 4 godziny, 5 minut, 6 h, a\\');
    expect((re as unknown as { pattern: { source(): string } }).pattern.source()).toBe(
      `(?<![\\p{L}\\p{N}])(?:(?:dni|doby)${WE}|(?:godzin|minut)\\p{L}*|(?:h|a\\\\)${WE})`,
    );
  });
});
