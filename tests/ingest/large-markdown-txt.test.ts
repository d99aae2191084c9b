/**
 * A large .txt that holds markdown is parsed in pieces cut before headings (micromark's cost grows
 * faster than the text): the blocks and their places must be what a whole parse gives.
 */
import { describe, expect, it, vi } from 'vitest';
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

/**
 * `readPlainText` of a fresh copy of the reader that cuts texts with `cut`: a whole parse
 * (`() => [0]`), or cuts of texts over a smaller size, so a test needs no whole parse of 256 KB.
 */
async function readerWith(cut: (source: string) => number[]): Promise<typeof readPlainText> {
  return (await readersWith(cut)).readPlainText;
}

async function readersWith(cut: (source: string) => number[]): Promise<typeof import('../../ingest/readers/markdown.ts')> {
  vi.resetModules();
  vi.doMock('../../ingest/readers/markdown-chunks.ts', async (original) => ({ ...(await original<object>()), pieceStarts: cut }));
  const reader = await import('../../ingest/readers/markdown.ts');
  vi.doUnmock('../../ingest/readers/markdown-chunks.ts');
  return reader;
}
const SMALL = 16 * 1024;
const smallCuts = (source: string) => pieceStarts(source, SMALL);

// Plain text exported as markdown: two headings, then megabytes of paragraphs, lists, quotes,
// tables and indented code, but no heading to cut at. The constructs around each blank line are
// the ones a cut at a paragraph could break: a loose list and a quote whose next paragraph is
// indented, an HTML block of kind 6 and a line that is blank only to the eye (a no-break space).
const PROSE = (i: number) =>
  [
    `Maintenance records of site ${i} are copied every night and kept for ${30 + (i % 9)} days.`,
    `- Copies are encrypted.\n\n  They are checked before they leave the host.\n- Restores are rehearsed twice a year.`,
    `> Support staff reach customer data only with consent.\n>\n> Every session is logged.`,
    `Control | Answer\n--- | ---\nSingle sign-on | Yes`,
    `    indented code line ${i}\n\n    more code`,
    `<div class="note">\nA note in HTML.\n</div>`,
    `Setext title ${i}\n===`,
    `A paragraph with a no-break space line after it.\n\u00a0\nStill the same paragraph.`,
  ].join('\n\n');

describe('large markdown-bearing .txt without headings to cut at', () => {
  // `extra` goes in the middle, after a piece long enough to be cut.
  const text = (n: number, extra = '') => {
    const parts = Array.from({ length: n }, (_, i) => PROSE(i));
    parts.splice(Math.floor(n / 2), 0, extra.trimEnd());
    return `# Title\n\n## Overview\n\n${parts.filter(Boolean).join('\n\n')}\n`;
  };
  const copies = Math.ceil((PARSE_WHOLE_UP_TO * 1.1) / PROSE(0).length);

  it('is cut at paragraphs after a blank line into pieces of bounded size', () => {
    const big = text(copies);
    const starts = pieceStarts(big);
    expect(starts.length).toBeGreaterThan(10);
    for (const at of starts.slice(1)) {
      expect(big.slice(at - 2, at)).toBe('\n\n');
      expect(big[at]).toMatch(/\p{L}/u);
    }
    // Bounded pieces keep the parse linear: each is at most a few times the piece size.
    const longest = Math.max(...starts.map((at, i) => (starts[i + 1] ?? big.length) - at));
    expect(longest).toBeLessThan(16 * 1024);
  });

  it('gives exactly the blocks and anchors of a whole parse', async () => {
    const [whole, cut] = [await readerWith(() => [0]), await readerWith(smallCuts)];
    const doc = text(Math.ceil((SMALL * 4) / PROSE(0).length));
    expect(smallCuts(doc).length).toBeGreaterThan(4);
    expect(JSON.stringify(cut(doc))).toBe(JSON.stringify(whole(doc)));
  });

  it('makes no cut at a paragraph after a line that may open a fence or raw HTML, until a heading', async () => {
    const [whole, cut] = [await readerWith(() => [0]), await readerWith(smallCuts)];
    // A fence and a comment with paragraphs inside; then a fence inside a list item, which the
    // item's end closes, so a line-by-line reading takes the next fence's opening for its close.
    const filler = Array.from({ length: 150 }, (_, i) => `Paragraph ${i} after the fence, long enough to fill a piece of text.`).join('\n\n');
    const fenced = `\`\`\`\nconfig:\n\nLetters inside the fence.\n\`\`\`\n\n<!-- a comment\n\nWith letters after a blank line\n-->\n\n${filler}`;
    const listed = `- item\n\n  \`\`\`\n  code\n\nOut of the list.\n\n${filler}\n\n\`\`\`\n${filler}\n\`\`\`\n\n${filler}`;
    for (const extra of [fenced, listed]) {
      const doc = text(Math.ceil((SMALL * 2) / PROSE(0).length), extra);
      expect(smallCuts(doc).filter((at) => at > doc.indexOf('```'))).toEqual([]);
      expect(smallCuts(doc).length).toBeGreaterThan(1);
      expect(JSON.stringify(cut(doc))).toBe(JSON.stringify(whole(doc)));
    }
  });

  it('makes no cut at a paragraph in a text that defines a link or footnote', () => {
    expect(pieceStarts(text(copies, '[logo]: https://example.com/logo.png'))).toEqual([0]);
    expect(pieceStarts(text(copies, '> [^1]: A footnote.'))).toEqual([0]);
  });
});

describe('large .md', () => {
  // A .md renders its inline markup; pieces are safe while nothing defines a reference.
  const doc = `# Title\n\n## Overview\n\n${Array.from({ length: 60 }, (_, i) => `${PROSE(i)}\n\nSee [the policy](https://example.com/${i}) and **bold ${i}**, \`code\`, ![diagram ${i}](d.png).`).join('\n\n')}\n`;

  it('is parsed in pieces with exactly the blocks and anchors of a whole parse', async () => {
    const [whole, cut] = [await readersWith(() => [0]), await readersWith(smallCuts)];
    expect(smallCuts(doc).length).toBeGreaterThan(4);
    expect(JSON.stringify(cut.readMarkdown(doc))).toBe(JSON.stringify(whole.readMarkdown(doc)));
  });

  it('is parsed whole when it defines a link or footnote anywhere', async () => {
    const cuts: string[] = [];
    const reader = await readersWith((source) => (cuts.push(source), smallCuts(source)));
    reader.readMarkdown(`${doc}\n[policy]: https://example.com\n`);
    expect(cuts).toEqual([]);
    reader.readMarkdown(doc);
    expect(cuts).toHaveLength(1);
  });
});
