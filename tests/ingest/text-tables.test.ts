import { describe, expect, it } from 'vitest';
import { readPlainProse } from '../../ingest/readers/plain-text.ts';

const rows = (text: string) => readPlainProse(text).map((b) => (b.type === 'table-row' ? `${b.header ? 'H' : 'R'} ${b.cells!.join(' | ')}` : `${b.type}: ${b.text}`));

describe('readPlainProse: tables laid out with spaces under a rule', () => {
  it('reads a dashed rule under the header as columns (EN)', () => {
    const text = ['Tiers of support:', '', 'Tier        Restore time   Data loss at most', '----------  -------------  -----------------', 'Bronze      two days       one day', 'Gold        6 hours        30 minutes', '', 'Restores are tested twice a year.'].join('\n');
    expect(rows(text)).toEqual([
      'paragraph: Tiers of support:',
      'H Tier | Restore time | Data loss at most',
      'R Bronze | two days | one day',
      'R Gold | 6 hours | 30 minutes',
      'paragraph: Restores are tested twice a year.',
    ]);
  });
  it('reads a rule of equals signs and borders above and below (PL)', () => {
    const text = ['=========  ===================', 'Pakiet     Kopia zapasowa', '=========  ===================', 'Mały       raz na dobę', 'Duży       co godzinę', '=========  ===================', 'Kopie są szyfrowane.'].join('\n');
    expect(rows(text)).toEqual(['H Pakiet | Kopia zapasowa', 'R Mały | raz na dobę', 'R Duży | co godzinę', 'paragraph: Kopie są szyfrowane.']);
  });
  it('keeps a value that runs past its column by one space, and a right-aligned one', () => {
    const text = ['Item      Kept     Where', '--------  -------  ------', 'Logs      120 days Frankfurt', 'Backups     9 days Dublin'].join('\n');
    expect(rows(text)).toEqual(['H Item | Kept | Where', 'R Logs | 120 days | Frankfurt', 'R Backups | 9 days | Dublin']);
  });
  it('joins a wrapped cell to the row above, in the first column or the others', () => {
    const text = ['Record                  Kept for', '----------------------  --------------------', 'Invoices, credit        ten years', 'notes and receipts', 'Access logs             one year, then', '                        anonymised'].join('\n');
    expect(rows(text)).toEqual(['H Record | Kept for', 'R Invoices, credit notes and receipts | ten years', 'R Access logs | one year, then anonymised']);
  });
  it('anchors each cell at its own column', () => {
    const [, row] = readPlainProse(['Plan   Uptime', '-----  ------', 'Team   99.5%'].join('\n'));
    expect(row.anchors).toEqual([[0, 3, 1], ['Team | '.length, 3, 8]]);
  });
  it('leaves prose alone: a title underlined by one rule, a sentence over the header, text after the table', () => {
    expect(readPlainProse(['Overview', '--------', 'We host in Warsaw.'].join('\n')).some((b) => b.type === 'table-row')).toBe(false);
    const text = ['The figures below hold for every plan we sell today', 'Plan      Uptime', '--------  ------', 'All       99.9%', 'These figures are reviewed each year by the board of directors.'].join('\n');
    expect(rows(text)).toEqual(['paragraph: The figures below hold for every plan we sell today', 'H Plan | Uptime', 'R All | 99.9%', 'paragraph: These figures are reviewed each year by the board of directors.']);
  });
  it('is no table when a title line stands over the header rule alone', () => {
    expect(rows(['2. Credits', 'Uptime     Credit', '---------  ------', '99%        5%'].join('\n'))).toEqual(['paragraph: 2. Credits', 'H Uptime | Credit', 'R 99% | 5%']);
  });
});

describe('readPlainProse: rows between pipes without a separator line', () => {
  it('reads the rows, the first as header when it has no digit and the others do', () => {
    const text = ['Objectives:', '| Plan | Restore within | Lose at most |', '| Lite | 48 h | 24 h |', '| Max | 2 h | 10 min |'].join('\n');
    expect(rows(text)).toEqual(['paragraph: Objectives:', 'H Plan | Restore within | Lose at most', 'R Lite | 48 h | 24 h', 'R Max | 2 h | 10 min']);
  });
  it('reads a console grid with borders and a header rule (PL)', () => {
    const text = ['+-----------+-----------+', '| Dostawca  | Kraj      |', '+-----------+-----------+', '| Hetzner   | Niemcy    |', '| OVHcloud  | Francja   |', '+-----------+-----------+'].join('\n');
    expect(rows(text)).toEqual(['H Dostawca | Kraj', 'R Hetzner | Niemcy', 'R OVHcloud | Francja']);
  });
  it('gives no header to rows that all read alike, and leaves a single piped line as prose', () => {
    expect(rows(['| Mail | Ireland |', '| Chat | Germany |'].join('\n'))).toEqual(['R Mail | Ireland', 'R Chat | Germany']);
    expect(rows('| Home | About | Contact |')).toEqual(['paragraph: | Home | About | Contact |']);
  });
  it('ends the table at a row with another number of cells', () => {
    expect(rows(['| A | B |', '| 1 | 2 |', '| x | y | z |'].join('\n'))).toEqual(['H A | B', 'R 1 | 2', 'paragraph: | x | y | z |']);
  });
});
