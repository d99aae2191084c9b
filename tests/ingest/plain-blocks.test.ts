/**
 * A markdown-bearing .txt reads its stretches of headings and plain paragraphs without remark
 * (ingest/readers/plain-blocks.ts): the blocks and anchors must be exactly those of a whole parse
 * by remark, on any text.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { pieceStarts } from '../../ingest/readers/markdown-chunks.ts';
import { plainBlocks } from '../../ingest/readers/plain-blocks.ts';
import { readPlainText } from '../../ingest/readers/markdown.ts';

/** `readPlainText` as it was: remark parses the whole text, nothing is read without it. */
async function wholeRemarkReader(): Promise<typeof readPlainText> {
  vi.resetModules();
  vi.doMock('../../ingest/readers/plain-blocks.ts', () => ({ plainBlocks: () => undefined }));
  vi.doMock('../../ingest/readers/markdown-chunks.ts', async (original) => ({ ...(await original<object>()), pieceStarts: () => [0] }));
  const reader = (await import('../../ingest/readers/markdown.ts')).readPlainText;
  vi.doUnmock('../../ingest/readers/plain-blocks.ts');
  vi.doUnmock('../../ingest/readers/markdown-chunks.ts');
  return reader;
}

// Lines a .txt exported from a paper holds, and the ones that make remark read a stretch
// otherwise: markers of every block, inline markup at a block's edges, addresses GFM links,
// references and escapes that decode to them, trailing blanks, no-break spaces, CR.
const PLAIN = ['Backups are kept for 35 days.', 'and encrypted with AES-256', '(see the policy)', '"Quoted" text', '§ 4 Retention', 'Łódź site, „cytat”', 'Zażółć gęślą jaźń'];
const INLINE = ['*emphasis*', '**strong**', '`code`', '[a link](https://example.com)', '[ref]', '[^1]', '<b>tag</b>', '&amp;', '&#64;', 'x\\*y', 'www.example.com', 'team@example.com', 'http://example.com', '![diagram](d.png)', 'end\\', 'a  ', '\t', ' \u00a0', 'user&#64;example.com', 'www&#46;example.com', 'R&D', '# not a heading', '|', ' #'];
const MARKUP = ['# Title', '## Title ##', '### Title #', '#Title', '####### Seven', '   ### Indented', '#\tTabbed', '# #x', '#', '- item', '* item', '+ item', '1. Hosting', '2) Second', '10. Ten', '    indented code', '\tTabbed code', '  two spaces', '> quoted', '```', '~~~', '<div>', '<!-- note', '-->', '| a | b |', '|---|---|', 'a | b', '--- | ---', '===', '---', '***', '[x]: /url', '[^1]: A note.', '\u00a0', '   ', '\t', '', '', '', 'x\r'];

const line = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...PLAIN), fc.array(fc.constantFrom(...INLINE), { maxLength: 2 }), fc.constantFrom('', ' ', '  ', '\t')).map(([p, inl, end]) => `${p} ${inl.join(' ')}`.trimEnd() + end) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MARKUP.filter((m) => /^[#>\-*+\d ]/.test(m))), fc.constantFrom(...PLAIN, ...INLINE)).map(([m, p]) => `${m} ${p}`) },
);
const text = fc.array(line, { minLength: 1, maxLength: 30 }).map((lines) => lines.join('\n'));

describe('plain stretches of a .txt read without remark', () => {
  it('give exactly the blocks and anchors of a whole remark parse (fast-check)', async () => {
    const whole = await wholeRemarkReader();
    // Two headings make the text markdown-bearing, so it goes through the tree reader at all.
    // The seed is fixed so CI is repeatable. Seed 1331854589 found an HTML block, a line of a
    // no-break space and a heading: the line looked blank to trim(), so a heading cut the block
    // that only a CommonMark blank line ends (the shapes below keep it).
    fc.assert(
      fc.property(text, (body) => {
        const doc = `# Title\n\n## Overview\n\n${body}\n`;
        expect(JSON.stringify(readPlainText(doc))).toBe(JSON.stringify(whole(doc)));
      }),
      { numRuns: 500, seed: 20261207 },
    );
    // Shapes where a list goes on past what a line alone tells: an indented paragraph or heading inside an item.
    for (const body of ['- item\n\n  two spaces', '- item\n\n  two spaces\n\n- next', '- item\n  # Inside\n- next', '1. Hosting\n\n   Indented text\n2. Next', '- a\n- b\n\nAfter the list.\n\n- c', '- a\n\n1. b\n\n2) c\n\n* d\n+ e', '<div>\n\u00a0\n# Heading\n\nText.', '<section>\n \u2003\n## Inside the block']) {
      const doc = `# Title\n\n## Overview\n\n${body}\n`;
      expect(JSON.stringify(readPlainText(doc)), body).toBe(JSON.stringify(whole(doc)));
    }
  }, 180_000);

  it('are read without remark when they hold only headings, paragraphs and simple lists', () => {
    const source = '# Security\n\nBackups are kept for 35 days\n  and encrypted.  \n## Access ##x\n\n   (MFA) is required.\n';
    const nodes = plainBlocks(source, 0, source.length);
    expect(nodes?.map((n) => `${n.type}:${source.slice(n.children[0].position!.start.offset, n.children[0].position!.end.offset)}`)).toEqual([
      'heading:Security',
      'paragraph:Backups are kept for 35 days\n  and encrypted.',
      'heading:Access ##x',
      'paragraph:(MFA) is required.',
    ]);
    for (const other of ['- item', '1. Hosting', '\n- item\n* other marker', '\n1. one\n2) other delimiter', '\n    code', '> quote', '| a |', '===', 'see www.example.com', 'mail team@example.com', '## Title ##', '![d](d.png)', 'a &#64; b', 'a\\@b', 'x\ry']) {
      const s = `Backups are kept.\n${other}\n`;
      expect(plainBlocks(s, 0, s.length), other).toBeUndefined();
    }
  });

  it('cover the prose of a long text, its simple lists too: remark reads only its table', () => {
    const paper = Array.from({ length: 40 }, (_, i) => `## Section ${i}\n\nMaintenance records of site ${i} are copied every night.\nThey are kept for ${30 + i} days.\n\n- Copies are encrypted.\n- Restores are rehearsed.\n\n${i + 1}. Access\n\nAccess needs a second factor.${i === 20 ? '\n\n| Control | Answer |\n| --- | --- |\n| MFA | Yes |' : ''}`).join('\n\n');
    const cuts = pieceStarts(paper, 0, 0);
    const other = cuts.filter((at, i) => !plainBlocks(paper, at, cuts[i + 1] ?? paper.length));
    expect(cuts.length).toBeGreaterThan(80);
    expect(other.map((at) => paper.slice(at, paper.indexOf('\n', at)))).toEqual(['Access needs a second factor.']);
  });
});
