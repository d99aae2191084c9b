/**
 * Small markdown files that made micromark's work explode (hostile input): one emphasis run of
 * thousands of marks (cubic: 16 KB took 3.5 s of CPU, 32 KB ~20 s) and thousands of setext
 * headings (quadratic: 40 KB took 14 s). A thousand such files would each hit the 30 s limit,
 * so they are read as plain text with a note, as deep nesting is (tests/safety/deep-markdown).
 */
import { describe, expect, it } from 'vitest';
import { markdownTooComplex, MAX_DELIMITER_RUN, MAX_SETEXT_HEADINGS, readMarkdown, readPlainText } from '../../ingest/readers/markdown.ts';

const cpuMs = (work: () => void): number => {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

describe('markdown that micromark parses in more than linear time', () => {
  it('a long emphasis run around text is read as plain text, fast, its words kept', () => {
    for (const mark of ['*', '_', '~']) {
      const source = `# Title\n\nBackups are kept ${mark.repeat(8000)}for 30 days${mark.repeat(8000)}.\n`;
      let read!: ReturnType<typeof readMarkdown>;
      expect(cpuMs(() => (read = readMarkdown(source)))).toBeLessThan(2000);
      expect(read.note).toBe('read as plain text: a run of 8000 emphasis marks (the markdown limit is 128)');
      expect(read.blocks.map((b) => b.text).join(' ')).toContain('for 30 days');
    }
  });

  it('thousands of setext headings, in .md and in a markdown-bearing .txt', () => {
    const source = '# A\n\n# B\n\n' + 'Backups\n=======\n\nkept for 30 days\n\n'.repeat(4000);
    let read!: ReturnType<typeof readMarkdown>;
    expect(cpuMs(() => (read = readMarkdown(source)))).toBeLessThan(4000);
    expect(read.note).toBe(`read as plain text: 4000 underlined headings (the markdown limit is ${MAX_SETEXT_HEADINGS})`);
    expect(readPlainText(source).note).toBe(read.note);
  });

  it('what real papers hold stays markdown: masked values, form blanks, thematic breaks, underlined headings', () => {
    const ordinary = [
      'Security\n========\n\nThe API key looks like ****-****-1234 and **bold** text stays bold.',
      `Signature: ${'_'.repeat(300)}\n\nDate: ${'_'.repeat(200)}`,
      `${'*'.repeat(400)}\n\n${'-'.repeat(400)}\n\n${'_'.repeat(400)}`,
      `Masked: ${'*'.repeat(MAX_DELIMITER_RUN)}x`,
      Array.from({ length: MAX_SETEXT_HEADINGS }, (_, i) => `Part ${i}\n---\n\ntext ${i}\n`).join('\n'),
    ];
    for (const source of ordinary) expect(markdownTooComplex(source), source.slice(0, 40)).toBeUndefined();
    expect(readMarkdown(ordinary[0]!).blocks.find((b) => b.type === 'heading')?.text).toBe('Security');
  });
});
