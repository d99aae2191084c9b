import { documentFromText } from '../../src/model/from-text.ts';
import { buildSearchIndexes } from '../../src/search/build.ts';
import { loadSearchSync } from '../../src/search/query.ts';
import { readdirSync, readFileSync } from 'node:fs';
const dir = '/work/shared/seeds';
const docs = readdirSync(dir).sort().map((f) => documentFromText(readFileSync(dir + '/' + f, 'utf8'), { format: 'txt', source: f, id: f.slice(0, 3) }));
for (const d of docs) console.log(d.id, d.language, d.vendor.name, d.sections.length, d.sentences.length);
const files = buildSearchIndexes(docs);
for (const [k, v] of Object.entries(files)) console.log(k, v.length);
const e = loadSearchSync(files);
for (const q of process.argv.slice(2)) {
  console.log('==', q);
  for (const r of e.search(q, { limit: 5, lang: process.env.L })) console.log(r.score, r.lang, r.source.slice(-28), '|', r.heading, '|', r.excerpt.slice(0, 100).replace(/\n/g, ' '), r.highlights.length);
}
