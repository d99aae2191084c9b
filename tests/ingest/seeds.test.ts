import path from 'node:path';
import { expect, it } from 'vitest';
import { readFile } from '../../ingest/read.ts';
import { describeSeeds, seedFiles } from '../helpers/seeds.ts';

describeSeeds('readFile over the seed corpus', () => {
  it('reads every seed into non-empty blocks', async () => {
    const files = seedFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const r = await readFile(file);
      expect(r.format, path.basename(file)).toBe('txt');
      expect(r.blocks.length, path.basename(file)).toBeGreaterThan(10);
      expect(r.blocks.every((b) => b.type === 'image' || b.text.trim() !== ''), path.basename(file)).toBe(true);
      expect(r.blocks.map((b) => b.text).join('\n')).not.toContain('\r');
    }
  });
});
