/**
 * Two versions side by side as data (src/site/versions.ts): each side's sentences packed into a
 * string come back as the same offsets, and the rows of the KB's version pairs unpack to slices
 * of the two texts that are the rows' sentences.
 */
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteKb } from '../../src/site/kb.ts';
import { buildVersionRows, packSide, unpackSide, versionTextData, type SideOffsets } from '../../src/site/versions.ts';

const kb = readSiteKb(path.resolve(import.meta.dirname, 'fixtures/kb'));

describe('version pair data', () => {
  it('packs any side of sentences and gives it back', () => {
    const sentence = fc.tuple(fc.nat(100_000), fc.nat(5_000), fc.boolean());
    fc.assert(
      fc.property(fc.array(sentence), (xs) => {
        const side: SideOffsets = xs.map(([start, length, marked]) => (marked ? [start, start + length, 1] : [start, start + length]));
        expect(unpackSide(packSide(side))).toEqual(side);
      }),
    );
    expect(packSide([])).toBe('');
  });

  it('holds the sentences of every row of the KB pairs, as slices of the two texts', () => {
    const docs = new Map(kb.documents.map((d) => [d.id, d]));
    expect(kb.pairs.versions.length).toBeGreaterThan(0);
    for (const p of kb.pairs.versions) {
      const [oldDoc, newDoc] = [docs.get(p.old)!, docs.get(p.new)!];
      const data = versionTextData(oldDoc, newDoc, { added: [], removed: [], changed: [] });
      const rows = buildVersionRows(oldDoc, newDoc);
      expect(data.rows).toHaveLength(rows.length);
      data.rows.forEach(([, , , oldSide, newSide], i) => {
        const back = (packed: string, text: string) => unpackSide(packed).map(([s, e, m]) => [text.slice(s, e), m ? 'changed' : 'same']);
        expect(back(oldSide, oldDoc.text)).toEqual(rows[i]!.oldSentences.map((s) => [s.text, s.state === 'same' ? 'same' : 'changed']));
        expect(back(newSide, newDoc.text)).toEqual(rows[i]!.newSentences.map((s) => [s.text, s.state === 'same' ? 'same' : 'changed']));
      });
    }
  });
});
