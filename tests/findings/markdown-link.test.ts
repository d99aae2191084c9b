/** A markdown link hard-wrapped in a plain export is one unit: one markup-residue, no stray brackets, no paragraph cut. */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/findings/engine.ts';
import { markdownLinkSpans } from '../../src/findings/rules/text-utils.ts';
import type { Format } from '../../src/model/types.ts';
import { makeDoc } from './make-doc.ts';

const kinds = (text: string, format: Format, lang: string) =>
  checkDocument(makeDoc(text, { format, lang })).map((f) => `${f.kind}:${f.excerpt}`);

const EN_WRAP_BLOCKS = 'Security overview\n\nIncident reports for each quarter are published in our [trust\n\ncentre](https://trust.example.com/reports) for customers.\n\nBackups run every night.';
const PL_WRAP_LINE = 'Przegląd bezpieczeństwa\n\nRaporty kwartalne publikujemy w naszym [centrum\nzaufania](https://zaufanie.example.pl/raporty) dla klientów.\n\nKopie zapasowe wykonujemy co noc.';

describe('wrapped markdown links', () => {
  it('finds link spans across one line break or a blank line, not plain brackets', () => {
    expect(markdownLinkSpans('a [b\nc](https://x.example) d').length).toBe(1);
    expect(markdownLinkSpans('a [b\n\nc](#) d').length).toBe(1);
    expect(markdownLinkSpans('a [b] (c) d')).toEqual([]);
  });

  it('reports a link wrapped across blocks once, as markup-residue, in a .txt (EN)', () => {
    const got = kinds(EN_WRAP_BLOCKS, 'txt', 'en');
    expect(got).toContain('markup-residue:[trust\n\ncentre](https://trust.example.com/reports)');
    expect(got.filter((k) => k.startsWith('markup-residue'))).toHaveLength(1);
    expect(got.some((k) => k.startsWith('broken-paragraph'))).toBe(false);
    expect(got.some((k) => k.startsWith('unbalanced-quote'))).toBe(false);
  });

  it('reports a link wrapped inside a paragraph once (PL, txt and pdf)', () => {
    for (const format of ['txt', 'pdf'] as const) {
      const got = kinds(PL_WRAP_LINE, format, 'pl');
      expect(got.filter((k) => k.startsWith('markup-residue'))).toEqual(['markup-residue:[centrum\nzaufania](https://zaufanie.example.pl/raporty)']);
      expect(got.some((k) => k.startsWith('unbalanced-quote'))).toBe(false);
    }
  });

  it('does not report links in .md, where the reader renders them away', () => {
    expect(kinds(EN_WRAP_BLOCKS, 'md', 'en').some((k) => k.startsWith('markup-residue'))).toBe(false);
  });

  it('a placeholder link wrapped across blocks leaves no stray brackets', () => {
    const got = kinds('Contract terms\n\nEvery customer must accept the [Acceptable\n\nUse Policy](#) before the first login.', 'txt', 'en');
    expect(got).toContain('markup-residue:[Acceptable\n\nUse Policy](#)');
    expect(got.some((k) => k.startsWith('unbalanced-quote') || k.startsWith('broken-paragraph'))).toBe(false);
  });

  it('still reports a real paragraph cut and a real stray bracket next to a link', () => {
    const got = kinds('Overview\n\nLogs are kept for ninety days in [the archive](https://a.example) and\n\nthen deleted (as agreed.', 'txt', 'en');
    expect(got.some((k) => k.startsWith('broken-paragraph'))).toBe(true);
    expect(got).toContain('unbalanced-quote:(');
  });
});
