/**
 * Builds the .docx, .pdf and .xlsx documents of the eval set from specs written for it:
 * eval/specs/<split>/<name>.docx.txt -> eval/docs/<split>/<name>.docx (and .pdf.txt -> .pdf;
 * .xlsx.json -> .xlsx, a questionnaire workbook in content/workbook.ts's spec form).
 * Run with `npx tsx eval/generate.ts`. Same spec syntax and determinism as content/generate.ts;
 * pdf specs are written as paragraphs and wrapped to the page here (`flow`), set in Liberation
 * Sans (Debian's fonts-liberation) because the built-in Helvetica cannot show Polish letters.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocx, buildPdf } from '../content/builders.ts';
import { buildXlsx, type WorkbookSpec } from '../content/workbook.ts';

const evalDir = import.meta.dirname;
const fontDir = '/usr/share/fonts/truetype/liberation';
export const PDF_FONTS = { regular: join(fontDir, 'LiberationSans-Regular.ttf'), bold: join(fontDir, 'LiberationSans-Bold.ttf') };
export const hasPdfFonts = () => existsSync(PDF_FONTS.regular) && existsSync(PDF_FONTS.bold);

/** Builds every spec into `<outRoot>/<split>/`; returns the paths written, relative to outRoot. */
export async function generateEvalDocs(outRoot = join(evalDir, 'docs')): Promise<string[]> {
  const written: string[] = [];
  for (const split of readdirSync(join(evalDir, 'specs')).sort()) {
    mkdirSync(join(outRoot, split), { recursive: true });
    for (const spec of readdirSync(join(evalDir, 'specs', split)).sort()) {
      const from = join(evalDir, 'specs', split, spec);
      const name = join(split, spec.replace(/\.(?:txt|json)$/, ''));
      if (spec.endsWith('.docx.txt')) await buildDocx(from, join(outRoot, name));
      else if (spec.endsWith('.pdf.txt')) await buildPdf(from, join(outRoot, name), { flow: true, fonts: PDF_FONTS });
      else if (spec.endsWith('.xlsx.json')) writeFileSync(join(outRoot, name), await buildXlsx(JSON.parse(readFileSync(from, 'utf8')) as WorkbookSpec));
      else throw new Error(`${split}/${spec}: a spec name ends in .docx.txt, .pdf.txt or .xlsx.json`);
      written.push(name);
    }
  }
  return written;
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  if (!hasPdfFonts()) {
    process.stderr.write(`eval/generate.ts: ${fontDir} has no Liberation Sans; install it (apt-get install fonts-liberation) and run again\n`);
    process.exit(1);
  }
  const written = await generateEvalDocs();
  process.stderr.write(`eval: wrote ${written.length} documents from eval/specs\n`);
}
