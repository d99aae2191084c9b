import { loadDocument } from './ingest/load.ts';
import { extractClaims } from './src/claims/extract.ts';
const [file, attr] = process.argv.slice(2);
const doc = await loadDocument(file);
for (const c of extractClaims(doc)) if (!attr || c.attribute.startsWith(attr)) console.log(c.attribute, JSON.stringify(c.value), JSON.stringify(c.qualifiers), '<-', JSON.stringify(c.quote.slice(0, 200)));
