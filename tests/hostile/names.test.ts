/**
 * File names at the file system's limits: a document named with 250 characters is read like any
 * other, though its sidecars' names (`<name>.meta.json`, `<name>.seckb-ignore`) would be longer
 * than a name may be (ENAMETOOLONG: it failed as "cannot open the file").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFile } from '../../ingest/read.ts';
import { readIgnoreFile } from '../../ingest/sidecars.ts';

const work = mkdtempSync(path.join(tmpdir(), 'seckb-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a document whose name is 253 bytes long', () => {
  const file = path.join(work, `${'n'.repeat(250)}.md`);
  writeFileSync(file, '# Security\n\nBackups are kept for 30 days.\n');

  it('is read, with no sidecar', async () => {
    const read = await readFile(file);
    expect(read.blocks.map((b) => b.text)).toContain('Backups are kept for 30 days.');
    expect(readIgnoreFile(file)).toEqual([]);
  });
});
