/**
 * The alignment exports read back by translate-toolkit (Debian's `translate-toolkit`, the library
 * under Weblate and Pootle): every TMX and XLIFF 1.2 unit comes back with its text, languages and
 * flags. XLIFF 2.0 is validated against its schema in export.test.ts; translate-toolkit 3.8 does
 * not read 2.0, which is why the 1.2 export exists. Skipped with a reason where translate-toolkit
 * is absent, except under CI=true (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align.ts';
import { toTmx } from '../../src/align/export/tmx.ts';
import { toXliff12 } from '../../src/align/export/xliff12.ts';
import { english, polish } from './fixture.ts';

const SCRIPT = path.join(import.meta.dirname, 'scripts/read-with-translate-toolkit.py');
// Debian's package installs into the system Python, which a pyenv or venv python3 does not see.
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import translate.storage.xliff, translate.storage.tmx']).status === 0);

if (!PYTHON && process.env.CI === 'true') {
  describe('exports read by translate-toolkit', () => {
    it('needs translate-toolkit under CI', () => {
      throw new Error('python3 cannot import translate (translate-toolkit): CI=true requires it (apt-get install translate-toolkit)');
    });
  });
}

interface ReadBack {
  languages: string[];
  units: Array<{ source: string; target: string; notes: string }>;
}

(PYTHON ? describe : describe.skip)(PYTHON ? 'exports read by translate-toolkit' : 'exports read by translate-toolkit (skipped: python3 cannot import translate; apt-get install translate-toolkit)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'seckb-tt-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const alignment = alignDocuments(polish(), english());

  function read(files: Record<string, string>): ReadBack[] {
    const paths = Object.entries(files).map(([name, content]) => {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    });
    const r = spawnSync(PYTHON!, [SCRIPT, ...paths], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as ReadBack[];
  }

  it('reads every two-sided pair of the TMX and every pair of the XLIFF 1.2, texts intact', () => {
    const [tmx, xlf] = read({ 'pair.tmx': toTmx(alignment), 'pair.xlf': toXliff12(alignment) });
    const both = alignment.pairs.filter((p) => p.source.text && p.target.text);
    const any = alignment.pairs.filter((p) => p.source.text || p.target.text);
    expect(both.length).toBeGreaterThan(10);
    expect(tmx!.units.map((u) => [u.source, u.target])).toEqual(both.map((p) => [p.source.text, p.target.text]));
    expect(xlf!.units.map((u) => [u.source, u.target])).toEqual(any.map((p) => [p.source.text, p.target.text]));
    expect(xlf!.languages).toEqual(['pl', 'en']);
  });

  it('keeps the flags as notes in XLIFF 1.2, and escapes markup and ampersands', () => {
    const tricky = {
      source: { documentId: 'a', file: 'a & b.md', lang: 'en' },
      target: { documentId: 'b', file: 'b.md', lang: 'pl' },
      pairs: [
        { source: { start: 0, end: 9, text: 'Use <b> & "q"' }, target: { start: 0, end: 9, text: 'Użyj <b> & „q”' }, score: 0.5, flags: [{ kind: 'number-mismatch' as const, detail: '30 days ≠ 35 dni' }] },
        { source: { start: 9, end: 9, text: '' }, target: { start: 9, end: 18, text: 'Tylko tu.' }, score: 0, flags: [{ kind: 'missing-in-source' as const, detail: 'no counterpart' }] },
      ],
    };
    const [xlf] = read({ 'tricky.xlf': toXliff12(tricky) });
    expect(xlf!.units).toEqual([
      { source: 'Use <b> & "q"', target: 'Użyj <b> & „q”', notes: 'number-mismatch: 30 days ≠ 35 dni' },
      { source: '', target: 'Tylko tu.', notes: 'missing-in-source: no counterpart' },
    ]);
  });
});
