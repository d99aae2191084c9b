/** Same input, byte-identical knowledge base: two ingests into different folders (all files). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSeeds, seedsDir } from '../helpers/seeds.ts';
import { buildKb, listFiles } from './harness.ts';

function twoRunsIdentical(sources: string[]) {
  const a = buildKb(sources, 'seckb-contract-det-a-');
  const b = buildKb(sources, 'seckb-contract-det-b-');
  try {
    expect([a.code, b.code]).toEqual([0, 0]);
    const files = listFiles(a.dir);
    expect(files).toContain('manifest.json');
    expect(files).toContain('claims.json');
    expect(files).toContain('findings.json');
    expect(listFiles(b.dir)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(path.join(a.dir, f)).equals(readFileSync(path.join(b.dir, f))));
    expect(differing).toEqual([]);
    // Ids are the point of stability: name them when they move.
    expect(b.claims.map((c) => c.id)).toEqual(a.claims.map((c) => c.id));
    expect(b.findings.map((f) => f.id)).toEqual(a.findings.map((f) => f.id));
  } finally {
    a.cleanup();
    b.cleanup();
  }
}

describe('determinism: content/sources', () => {
  it('two ingests into different folders give byte-identical files', () => twoRunsIdentical(['content/sources']));
});

describeSeeds('determinism: seeds', () => {
  it('two ingests into different folders give byte-identical files', () => twoRunsIdentical([seedsDir]));
});
