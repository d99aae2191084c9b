/**
 * Round 15: web pages saved as text one block a line (no blank lines, paragraphs as single long
 * lines). A short line there is a heading or a label of its own, not the wrapped start of the
 * paragraph below; a numbered step that reads like a numbered heading goes on with its list; an
 * indented list's items are items, not one item's wrapped lines; a markdown-bearing .txt's list
 * item ends where the next line is not indented under it; a pipe table may leave out the first
 * pipe. Our own texts, EN and PL; hard-wrapped text and numbered headings stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { readPlainProse } from '../../ingest/readers/plain-text.ts';
import { readPlainText } from '../../ingest/readers/markdown.ts';

const shown = (blocks: Array<{ type: string; text: string; cells?: string[] }>) => blocks.map((b) => (b.type === 'table-row' ? `row: ${b.cells!.join(' | ')}` : `${b.type}: ${b.text}`));
const long = (start: string) => `${start} ${'and the platform keeps a full record of who changed which setting at what time '.repeat(3).trim()}.`;

describe('a page saved one block a line', () => {
  it('EN: a title and a heading line stay apart from the long paragraphs under them', () => {
    const blocks = readPlainProse(['How we protect customer data at rest', 'Overview', long('Every database is encrypted,'), 'Access to production', long('Engineers reach production only through a bastion,')].join('\n'));
    expect(blocks.map((b) => b.text.split('\n').length)).toEqual([1, 1, 1, 1, 1]);
  });
  it('PL: "Wprowadzenie" is its own line, not the end of the title above', () => {
    const blocks = readPlainProse(['Bezpieczeństwo danych w naszym systemie – krótko i konkretnie', 'Wprowadzenie', long('Dane klientów szyfrujemy,'), 'Kopie zapasowe', long('Kopie wykonujemy codziennie,')].join('\n'));
    expect(blocks[0].text).toBe('Bezpieczeństwo danych w naszym systemie – krótko i konkretnie');
    expect(blocks[1].text).toBe('Wprowadzenie');
  });
  it('look-alike: a hard-wrapped paragraph still joins its lines', () => {
    const wrapped = ['Backups are taken every night and copied to a second', 'region, where they are kept for thirty days before they', 'expire on their own.'];
    expect(readPlainProse(wrapped.join('\n')).map((b) => b.text)).toEqual([wrapped.join('\n')]);
  });
});

describe('numbered steps and indented lists', () => {
  it('EN: steps without a final period are items of one list, not numbered headings', () => {
    const blocks = readPlainProse(['To ask for a service credit:', '1. Send the claim within 30 days of the outage', '2. Attach the times you could not sign in', '3. Name the account and the affected site'].join('\n'));
    expect(shown(blocks).slice(1).every((b) => b.startsWith('list-item'))).toBe(true);
  });
  it('PL: steps apart by blank lines, the first one without a period', () => {
    const blocks = readPlainProse(['Aby usunąć konto należy:', '', '1. Otworzyć ustawienia konta w panelu klienta', '', '2. Kliknąć przycisk usuwania konta.', '', '3. Potwierdzić decyzję hasłem.'].join('\n'));
    expect(blocks.filter((b) => b.type === 'list-item')).toHaveLength(3);
  });
  it('PL: an indented list keeps one item per step, though a step reads like a heading', () => {
    const blocks = readPlainProse(['  1. Wejdź w zakładkę Konto.', '  2. Wybierz opcję Usuń konto', '  3. Potwierdź hasłem.'].join('\n'));
    expect(shown(blocks)).toEqual(['list-item: 1. Wejdź w zakładkę Konto.', 'list-item: 2. Wybierz opcję Usuń konto', 'list-item: 3. Potwierdź hasłem.']);
  });
  it('look-alike: numbered section headings with text between them stay out of any list', () => {
    const blocks = readPlainProse(['1. Hosting', 'The service runs in two data centres in Poland.', '2. Backups', 'Copies are made every night.'].join('\n'));
    expect(blocks.filter((b) => b.type === 'list-item')).toHaveLength(0);
  });
  it('look-alike: an item wrapped under its own text keeps its wrapped line', () => {
    const blocks = readPlainProse(['  - Logs are kept for a year', '    and then deleted.', '  - Backups are encrypted.'].join('\n'));
    expect(blocks.map((b) => b.text)).toEqual(['- Logs are kept for a year\nand then deleted.', '- Backups are encrypted.']);
  });
});

describe('a markdown-bearing .txt saved one block a line', () => {
  const page = [
    'You decide:',
    '- Which records are kept',
    '- Who may export them',
    'Security principles',
    'Least privilege',
    'Staff reach customer data only on a ticket, and every access is logged.',
    '| At rest | Databases and backups are encrypted with AES-256. |',
    '|---|---|',
    '| In transit | TLS 1.2 or newer. |',
  ];
  it('EN: the last item stops before the heading lines, and the pipe rows are a table', () => {
    const blocks = readPlainText(page.join('\n')).blocks;
    expect(blocks.find((b) => b.text.startsWith('Who may'))?.text).toBe('Who may export them');
    expect(blocks.filter((b) => b.type === 'table-row').map((b) => b.cells![0])).toEqual(['At rest', 'In transit']);
    expect(blocks.some((b) => b.text === 'Security principles')).toBe(true);
  });
  it('look-alike: a continuation indented under the item stays in it', () => {
    const blocks = readPlainText(['# Retention', '', '- Logs are kept for a year', '  and then deleted.', '- Backups are kept for 30 days.', '', '# Access', '', 'Access is reviewed.'].join('\n')).blocks;
    expect(blocks.find((b) => b.type === 'list-item')?.text).toBe('Logs are kept for a year\n  and then deleted.');
  });
});

describe('pipe rows with the first pipe left out', () => {
  it('EN: "Method | Plans | Strength |" rows are a table; a short last row keeps its cells', () => {
    const blocks = readPlainProse(['Sign-in methods:', 'Method | Plans | Strength |', 'Password | All | Weak |', 'Password and code | All | Better |', 'SAML | Enterprise |'].join('\n'));
    expect(shown(blocks)).toEqual(['paragraph: Sign-in methods:', 'row: Method | Plans | Strength', 'row: Password | All | Weak', 'row: Password and code | All | Better', 'row: SAML | Enterprise']);
  });
  it('PL look-alike: one line with pipes in a sentence is no table', () => {
    const line = 'Dostęp mają role: administrator | kierownik | technik |';
    expect(shown(readPlainProse(line))).toEqual([`paragraph: ${line}`]);
  });
});
