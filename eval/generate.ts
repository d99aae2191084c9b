/**
 * Builds the .docx and .pdf documents of the eval set from plain-text specs written for it:
 * eval/specs/<split>/<name>.docx.txt -> eval/docs/<split>/<name>.docx (and .pdf.txt -> .pdf).
 * Run with `npx tsx eval/generate.ts`. Same spec syntax and determinism as content/generate.ts;
 * pdf specs are written as paragraphs and wrapped to the page here (`flow`), set in Liberation
 * Sans (Debian's fonts-liberation) because the built-in Helvetica cannot show Polish letters.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx, buildPdf } from '../content/builders.ts';

const evalDir = import.meta.dirname;
const fontDir = '/usr/share/fonts/truetype/liberation';
const fonts = { regular: join(fontDir, 'LiberationSans-Regular.ttf'), bold: join(fontDir, 'LiberationSans-Bold.ttf') };
if (!existsSync(fonts.regular) || !existsSync(fonts.bold)) {
  process.stderr.write(`eval/generate.ts: ${fontDir} has no Liberation Sans; install it (apt-get install fonts-liberation) and run again\n`);
  process.exit(1);
}
let count = 0;
for (const split of readdirSync(join(evalDir, 'specs')).sort()) {
  for (const spec of readdirSync(join(evalDir, 'specs', split)).sort()) {
    const from = join(evalDir, 'specs', split, spec);
    const to = join(evalDir, 'docs', split, spec.replace(/\.txt$/, ''));
    if (spec.endsWith('.docx.txt')) await buildDocx(from, to);
    else if (spec.endsWith('.pdf.txt')) await buildPdf(from, to, { flow: true, fonts });
    else throw new Error(`${split}/${spec}: a spec name ends in .docx.txt or .pdf.txt`);
    count++;
  }
}
process.stderr.write(`eval: wrote ${count} documents from eval/specs\n`);
