import { documentFromText } from '../../src/model/from-text.ts';
import { readFileSync } from 'node:fs';
const f = process.argv[2];
const d = documentFromText(readFileSync(f, 'utf8'), { format: 'txt', source: f, id: 'x' });
const counts: Record<string, number> = {};
for (const b of d.blocks) counts[b.type] = (counts[b.type] ?? 0) + 1;
console.log(counts);
for (const s of d.sections.slice(0, 8)) console.log(JSON.stringify(s), JSON.stringify(d.text.slice(s.start, s.start + 60)));
