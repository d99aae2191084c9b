/**
 * The text reporter places findings of formats without source lines (docx, pdf) by line and
 * column within the normalized text (src/findings/reporters/types.ts `textPositions`): the same
 * places as counting the lines before each offset, found from line starts made once per text, so
 * a long document with thousands of findings reports in time linear in its size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/findings/reporters/text.ts';
import { textPositions } from '../../src/findings/reporters/types.ts';
import type { Finding } from '../../src/findings/types.ts';

/** The per-offset count the reporter did before (each finding read the text from its start). */
function counted(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

describe('line and column of an offset in a text', () => {
  it('are those of counting the lines before it, for any text and offset', () => {
    const text = fc.array(fc.constantFrom('a', 'ż', '\n', '\r', ' ', '😀', '\u2028'), { maxLength: 200 }).map((cs) => cs.join(''));
    const offset = fc.oneof(fc.integer({ min: -5, max: 210 }), fc.double({ min: -3, max: 220, noNaN: false }), fc.constantFrom(Infinity, -Infinity, NaN));
    fc.assert(
      fc.property(text, fc.array(offset, { maxLength: 20 }), (t, offsets) => {
        const at = textPositions(t);
        for (const o of offsets) expect(at(o)).toEqual(counted(t, o));
      }),
      { numRuns: 2000 },
    );
  });

  it('are found for thousands of findings in a long text without reading it again for each', () => {
    const line = 'Kopie zapasowe przechowujemy przez 30 dni w dwóch regionach.\n';
    const text = line.repeat(60_000); // ~3.7 MB
    const findings = Array.from({ length: 4_000 }, (_, i) => ({ rule: 'r', kind: 'leftover', severity: 'info', message: 'm', start: text.length - 1 - i * 7, end: text.length - i * 7, excerpt: 'x' }) as unknown as Finding);
    const started = process.cpuUsage();
    const out = formatText([{ file: 'long.pdf', documentId: 'long', findings, text }]);
    const used = process.cpuUsage(started);
    // Counting lines per finding read ~15 G characters here (minutes); once: milliseconds.
    expect((used.user + used.system) / 1000).toBeLessThan(3_000);
    // The first finding is the text's last newline, at the end of line 60,000.
    expect(out.split('\n')[0]).toBe(`long.pdf:60000:${line.length} info leftover m`);
    expect(counted(text, findings[0].start)).toEqual({ line: 60_000, column: line.length });
  });
});
