import { documentFromText } from './src/model/from-text.ts';
import { extractClaims } from './src/claims/extract.ts';
const text = process.argv[2].replace(/\\n/g, '\n');
const doc = documentFromText(text, { meta: { vendor: 'Acme' } });
for (const c of extractClaims(doc)) console.log(`${c.attribute}=${c.value} ${JSON.stringify(c.qualifiers)}  <- ${JSON.stringify(c.quote.slice(0, 80))}`);
