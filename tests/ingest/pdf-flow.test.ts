import { describe, expect, it } from 'vitest';
import { layoutPages, type PdfLine, type PdfPage } from '../../ingest/readers/pdf-layout.ts';

/** Lines set 14 units apart from `top` down, at `x`, each running to `right` unless it says otherwise. */
function column(page: number, x: number, right: number, top: number, texts: Array<string | [string, number]>): PdfLine[] {
  return texts.map((t, i) => {
    const [text, end] = typeof t === 'string' ? [t, right] : t;
    return { page, text, x, y: top - i * 14, right: end, size: 10, font: 'f1' };
  });
}

const texts = (pages: PdfPage[]) => layoutPages(pages).blocks.map((b) => b.text);

describe('pdf pages set in two columns', () => {
  const left = column(1, 72, 286, 740, [
    'Every tenant has a database of',
    'its own, and no query reaches',
    ['another tenant’s rows.', 200],
    'Nightly copies of each database',
    'are written to a second region',
    'and kept for five weeks before',
  ]);
  const right = column(1, 310, 523, 740, [
    'they are overwritten by newer',
    ['copies.', 340],
    'Staff reach production only',
    'through a bastion host that',
    ['records every session.', 420],
  ]);
  const page: PdfPage = { number: 1, height: 842, lines: [...left, ...right] };

  it('reads each column’s lines as paragraphs, not one block per line', () => {
    expect(texts([page])).toEqual([
      'Every tenant has a database of its own, and no query reaches another tenant’s rows.',
      'Nightly copies of each database are written to a second region and kept for five weeks before they are overwritten by newer copies.',
      'Staff reach production only through a bastion host that records every session.',
    ]);
  });

  it('keeps a block at the column turn apart when the left column ended a sentence', () => {
    const ended = left.slice(0, 5).concat({ ...left[5], text: 'and kept for five weeks in all.' });
    const r = texts([{ ...page, lines: [...ended, ...column(1, 310, 523, 740, ['Staff reach production only', 'through a bastion host that', ['records every session.', 420]])] }]);
    expect(r).toContain('Nightly copies of each database are written to a second region and kept for five weeks in all.');
    expect(r).toContain('Staff reach production only through a bastion host that records every session.');
  });

  it('reads a one-column page with short lines as before', () => {
    const one = column(1, 72, 523, 740, ['Kopie zapasowe bazy danych wykonujemy codziennie o północy', ['i przechowujemy je przez 30 dni.', 300], 'Dostęp do serwerów mają wyłącznie administratorzy', ['po uwierzytelnieniu dwuskładnikowym.', 320]]);
    expect(texts([{ number: 1, height: 842, lines: one }])).toEqual([
      'Kopie zapasowe bazy danych wykonujemy codziennie o północy i przechowujemy je przez 30 dni.',
      'Dostęp do serwerów mają wyłącznie administratorzy po uwierzytelnieniu dwuskładnikowym.',
    ]);
  });
});

describe('a paragraph running on across a page turn', () => {
  // A full page: text from the top down to y 100 (fill 0.88 of 842).
  const filler = (page: number, last: string) => column(page, 72, 523, 740, [
    ...Array.from({ length: 44 }, (_, i) => (i % 4 === 3 ? [`Filler sentence number ${i} ends here.`, 300] as [string, number] : `filler words that run across the whole width of the page ${i}`)),
    'Audit logs of administrator actions are kept in a separate account',
    last,
  ]).map((l, i, all) => ({ ...l, y: 740 - (i * 640) / (all.length - 1) }));
  const next = (first: PdfLine[]) => ({ number: 2, height: 842, lines: first });

  it('joins the halves when the page was full and the line ran on mid-sentence (EN and PL)', () => {
    const en = texts([{ number: 1, height: 842, lines: filler(1, 'that only the security team can read, and they are') }, next(column(2, 72, 523, 740, [['retained for thirteen months.', 260]]))]);
    expect(en.at(-1)).toBe('Audit logs of administrator actions are kept in a separate account that only the security team can read, and they are retained for thirteen months.');
    const pl = texts([{ number: 1, height: 842, lines: filler(1, 'do którego dostęp ma tylko zespół bezpieczeństwa, a wpisy') }, next(column(2, 72, 523, 740, [['przechowujemy przez 13 miesięcy.', 260]]))]);
    expect(pl.at(-1)).toMatch(/a wpisy przechowujemy przez 13 miesięcy\.$/);
  });

  it('keeps the cut where the page stopped early, or the next page opens a block of its own', () => {
    const early = column(1, 72, 523, 740, ['Audit logs of administrator actions are kept in a separate account', 'that only the security team can read, and they are']);
    expect(texts([{ number: 1, height: 842, lines: early }, next(column(2, 72, 523, 740, [['retained for thirteen months.', 260]]))])).toHaveLength(2);
    const full = { number: 1, height: 842, lines: filler(1, 'that only the security team can read, and they are') };
    for (const opener of ['• Backups are encrypted.', '4.2 Retention of logs']) {
      expect(texts([full, next(column(2, 72, 523, 740, [[opener, 260]]))]).at(-1)).toBe(opener.replace(/^• /, ''));
    }
    const ended = { number: 1, height: 842, lines: filler(1, 'that only the security team can read and export in full.') };
    expect(texts([ended, next(column(2, 72, 523, 740, [['Retention is thirteen months.', 260]]))]).at(-1)).toBe('Retention is thirteen months.');
    const indented = column(2, 90, 523, 740, [['Retention is thirteen months.', 260]]);
    expect(texts([full, next(indented)]).at(-1)).toBe('Retention is thirteen months.');
  });

  it('reads a short line cut at the foot of a page that stopped early as text, not a heading over the next page', () => {
    const first = { number: 1, height: 842, lines: column(1, 72, 523, 740, [['Every change is reviewed by a second developer and', 330]]) };
    const second = next(column(2, 72, 523, 740, ['scanned by a static analysis tool before it is deployed, and every library is', ['checked for known flaws.', 200]]));
    const blocks = layoutPages([first, second]).blocks;
    expect(blocks.map((b) => [b.type, b.page])).toEqual([['paragraph', 1], ['paragraph', 2]]);
  });
});
