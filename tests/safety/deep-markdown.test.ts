/**
 * Deep structures are read, not refused (issue 13 item 4): markdown nested beyond what remark
 * copes with, or a very wide table, is read as plain text with a note in the manifest.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_NESTING, MAX_TABLE_COLUMNS, markdownTooComplex, readMarkdown, readPlainText } from '../../ingest/readers/markdown.ts';
import { buildDocument } from '../../src/model/build.ts';
import { seckb } from '../helpers/cli.ts';

const deepQuotes = (depth: number, lines: number) => Array.from({ length: lines }, (_, i) => `${'>'.repeat(depth)} Line ${i} says backups are kept for 30 days.`).join('\n') + '\n';
const deepList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n') + '\n';
const wideTable = (columns: number) => `| ${Array.from({ length: columns }, (_, i) => `c${i}`).join(' | ')} |\n|${' --- |'.repeat(columns)}\n| ${Array.from({ length: columns }, () => 'x').join(' | ')} |\n`;

describe('markdown beyond the limits is read as plain text', () => {
  it('1 MB of deeply nested quotes: read fast, text kept, note given', () => {
    const source = deepQuotes(10_000, 100);
    expect(source.length).toBeGreaterThan(1_000_000);
    const started = Date.now();
    const read = readMarkdown(source);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(read.note).toMatch(/read as plain text: quotes or lists nested 10000 levels deep/);
    const doc = buildDocument(read, { id: 'deep', source: 'deep.md', sha256: '0'.repeat(64) });
    expect(doc.text).toContain('Line 99 says backups are kept for 30 days.');
  });

  it('10,000 nested list levels and a 50,000-column row', () => {
    expect(readMarkdown(deepList(10_000)).note).toMatch(/nested \d+ levels deep/);
    const wide = readPlainText(wideTable(50_000));
    expect(wide.note).toMatch(/a table row of 500\d\d columns/);
    expect(wide.blocks.map((b) => b.text).join('\n')).toContain('c49999');
  });

  it('ordinary nesting and tables still go through remark, without a note', () => {
    expect(markdownTooComplex(deepList(MAX_MARKDOWN_NESTING - 30))).toBeUndefined();
    expect(markdownTooComplex(wideTable(MAX_TABLE_COLUMNS - 1))).toBeUndefined();
    const read = readMarkdown('# Title\n\n> quote\n> > nested\n\n- a\n  - b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(read.note).toBeUndefined();
    expect(read.blocks.some((b) => b.type === 'table-row' || b.type === 'quote')).toBe(true);
  });

  it('ingest records the note in the manifest, and check reads the file', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seckb-deep-'));
    try {
      mkdirSync(path.join(work, 'src'));
      writeFileSync(path.join(work, 'src', 'deep.md'), deepQuotes(3_000, 20));
      writeFileSync(path.join(work, 'src', 'wide.txt'), `# Wide\n\n## Table\n\n${wideTable(2_000)}`);
      const r = seckb(['ingest', path.join(work, 'src'), '--out', path.join(work, 'kb')]);
      expect(r.code).toBe(0);
      const manifest = JSON.parse(readFileSync(path.join(work, 'kb', 'manifest.json'), 'utf8'));
      expect(manifest.documents.map((d: { status: string; note?: string }) => [d.status, d.note?.slice(0, 19)])).toEqual([
        ['ok', 'read as plain text:'],
        ['ok', 'read as plain text:'],
      ]);
      const check = seckb(['check', path.join(work, 'src', 'deep.md')]);
      expect(check.code === 0 || check.code === 1).toBe(true);
      expect(check.stderr).not.toMatch(/RangeError|\n\s+at /);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
