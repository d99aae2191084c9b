import { extractClaims } from './src/claims/extract.ts';
import { makeDoc } from './tests/findings/make-doc.ts';
const [lang, ...rest] = process.argv.slice(2);
const text = rest.join(' ').replace(/\\n/g, '\n');
const doc = makeDoc(text, { format: 'md', lang });
for (const c of extractClaims(doc)) console.log(c.attribute, JSON.stringify(c.value), JSON.stringify(c.qualifiers), '<-', JSON.stringify(c.quote.slice(0, 120)));
