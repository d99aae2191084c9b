import { describe, expect, it } from 'vitest';
import { readPlainProse } from '../../ingest/readers/plain-text.ts';

const wrapped = [
  'The supplier keeps the following measures in place for every customer environment it runs:',
  '',
  '- All customer data is encrypted at rest with AES-256 and the keys are rotated every year by the',
  '  operations team under the four-eyes principle.',
  '- Backups are taken every night.',
  '',
  '4.1 The Supplier shall take differential backups of the production database every twelve',
  '(12) hours and a full backup once per week. Backups shall be retained for a period not',
  'exceeding three (3) months.',
  '',
  'The regions are',
  '1) Frankfurt',
  '2) Dublin',
].join('\n');

describe('readPlainProse: hard-wrapped lists and clauses', () => {
  const blocks = readPlainProse(wrapped);
  it('keeps a list item with its wrapped lines', () => {
    expect(blocks[1]).toMatchObject({ type: 'list-item', text: expect.stringMatching(/by the\n {0}operations team under the four-eyes principle\.$/) });
    expect(blocks[2]).toMatchObject({ type: 'list-item', text: '- Backups are taken every night.' });
  });
  it('goes on with a wrapped line that merely starts like a list item', () => {
    expect(blocks[3]).toMatchObject({ type: 'paragraph', text: expect.stringContaining('every twelve\n(12) hours and a full backup') });
    expect(blocks[3].text).toMatch(/three \(3\) months\.$/);
  });
  it('still starts a list after a short line', () => {
    expect(blocks.slice(4).map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'The regions are'],
      ['list-item', '1) Frankfurt'],
      ['list-item', '2) Dublin'],
    ]);
  });
  it('anchors each wrapped line of an item to its own source line', () => {
    expect(blocks[1].anchors).toEqual([[0, 3, 1], [blocks[1].text.indexOf('operations'), 4, 3]]);
  });
});
