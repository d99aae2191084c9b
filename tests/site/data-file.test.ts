import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DATA_SUFFIX, packData } from '../../src/site/data-file.ts';
import { dataText } from '../../src/site/client/data-file.ts';
import { writeKbFiles, kbFileAt } from '../../src/site/kb-files.ts';
import { siteSearchFile } from '../../src/search/site-passages.ts';

const kbDir = path.resolve(import.meta.dirname, 'fixtures/kb');
// Made-up data, Polish and English words, as a data file could hold them.
const JSON_TEXT = JSON.stringify({ words: ['kopie zapasowe', 'backups', 'zażółć gęślą jaźń'], n: [1, 22, 333] });

describe("the site's data files, stored gzip-compressed", () => {
  it('packs the same JSON to the same bytes, a third or less of a repetitive file', () => {
    const a = packData(JSON_TEXT);
    expect(Buffer.from(a).equals(Buffer.from(packData(JSON_TEXT)))).toBe(true);
    expect([a[0], a[1]]).toEqual([0x1f, 0x8b]);
    const long = JSON.stringify(Array.from({ length: 500 }, (_, i) => [i, 'hosting', i * 3]));
    expect(packData(long).length).toBeLessThan(long.length / 3);
  });

  it('reads a packed file back as its JSON text, and a file the server already unpacked as it is', async () => {
    expect(await dataText(new Response(packData(JSON_TEXT).slice().buffer as ArrayBuffer))).toBe(JSON_TEXT);
    expect(await dataText(new Response(JSON_TEXT))).toBe(JSON_TEXT);
    expect(await dataText(new Response(''))).toBe('');
  });

  it("writes every KB search file as `<name>.json.gz` holding the site's copy, and serves the same bytes in development", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'seckb-data-'));
    try {
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, 'keep.txt'), 'x');
      writeKbFiles(kbDir, out);
      const kbNames = readdirSync(path.join(kbDir, 'search')).sort();
      expect(kbNames.length).toBeGreaterThan(2);
      expect(readdirSync(path.join(out, 'search')).sort()).toEqual(kbNames.map((n) => n + DATA_SUFFIX).sort());
      for (const name of kbNames) {
        const stored = readFileSync(path.join(out, 'search', name + DATA_SUFFIX));
        const want = siteSearchFile(name, readFileSync(path.join(kbDir, 'search', name), 'utf8'));
        expect(gunzipSync(stored).toString('utf8'), name).toBe(want);
        expect(Buffer.from(kbFileAt(kbDir, `/search/${name}${DATA_SUFFIX}`)!.body).equals(stored), name).toBe(true);
      }
      expect(kbFileAt(kbDir, `/search/${kbNames[0]}`)).toBeUndefined();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
