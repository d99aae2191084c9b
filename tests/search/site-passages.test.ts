/**
 * The site's passage files hold offsets into the documents' texts instead of the texts, its term
 * files packed postings (src/search/site-passages.ts): a search over them, given the texts,
 * returns exactly what a search over the KB's files returns, and they are much smaller.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { loadSearch, loadSearchSync } from '../../src/search/query.ts';
import { isPassageFile, isTermFile, packUnits, siteSearchFile, unpackUnits } from '../../src/search/site-passages.ts';
import { decodeFields } from '../../src/search/postings.ts';
import type { TermShard } from '../../src/search/types.ts';
import type { SearchDocument } from '../../src/search/types.ts';
import { fixtureDocuments } from './fixtures.ts';

const docs = fixtureDocuments();
const kbFiles = buildSearchIndexes(docs);
const siteFiles = Object.fromEntries(Object.entries(kbFiles).map(([f, json]) => [f, siteSearchFile(f, json)]));
const text = (id: string) => docs.find((d) => d.id === id)!.text;
const QUERIES: Array<[string, string?]> = [['backup'], ['kopie zapasowe'], ['encryption', 'pl'], ['ISO 27001 certyfikat'], ['szyfr'], ['subproc'], ['serwerownia', 'en']];

describe('passage files of the site', () => {
  it('hold [section, start, end] of every passage, a heading-only unit as an empty range', () => {
    const passageFiles = Object.keys(kbFiles).filter(isPassageFile);
    expect(passageFiles.length).toBe(docs.length);
    for (const f of passageFiles) {
      const kb = JSON.parse(kbFiles[f]!) as SearchDocument;
      const site = JSON.parse(siteFiles[f]!) as Omit<SearchDocument, 'units'> & { units: string };
      expect(typeof site.units).toBe('string');
      expect({ ...site, units: [] }).toEqual({ ...kb, units: [] });
      unpackUnits(site.units).forEach(([section, start, end], i) => {
        const [kbSection, kbStart, kbText] = kb.units[i]!;
        expect([section, start]).toEqual([kbSection, kbStart]);
        expect(text(kb.id).slice(start, end as number)).toBe(kbText);
      });
    }
    const size = (files: Record<string, string>) => Object.entries(files).filter(([f]) => isPassageFile(f)).reduce((n, [, j]) => n + j.length, 0);
    expect(size(siteFiles)).toBeLessThan(size(kbFiles) / 2);
  });

  it('hold the same postings as the KB term files, packed into strings', () => {
    const termFiles = Object.keys(kbFiles).filter(isTermFile);
    expect(termFiles.length).toBeGreaterThan(1);
    for (const f of termFiles) {
      const kb = JSON.parse(kbFiles[f]!) as TermShard;
      const site = JSON.parse(siteFiles[f]!) as TermShard;
      expect(site.terms.map(([t]) => t)).toEqual(kb.terms.map(([t]) => t));
      site.terms.forEach(([, ...fields], i) => {
        expect(fields.every((x) => typeof x === 'string')).toBe(true);
        expect(decodeFields(fields)).toEqual(decodeFields(kb.terms[i]!.slice(1) as number[][]));
      });
    }
    // A small corpus has short lists: its term strings dominate, so the files shrink little.
    const size = (files: Record<string, string>) => termFiles.reduce((n, f) => n + files[f]!.length, 0);
    expect(size(siteFiles)).toBeLessThan(size(kbFiles));
  });

  it('give the same results as the KB files, synchronously and as the site fetches them', async () => {
    const kb = loadSearchSync(kbFiles);
    const site = loadSearchSync(siteFiles, [], text);
    const fetched: string[] = [];
    const browser = await loadSearch(siteFiles, { texts: async (id) => (fetched.push(id), text(id)) });
    let results = 0;
    for (const [q, lang] of QUERIES) {
      const want = kb.search(q, { lang, limit: 5 });
      results += want.length;
      expect(site.search(q, { lang, limit: 5 }), q).toEqual(want);
      expect(await browser.searchAsync(q, { lang, limit: 5 }), q).toEqual(want);
    }
    expect(results).toBeGreaterThan(10);
    // Each document's text is read once, and only for documents among the results.
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.length).toBeLessThan(docs.length + 1);
  });

  it('pack any units of offsets into a string and back; units with texts stay a list', () => {
    const unit = fc.tuple(fc.nat(200), fc.nat(100_000), fc.nat(2_000));
    fc.assert(
      fc.property(fc.array(unit), (xs) => {
        const units = xs.map(([section, start, length]): [number, number, number] => [section, start, start + length]);
        expect(unpackUnits(packUnits(units) as string)).toEqual(units);
      }),
    );
    expect(packUnits([[0, 0, 'text']])).toEqual([[0, 0, 'text']]);
  });

  it('say clearly when offsets meet a search without texts', () => {
    expect(() => loadSearchSync(siteFiles).search('backup')).toThrow(/offsets/);
  });
});
