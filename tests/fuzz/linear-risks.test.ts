/**
 * Risk findings of a long text that states the same weaknesses many times (src/findings/risks.ts):
 * each statement was compared with every finding a claim gave and, for a denied penetration test,
 * every claim of the document (claims x statements). Counted, not timed: the elements array
 * methods visit while the risks are read, on a text and on the same text four times as long.
 * Also: SpanIndex, which answers those questions now, against the search it replaced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrayScans } from '../helpers/array-scans.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { riskFindings } from '../../src/findings/risks.ts';
import { SpanIndex } from '../../src/findings/span-index.ts';
import { documentFromText } from '../../src/model/from-text.ts';

/** Paragraphs of our own words: a denied test, a test by others elsewhere, unencrypted stores, a slow notice. */
function riskyText(repeats: number): string {
  const paragraph = (i: number) =>
    [
      `Section ${i + 1}. We have not commissioned an outside penetration test of the planner ${i + 1} so far.`,
      `The scheduling database of site ${i + 1} is not encrypted at rest, and its nightly backups are not encrypted either.`,
      `Customers are told of a personal data breach within ${100 + (i % 50)} hours.`,
    ].join(' ');
  const tail = 'An independent firm tested the mobile app for us last spring.';
  return `${Array.from({ length: repeats }, (_, i) => paragraph(i)).join('\n\n')}\n\n${tail}\n`;
}

function workOf(repeats: number): { scans: number; risks: number } {
  const doc = documentFromText(riskyText(repeats), { format: 'txt' });
  const claims = extractClaims(doc);
  riskFindings(doc, claims); // stated risks read once per document: the count below is the rest
  let risks = 0;
  const scans = arrayScans(() => {
    risks = riskFindings(doc, claims).length;
  });
  return { scans, risks };
}

describe('risk findings of a long text', () => {
  it('grow with the text, not with its square', () => {
    workOf(5); // warm-up: rules compiled
    const small = workOf(60);
    const large = workOf(240);
    expect(small.risks).toBeGreaterThan(60); // the statements are read as risks
    expect(large.risks).toBeGreaterThan(3.5 * small.risks);
    expect(large.scans / small.scans).toBeLessThan(5);
  }, 120_000);
});

describe('SpanIndex', () => {
  it('tells whether a span overlaps any of a set, as a search of the set does', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { minLength: 1, maxLength: 10 }), (set, asked) => {
        const index = new SpanIndex(set);
        for (const { start, end } of asked) expect(index.overlaps(start, end)).toBe(set.some((s) => s.start < end && start < s.end));
      }),
      { numRuns: 1000 },
    );
  });
});
