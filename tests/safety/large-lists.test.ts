/**
 * Work that grows with the input never spreads a list into call arguments: past ~100,000 items
 * `push(...list)` / `Math.min(...list)` throw RangeError (a 6.4 MB repetitive document crashed
 * claim extraction so). Each case below produces well over 200,000 items.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/types.ts';
import { crossDocumentFindings } from '../../src/findings/cross.ts';
import { readCsv } from '../../ingest/readers/csv.ts';
import { readPlainText } from '../../ingest/readers/markdown.ts';
import { append, greatest, least } from '../../src/lists.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const MANY = 250_000;

describe('lists', () => {
  it('append, least and greatest take more items than a call takes arguments', () => {
    const big = Array.from({ length: MANY }, (_, i) => i);
    expect(append([-1], big)).toHaveLength(MANY + 1);
    expect(least(big.map((i) => MANY - i))).toBe(1);
    expect(greatest(big)).toBe(MANY - 1);
    // As Math.min() / Math.max() of nothing.
    expect(least([])).toBe(Infinity);
    expect(greatest([])).toBe(-Infinity);
  });
});

describe('large inputs', () => {
  it('cross-document findings: a translation pair with more mismatches than a call takes arguments', () => {
    const en = documentFromText('# Deletion\n\nCustomer data is deleted within 30 days.', { id: 'big-en' });
    const pl = documentFromText('# Usuwanie\n\nDane klienta usuwamy w ciągu 35 dni.', { id: 'big-pl' });
    const claim = (doc: typeof en, value: string, n: number): Claim => ({
      id: `${doc.id}-${n}`, documentId: doc.id, attribute: 'deletion.after_termination', value,
      qualifiers: { part: n }, quote: doc.text, start: 0, end: doc.text.length, sectionId: doc.sections[0].id, lang: doc.language,
    });
    const claims: Claim[] = [];
    for (let n = 0; n < MANY; n++) claims.push(claim(en, 'P30D', n), claim(pl, 'P35D', n));
    const findings = crossDocumentFindings([en, pl], claims, { translations: [{ source: en.id, target: pl.id }], versions: [] });
    expect(findings.filter((f) => f.rule === 'translation-mismatch').length).toBeGreaterThan(0);
  });

  it('a CSV row of more cells than a call takes arguments is read', () => {
    const csv = `Question,Answer\nIs data encrypted at rest?,${Array.from({ length: MANY }, (_, i) => `note ${i}`).join(',')}\n`;
    const read = readCsv(csv);
    expect(read.blocks.map((b) => b.text).join('\n')).toContain(`note ${MANY - 1}`);
  });

  it('a .txt of more lines than a call takes arguments is read', () => {
    const read = readPlainText('Short line.\n\n'.repeat(MANY));
    expect(read.blocks).toHaveLength(MANY);
  });
});
