import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { splitSentences } from '../../src/model/segment.ts';

// Text built from pieces white papers are made of, so the generator reaches the interesting paths.
const piece = fc.constantFrom(
  'Backups are kept for 30 days.', 'Dane są szyfrowane, np. AES-256.', 'e.g.', 'm.in.', '99,95%', '1.2', 'Inc.',
  '# Heading', '## 4.2 Kopie zapasowe', '- item', '| a | b |', '|---|---|', '**bold**', 'Fig 1. Diagram', '\n', '\n\n',
  '\t', ' ', 'Wow!', 'Why?', '„cytat”', 'Привет', '—', 'ł', '2.7.Encryption', '1. System Overview', '![x](y.png)',
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('model invariants on generated text', () => {
  it('sentence ranges are ordered, non-empty, trimmed and inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const [s, e] of splitSentences(t)) {
          expect(s).toBeGreaterThanOrEqual(last);
          expect(e).toBeGreaterThan(s);
          expect(t.slice(s, e)).toBe(t.slice(s, e).trim());
          last = e;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every section, sentence, block and cell offset indexes into text, in both formats', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('md' as const, 'txt' as const), (t, format) => {
        const doc = documentFromText(t, { format });
        const n = doc.text.length;
        const ids = new Set(doc.sections.map((s) => s.id));
        for (const s of doc.sections) expect(0 <= s.start && s.start <= s.end && s.end <= n).toBe(true);
        for (const s of doc.sentences) {
          expect(ids.has(s.sectionId)).toBe(true);
          expect(0 <= s.start && s.start < s.end && s.end <= n).toBe(true);
        }
        for (const b of doc.blocks) {
          expect(0 <= b.start && b.start <= b.end && b.end <= n).toBe(true);
          for (const [cs, ce] of b.cells ?? []) expect(b.start <= cs && cs <= ce && ce <= b.end).toBe(true);
        }
        for (let i = 1; i < (doc.sourceMap ?? []).length; i++) expect(doc.sourceMap![i][0]).toBeGreaterThanOrEqual(doc.sourceMap![i - 1][0]);
      }),
      { numRuns: 200 },
    );
  });

  it('a txt document keeps every non-space character of its source, in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = documentFromText(t, { format: 'txt' });
        const squeeze = (s: string) => s.replace(/\s+/g, '');
        // Markdown-bearing text may drop table rules and image markup; prose must keep all.
        if (!/^#{1,6} |\|---/m.test(t)) expect(squeeze(doc.text)).toBe(squeeze(t));
      }),
      { numRuns: 200 },
    );
  });
});
