/**
 * Pairing compares a vendor's documents with each other; what it compares (title words, heading
 * keys) must be made once per document. Counted (array elements visited), not timed: four times
 * the documents of one vendor may cost sixteen times the comparisons, but each comparison must
 * not rebuild the documents' word sets (which made it grow with the outline too).
 */
import { describe, expect, it } from 'vitest';
import { pairDocuments, type PairedDocument } from '../../src/kb/pairs.ts';
import { arrayScans } from '../helpers/array-scans.ts';

/** `n` documents of one vendor, none alike: each has its own title and outline. */
function documents(n: number, sections: number): PairedDocument[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `doc-${i}`,
    source: `doc-${i}.md`,
    sha256: String(i),
    format: 'md',
    title: `Policy ${i} alpha${i} beta${i}`,
    vendor: { id: 'acme', name: 'Acme' },
    language: 'en',
    date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
    sections: Array.from({ length: sections }, (_, k) => ({ heading: `${k + 1}. Topic${i}x${k} of policy` })),
  }));
}

describe('pairDocuments', () => {
  it('builds each document\'s title words and headings once, however many documents it is compared with', () => {
    const docs = documents(120, 30);
    let pairs = pairDocuments(docs);
    const scans = arrayScans(() => (pairs = pairDocuments(docs)));
    expect(pairs.versions).toEqual([]);
    // Word sets once per document: a few scans of each outline (30 headings), not one per comparison (7,140 pairs).
    expect(scans).toBeLessThan(docs.length * 30 * 10);
  });

  it('still pairs a revision with the document it revises', () => {
    const docs = documents(3, 5);
    docs[2] = { ...docs[0], id: 'doc-0-v2', source: 'doc-0-v2.md', sha256: 'x', date: '2026-01-01' };
    expect(pairDocuments(docs).versions).toEqual([{ old: 'doc-0', new: 'doc-0-v2' }]);
  });
});
