/**
 * A long .txt exported from a paper (headings, paragraphs, simple lists, now and then a table) is
 * read mostly without remark (ingest/readers/plain-blocks.ts): remark's block and inline parse was
 * ~1.4 s per MB, the largest stage of a long text. The reading completes with every block kept;
 * remark sees only the stretches it must (structural: characters handed to it, not time).
 */
import { describe, expect, it } from 'vitest';
import { readPlainText, remarkWork } from '../../ingest/readers/markdown.ts';

const section = (i: number) =>
  [
    `## ${i}. Backups and recovery`,
    `Maintenance records of site ${i} are copied every night to a second region.\nCopies are kept for ${30 + (i % 9)} days and encrypted before they leave the host.`,
    `${(i % 8) + 1}. Restores`,
    `- Restores are rehearsed twice a year.\n- Each rehearsal is written up for the customer.`,
    i % 25 === 0 ? `| Control | Answer |\n| --- | --- |\n| Offsite copies | Yes |` : `Support staff reach customer data only with the customer's consent (see section ${i}).`,
  ].join('\n\n');

describe('a long markdown-bearing .txt', () => {
  it('is read whole, every heading and list item kept, remark handed only its tables', () => {
    const text = `# Security white paper\n\n${Array.from({ length: 2500 }, (_, i) => section(i)).join('\n\n')}\n`;
    expect(text.length).toBeGreaterThan(700_000);
    const before = remarkWork.characters;
    const { blocks } = readPlainText(text);
    expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(2501);
    expect(blocks.filter((b) => b.type === 'list-item')).toHaveLength(2500 * 3);
    expect(blocks.filter((b) => b.type === 'table-row')).toHaveLength(100 * 2);
    expect(blocks.at(-1)?.text).toBe("Support staff reach customer data only with the customer's consent (see section 2499).");
    // The stretches around the 100 tables only: under 5 % of the text.
    expect(remarkWork.characters - before).toBeLessThan(text.length * 0.05);
  });
});
