/**
 * Builds the binary files of the sample corpus (content/sources/*.docx, *.pdf, the
 * Windows-1250 .txt and the .xlsx questionnaire) from the specs in content/corpus/ (the .xlsx
 * from a JSON spec through content/workbook.ts). Run with
 * `npx tsx content/generate.ts` (or `npm run corpus`). Output is byte-identical on every run:
 * dates in document properties and zip entries are fixed, and nothing random is used.
 *
 * Spec syntax (one paragraph per line, blank lines ignored; see content/README.md):
 *   `@key value`  document property (title, creator/author, subject, keywords, date, footer)
 *   docx: `= ` Title, `# ` Heading1, `## ` Heading2, `- ` bullet, `| a | b` table row (first
 *         row of a run is the header), `toc: text<TAB>page` TOC entry, `!image name | alt | w | h`,
 *         `~ ` Caption paragraph; anything else is a Normal paragraph, kept verbatim.
 *   pdf:  `=` title line, `#` heading line, other lines are set exactly as written (the line
 *         breaks are the spec's), a blank line is a paragraph gap, `@page` a page break.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { buildDocx, buildPdf } from './builders.ts';
import { buildXlsx, type WorkbookSpec } from './workbook.ts';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, 'corpus');
const sourcesDir = join(here, 'sources');

// ---------------------------------------------------------------- Windows-1250 text

function buildCp1250(src: string, out: string): void {
  const text = readFileSync(join(corpusDir, src), 'utf8').replace(/\n/g, '\r\n');
  const bytes = iconv.encode(text, 'win1250');
  if (iconv.decode(bytes, 'win1250') !== text) throw new Error(`${src}: not representable in Windows-1250`);
  writeFileSync(join(sourcesDir, out), bytes);
}

await buildDocx(join(corpusDir, 'serwisix-security-en.docx.txt'), join(sourcesDir, 'serwisix-security-en.docx'));
await buildDocx(join(corpusDir, 'nordhall-whitepaper.docx.txt'), join(sourcesDir, 'nordhall-whitepaper.docx'));
await buildPdf(join(corpusDir, 'fixora-security-overview.pdf.txt'), join(sourcesDir, 'fixora-security-overview.pdf'));
buildCp1250('remontex-bezpieczenstwo.txt', 'remontex-bezpieczenstwo.txt');
const caiq = JSON.parse(readFileSync(join(corpusDir, 'nordhall-caiq.xlsx.json'), 'utf8')) as WorkbookSpec;
writeFileSync(join(sourcesDir, 'nordhall-caiq.xlsx'), await buildXlsx(caiq));
process.stderr.write('corpus: wrote 2 docx, 1 pdf, 1 windows-1250 txt, 1 xlsx to content/sources\n');
