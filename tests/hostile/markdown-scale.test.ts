/**
 * Markdown that took remark past the 30 s limit though it is small or ordinary in shape (hostile
 * input): links nested in links (micromark walks a link's whole content when it closes it: 20,000
 * in 100 KB took 20 s), a 200,000-row table (35 s to parse, 650 MB) and 200,000 headings in a .md
 * (parsed whole: 14 s, 2.4 GB). Each is read, or refused with a one-line reason, at once.
 */
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../ingest/errors.ts';
import { MAX_BRACKET_NESTING, markdownTooComplex, readMarkdown, readPlainText } from '../../ingest/readers/markdown.ts';
import { pieceStarts } from '../../ingest/readers/markdown-chunks.ts';

describe('markdown past what remark parses in linear time', () => {
  it('links nested thousands deep are read as plain text with a note, their words kept', () => {
    const source = `# Security\n\n${'['.repeat(20_000)}Backups kept for 30 days${'](x)'.repeat(20_000)}\n`;
    const read = readMarkdown(source);
    expect(read.note).toBe('read as plain text: brackets or links nested 20000 levels deep (the markdown limit is 32)');
    expect(read.blocks.map((b) => b.text).join(' ')).toContain('Backups kept for 30 days');
    expect(readMarkdown(`# Security\n\n${'['.repeat(5000)}x${']'.repeat(5000)}\n`).note).toMatch(/nested 5000 levels/);
  });

  it('what papers hold stays markdown: a link in a link, an image in a link, a run of unclosed or escaped brackets', () => {
    const ordinary = [
      '[![Diagram](d.png)](https://example.com) and [see [1]](https://example.com/a)',
      `${'['.repeat(MAX_BRACKET_NESTING)}x${']'.repeat(MAX_BRACKET_NESTING)}`,
      `Open brackets only: ${'['.repeat(100_000)}`,
      `Escaped: ${'\\['.repeat(100)}x${']'.repeat(100)}`,
      `${'['.repeat(40)}\n\n${']'.repeat(40)}`,
    ];
    for (const source of ordinary) expect(markdownTooComplex(source), source.slice(0, 40)).toBeUndefined();
  });

  it('a table past 10,000 rows is refused with the reason, in .md and .txt; one of 10,000 is read', () => {
    const table = (rows: number) => `# Controls\n\n# Answers\n\n| Control | Answer |\n| --- | --- |\n${'| MFA | yes |\n'.repeat(rows)}`;
    for (const read of [readMarkdown, readPlainText]) {
      expect(() => read(table(200_000))).toThrow(ReadError);
      expect(() => read(table(200_000))).toThrow('the markdown table at line 6 has 200001 rows, over the 10000-row limit; split the table or the file');
    }
    expect(readMarkdown(table(9_999)).blocks.filter((b) => b.type === 'table-row')).toHaveLength(10_000);
  });

  it('tens of thousands of headings in a .md are parsed in pieces, every heading kept', () => {
    const source = Array.from({ length: 40_000 }, (_, i) => `# Heading ${i}\n`).join('\n');
    expect(pieceStarts(source).length).toBeGreaterThan(50);
    const read = readMarkdown(source);
    expect(read.blocks).toHaveLength(40_000);
    expect(read.blocks.at(-1)).toMatchObject({ type: 'heading', text: 'Heading 39999' });
  });
});
