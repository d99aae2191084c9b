/**
 * Markdown pages saved without blank lines around their tables: remark (GFM) runs one table on
 * through a title line and the next table's header and separator. A line without a pipe ends the
 * table; a separator line under a row starts the next table with that row as header. Own texts.
 */
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../ingest/readers/markdown.ts';

const shown = (md: string) => readMarkdown(md).blocks.map((b) => (b.type === 'table-row' ? `${b.header ? 'H' : 'R'}${b.group} ${b.cells!.join(' | ')}` : `${b.type}: ${b.text}`));

describe('tables one after another without blank lines', () => {
  it('EN: a category title between two party tables ends the first and the second keeps its header', () => {
    const md = ['Vendors we rely on', '| Vendor | Purpose |', '|---|---|', '| Quillpost | e-mail delivery |', 'Payments', '| Vendor | Purpose |', '|---|---|', '| Tallyfin | card payments |'].join('\n');
    expect(shown(md)).toEqual(['paragraph: Vendors we rely on', 'H1 Vendor | Purpose', 'R1 Quillpost | e-mail delivery', 'paragraph: Payments', 'H2 Vendor | Purpose', 'R2 Tallyfin | card payments']);
  });
  it('PL: "Nazwa | Cel | Kraj" tables split by section titles', () => {
    const md = ['| Nazwa | Cel | Kraj |', '|---|---|---|', '| Chmurnik Sp. z o.o. | serwery | Polska |', 'Komunikacja', '| Nazwa | Cel | Kraj |', '| --- | --- | --- |', '| Listonosz SA | wysyłka SMS | Polska |', '| Pocztex Mail | e-maile | Irlandia |'].join('\n');
    const rows = shown(md).filter((r) => /^[HR]/.test(r));
    expect(rows).toEqual(['H1 Nazwa | Cel | Kraj', 'R1 Chmurnik Sp. z o.o. | serwery | Polska', 'H2 Nazwa | Cel | Kraj', 'R2 Listonosz SA | wysyłka SMS | Polska', 'R2 Pocztex Mail | e-maile | Irlandia']);
    expect(shown(md)).toContain('paragraph: Komunikacja');
  });
  it('EN: a sentence right under a table is a paragraph, not a row', () => {
    const md = ['| Plan | Backups kept |', '|---|---|', '| Team | 14 days |', 'Copies are encrypted at rest.'].join('\n');
    expect(shown(md)).toEqual(['H1 Plan | Backups kept', 'R1 Team | 14 days', 'paragraph: Copies are encrypted at rest.']);
  });
  it('look-alike: a table with blank lines around it and a short row stays as it was', () => {
    const md = ['Intro.', '', '| Plan | Uptime | Credit |', '|---|---|---|', '| Lite | 99.5% |', '| Max | 99.9% | 10% |', '', 'After.'].join('\n');
    expect(shown(md)).toEqual(['paragraph: Intro.', 'H1 Plan | Uptime | Credit', 'R1 Lite | 99.5%', 'R1 Max | 99.9% | 10%', 'paragraph: After.']);
  });
  it('look-alike: a row of dashes inside cells is data, not a new header', () => {
    const md = ['| Item | Value |', '|---|---|', '| Backups | daily |', '| Snapshots | --- |'].join('\n');
    expect(shown(md)).toEqual(['H1 Item | Value', 'R1 Backups | daily', 'R1 Snapshots | ---']);
  });
});
