/**
 * A plain-text export has no heading marks: its headings are guessed from short capitalised lines
 * (src/model/structure.ts `promoteHeadings`), and a contents list pasted at its top names sections
 * the body may write as lines of their own (src/findings/rules/toc.ts `entriesWithLines`). Both
 * looked through the rest of the document once per heading or entry: quadratic in a long text.
 * Counted, not timed: the elements array methods visit and the characters normalised for heading
 * comparison, on one text and on the same kind of text four times as long.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { arrayScans } from '../helpers/array-scans.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { documentFindingsIn } from '../../src/findings/document-findings.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { analyzeToc } from '../../src/findings/rules/toc.ts';

/** A .txt paper: a contents list of every section plus one the body never writes, then unmarked sections. */
function plainPaper(sections: number): string {
  const toc = Array.from({ length: sections }, (_, i) => `Area ${i + 1} controls`).concat(['Glossary of terms']);
  const body = Array.from({ length: sections }, (_, i) =>
    [
      `Area ${i + 1} controls`,
      `Snapshots of area ${i + 1} run every night and are retained for ${10 + (i % 30)} days. Operators sign in with a hardware key.`,
      `Operator notes`,
      `Changes in area ${i + 1} are approved by two people before release. Dane są szyfrowane w spoczynku.`,
    ].join('\n\n'),
  );
  return ['Northwind Upkeep: platform security overview', 'Contents', ...toc, ...body].join('\n\n') + '\n';
}

let normalized = 0;
const original = String.prototype.normalize;
beforeEach(() => {
  normalized = 0;
  String.prototype.normalize = function (this: string, form?: string) {
    normalized += this.length;
    return original.call(this, form);
  };
});
afterEach(() => {
  String.prototype.normalize = original;
});

/** Array elements visited and characters normalised while the text is modelled and its claims and findings read. */
function workOf(sections: number): { scans: number; normalized: number } {
  const text = plainPaper(sections);
  documentFindingsIn(documentFromText(text, { format: 'txt' }), {}, []); // warm-up: rules compiled
  normalized = 0;
  const scans = arrayScans(() => {
    const doc = documentFromText(text, { format: 'txt' });
    documentFindingsIn(doc, { claims: extractClaims(doc) }, ['pl']);
  });
  return { scans, normalized };
}

describe('a long plain-text export is read in linear work', () => {
  it('guessed headings and a contents list with an entry the body lacks', () => {
    const small = workOf(40);
    const large = workOf(160);
    // The shapes are exercised: headings guessed from lines, a contents list with an entry the body lacks.
    const doc = documentFromText(plainPaper(40), { format: 'txt' });
    expect(doc.blocks.filter((b) => b.type === 'heading').length).toBeGreaterThan(40);
    const toc = analyzeToc(doc)!;
    expect(toc.entries.length).toBe(41);
    expect(toc.entries.length - toc.matches.size).toBeGreaterThan(0);
    // Four times the text: about four times the work (before: 8-10x the array scans, 20x the normalised characters).
    expect(large.scans / small.scans).toBeLessThan(4.5);
    expect(large.normalized / small.normalized).toBeLessThan(4.5);
  });
});
