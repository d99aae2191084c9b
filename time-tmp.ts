import { readdirSync } from 'node:fs';
import { loadDocument } from './ingest/load.ts';
import { alignDocuments } from './src/align/align.ts';
const dir = '../shared/seeds/';
const docs = await Promise.all(readdirSync(dir).filter((f) => !f.endsWith('.json')).map((f) => loadDocument(dir + f)));
for (const a of docs) for (const b of docs) {
  if (a === b || a.language === b.language) continue;
  const t = performance.now();
  const r = alignDocuments(a, b);
  console.log(a.source.slice(-30), b.source.slice(-30), a.sentences.length, b.sentences.length, Math.round(performance.now() - t), 'ms', r.pairs.length, 'pairs', (r.drift ?? []).map((d) => d.kind).join(','));
}
