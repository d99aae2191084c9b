/** The hand-written fixture corpus (tests/search/fixtures/*.md) as documents and search files. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFromText } from '../../src/model/from-text.ts';
import type { SeckbDocument } from '../../src/model/types.ts';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Fixture documents; the id is the file name without extension ("arvella-security-en"). */
export function fixtureDocuments(): SeckbDocument[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) =>
      documentFromText(readFileSync(path.join(fixturesDir, f), 'utf8'), {
        format: 'md',
        source: `tests/search/fixtures/${f}`,
        id: f.replace(/\.md$/, ''),
      }),
    );
}
