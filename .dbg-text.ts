import { loadDocument } from './ingest/load.ts';
const doc = await loadDocument(process.argv[2]);
console.log(JSON.stringify({lang: doc.language, vendor: (doc as any).vendor, title: (doc as any).title}));
console.log(doc.text);
if (process.argv[3]) for (const b of doc.blocks) console.log(b.type, JSON.stringify(doc.text.slice(b.start, b.end).slice(0,100)));
