import { describe, expect, it } from 'vitest';
import { layoutPages, type PdfLine } from '../../ingest/readers/pdf-layout.ts';
import type { TablePiece } from '../../ingest/readers/pdf-table.ts';

/** A line of pieces [x, text] at y; each piece 5 units a character wide, in `font`. */
function cells(y: number, pieces: Array<[number, string]>, font = 'f1'): PdfLine {
  const parts: TablePiece[] = pieces.map(([x, text]) => ({ x, right: x + text.length * 5, text, font }));
  const line: PdfLine = { page: 1, text: pieces.map((p) => p[1]).join(' '), x: parts[0].x, y, right: parts[parts.length - 1].right, size: 9, font };
  return parts.length >= 2 ? { ...line, parts } : line;
}
const prose = (y: number, text: string, right = 520): PdfLine => ({ page: 1, text, x: 72, y, right, size: 10, font: 'f1' });
const blocks = (lines: PdfLine[]) => layoutPages([{ number: 1, height: 842, lines }]).blocks.map((b) => ({ type: b.type, text: b.text, header: b.header, cells: b.cells }));

describe('pdf tables', () => {
  it('reads rows whose cells wrap over several lines, with a bold header row', () => {
    const r = blocks([
      prose(720, 'How long each copy is kept:', 220),
      cells(690, [[80, 'Copy'], [240, 'Kept for']], 'bold'),
      cells(670, [[80, 'Daily snapshot'], [240, 'thirty days, then replaced by the']]),
      cells(658, [[240, 'next snapshot']]),
      cells(638, [[80, 'Monthly archive'], [240, 'one year in a second region, encryp-']]),
      cells(626, [[240, 'ted with its own key']]),
      prose(596, 'Restores are tested every quarter by the operations team.', 400),
    ]);
    expect(r.map((b) => [b.type, b.text, b.header ?? false])).toEqual([
      ['paragraph', 'How long each copy is kept:', false],
      ['table-row', 'Copy | Kept for', true],
      ['table-row', 'Daily snapshot | thirty days, then replaced by the next snapshot', false],
      ['table-row', 'Monthly archive | one year in a second region, encrypted with its own key', false],
      ['paragraph', 'Restores are tested every quarter by the operations team.', false],
    ]);
    expect(r[2].cells).toEqual(['Daily snapshot', 'thirty days, then replaced by the next snapshot']);
  });

  it('puts a row written cell by cell back in reading order (a later cell starts higher up)', () => {
    const r = blocks([
      cells(700, [[80, 'Priorytet'], [200, 'Czas reakcji'], [340, 'Czas naprawy']], 'bold'),
      cells(680, [[80, 'Krytyczny'], [200, '30 minut'], [340, '4 godziny']]),
      // Written cell by cell: "1 dzień" / "roboczy", then back up for "5 dni" / "roboczych".
      cells(660, [[80, 'Normalny'], [200, '1 dzień']]),
      cells(648, [[200, 'roboczy']]),
      cells(660, [[340, '5 dni']]),
      cells(648, [[340, 'roboczych']]),
    ]);
    expect(r.map((b) => b.text)).toEqual(['Priorytet | Czas reakcji | Czas naprawy', 'Krytyczny | 30 minut | 4 godziny', 'Normalny | 1 dzień roboczy | 5 dni roboczych']);
  });

  it('opens a row at each first-column cell when rows and wrapped lines are set alike', () => {
    const r = blocks([
      cells(700, [[80, 'Hosting'], [240, 'two data centres in Frankfurt']]),
      cells(688, [[80, 'Backups'], [240, 'every night, kept for five']]),
      cells(676, [[240, 'weeks']]),
      cells(664, [[80, 'Encryption'], [240, 'AES-256 at rest, TLS 1.2 in transit']]),
    ]);
    expect(r.map((b) => b.text)).toEqual(['Hosting | two data centres in Frankfurt', 'Backups | every night, kept for five weeks', 'Encryption | AES-256 at rest, TLS 1.2 in transit']);
  });

  it('leaves justified prose set word by word, a lone label line and a contents page as they were', () => {
    const justified = [
      cells(700, [[72, 'Every'], [110, 'customer'], [175, 'database'], [240, 'is'], [260, 'encrypted'], [330, 'with'], [365, 'its'], [395, 'own'], [430, 'key.']]),
      cells(686, [[72, 'Keys'], [104, 'live'], [134, 'in'], [152, 'a'], [164, 'hardware'], [216, 'module'], [258, 'and'], [288, 'rotate'], [330, 'yearly.']]),
    ];
    expect(blocks(justified).map((b) => b.type)).not.toContain('table-row');
    const lone = [prose(720, 'Our hosting at a glance.', 200), cells(700, [[72, 'Region:'], [200, 'EU (Frankfurt)']]), prose(680, 'Nothing is stored outside the European Union at any time.', 400)];
    expect(blocks(lone).map((b) => b.type)).not.toContain('table-row');
    const toc = [cells(700, [[72, '1 Hosting ..........'], [400, '3']]), cells(686, [[72, '2 Backups ..........'], [400, '4']])];
    expect(blocks(toc).map((b) => b.type)).toEqual(['toc-entry', 'toc-entry']);
  });

  it('ends the table at a paragraph that runs across the columns', () => {
    const r = blocks([
      cells(700, [[72, 'Plan'], [240, 'Uptime']]),
      cells(680, [[72, 'Standard'], [240, '99.5%']]),
      { ...prose(660, 'Uptime is measured each calendar month and excludes announced maintenance windows.'), size: 9 },
    ]);
    expect(r.map((b) => b.type)).toEqual(['table-row', 'table-row', 'paragraph']);
  });
});
