/**
 * A large .txt that holds markdown is parsed in pieces cut before headings (micromark's cost grows
 * faster than the text): the blocks and their places must be what a whole parse gives.
 */
import { describe, expect, it } from 'vitest';
import { PARSE_WHOLE_UP_TO, pieceStarts } from '../../ingest/readers/markdown-chunks.ts';
import { lineStarts } from '../../ingest/readers/lines.ts';
import { readPlainText } from '../../ingest/readers/markdown.ts';

// One section of a made-up paper with the constructs a cut could break: a loose list, a table,
// a fence and an HTML comment that hold a heading after a blank line.
const SECTION = [
  '# Platform security',
  '',
  'Our maintenance platform keeps work orders in a managed database. Copies are taken every night.',
  '',
  '- Copies stay for 35 days.',
  '',
  '  They are encrypted before they leave the host.',
  '- Restores are rehearsed twice a year.',
  '',
  '| Control | Answer |',
  '| --- | --- |',
  '| Single sign-on | Yes |',
  '',
  '```',
  'config:',
  '',
  '# not a heading: inside a fence',
  '```',
  '',
  '<!-- editor note',
  '',
  '# not a heading either: inside a comment',
  '-->',
  '',
  '## Access',
  '',
  'Support staff reach customer data only with the customer\'s consent, and every session is logged.',
  '',
].join('\n');

const shape = (text: string) => readPlainText(text).blocks.map((b) => `${b.type}:${b.text}`);

describe('large markdown-bearing .txt', () => {
  const copies = Math.ceil((PARSE_WHOLE_UP_TO * 1.5) / SECTION.length);
  const big = `${SECTION}\n`.repeat(copies);

  it('is cut into pieces, never inside a fence or a comment', () => {
    const starts = pieceStarts(big);
    expect(starts.length).toBeGreaterThan(2);
    for (const at of starts.slice(1)) expect(big.slice(at, big.indexOf('\n', at))).toMatch(/^(?:# Platform security|## Access)$/);
    expect(pieceStarts(SECTION)).toEqual([0]);
  });

  it('gives the blocks of a whole parse, each anchored where its text is', () => {
    const one = shape(`${SECTION}\n`);
    expect(one).toContain('heading:Access');
    const read = readPlainText(big);
    expect(read.blocks.map((b) => `${b.type}:${b.text}`)).toEqual(Array.from({ length: copies }, () => one).flat());
    const starts = lineStarts(big);
    // A code block's anchor is its fence line; every other block's text starts at its anchor.
    for (const b of read.blocks.filter((x) => x.type !== 'code')) {
      const [, line, column] = b.anchors![0];
      const at = starts[line - 1] + column - 1;
      expect(big.slice(at, at + b.text.length)).toBe(b.text);
    }
  });
});
