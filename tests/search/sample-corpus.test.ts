/** A few queries over the sample corpus (content/sources, fictional vendors). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load.ts';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { loadSearchSync, type SearchEngine } from '../../src/search/query.ts';
import { projectRoot } from '../helpers/seeds.ts';

const dir = path.join(projectRoot, 'content/sources');

describe('search over the sample corpus', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    const files = readdirSync(dir).filter((f) => !f.startsWith('.') && !f.endsWith('.meta.json')).sort();
    const docs = await Promise.all(files.map((f) => loadDocument(path.join(dir, f)).catch(() => undefined)));
    engine = loadSearchSync(buildSearchIndexes(docs.filter((d) => d !== undefined)));
  }, 60_000);

  const cases: Array<{ q: string; lang?: string; heading: RegExp; lang0: string }> = [
    { q: 'kopie zapasowe', heading: /Kopie zapasowe/, lang0: 'pl' },
    { q: 'encryption keys', heading: /Encryption/, lang0: 'en' },
    { q: 'szyfrowanie', lang: 'en', heading: /Encryption/, lang0: 'en' },
    { q: 'usuniecie danych', heading: /usunięcie danych|Usuwanie danych/i, lang0: 'pl' },
  ];
  it.each(cases)('"$q" puts a matching section first', ({ q, lang, heading, lang0 }) => {
    const [top] = engine.search(q, { lang, limit: 5 });
    expect(top.heading).toMatch(heading);
    expect(top.lang).toBe(lang0);
  });
});
