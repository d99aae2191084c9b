import { readFileSync } from 'node:fs';
import { alignDocuments } from './src/align/align.ts';
import { documentFromText } from './src/model/from-text.ts';
const en = readFileSync('tests/align/fixtures/drift/tuned/harborline-en.md', 'utf8').replace(/^# .*\n/, '');
const pl = readFileSync('tests/align/fixtures/drift/tuned/harborline-pl.md', 'utf8').replace(/^# .*\n/, '');
for (const k of [5, 10, 20, 40]) {
  const a = documentFromText(Array.from({ length: k }, (_, i) => en.replace(/^## (\d+)\./gm, `## ${i}.$1`)).join('\n'), { source: 'a.md' });
  const b = documentFromText(Array.from({ length: k }, (_, i) => pl.replace(/^## (\d+)\./gm, `## ${i}.$1`)).join('\n'), { source: 'b.md' });
  const t = performance.now();
  const r = alignDocuments(a, b);
  console.log(k, a.sentences.length, Math.round(performance.now() - t), 'ms', r.pairs.length, (r.drift ?? []).length);
}
