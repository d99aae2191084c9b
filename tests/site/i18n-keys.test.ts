import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Every namespace file in locales/: a key missing in one locale fails (plural suffixes compared
// by base key, since Polish has _few/_many where English has none).
const root = path.resolve(import.meta.dirname, '../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (k: string): string => k.replace(PLURAL, '');
const load = (lang: string, file: string): Record<string, string> => JSON.parse(readFileSync(path.join(root, lang, file), 'utf8')) as Record<string, string>;

describe('locales', () => {
  const files = [...new Set([...readdirSync(path.join(root, 'en')), ...readdirSync(path.join(root, 'pl'))])].filter((f) => f.endsWith('.json')).sort();
  it('has both locales for every namespace', () => {
    for (const f of files) {
      expect(readdirSync(path.join(root, 'en')), `en/${f}`).toContain(f);
      expect(readdirSync(path.join(root, 'pl')), `pl/${f}`).toContain(f);
    }
  });
  for (const f of files) {
    it(`${f}: same keys in en and pl`, () => {
      const en = new Set(Object.keys(load('en', f)).map(base));
      const pl = new Set(Object.keys(load('pl', f)).map(base));
      expect([...en].filter((k) => !pl.has(k)), `missing in pl/${f}`).toEqual([]);
      expect([...pl].filter((k) => !en.has(k)), `missing in en/${f}`).toEqual([]);
    });
    it(`${f}: Polish plurals have one/few/many`, () => {
      const pl = load('pl', f);
      const bases = new Set(Object.keys(pl).filter((k) => PLURAL.test(k)).map(base));
      for (const b of bases) for (const c of ['one', 'few', 'many']) expect(pl, `pl/${f}: ${b}_${c}`).toHaveProperty(`${b}_${c}`);
    });
  }
});
