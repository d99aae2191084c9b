/**
 * Structure findings over documents written after reading real letters, e-mails, contract
 * schedules, Polish policies with "Spis treści", DPA annexes and white papers (our own words,
 * invented vendors): the layouts that look like a cut sentence or a TOC mismatch but are not
 * (salutations and sign-offs, signature blocks, addresses, hard-wrapped clauses whose next line
 * starts "(12)", wrapped list items, enumerations ending ", or", page references "– s. 2",
 * § numbering, a sentence that runs on from a full pdf page, running headers and footers of a
 * pdftotext export) and the real ones beside them. The
 * pdf and docx files are built from specs here and read by the real readers.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, buildPdf } from '../../content/builders.ts';
import { PDF_FONTS, hasPdfFonts } from '../../eval/generate.ts';
import { loadDocument } from '../../ingest/load.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';

const dir = path.join(import.meta.dirname, 'fixtures/structure');
const STRUCTURE = new Set(['broken-paragraph', 'toc-mismatch', 'duplicated-phrase', 'markup-residue']);
/** Each expected finding: its rule and a piece of its excerpt. */
type Expected = Array<[rule: string, excerptPart: string]>;

const expected: Record<string, Expected> = {
  'letter-en.pdf': [],
  'email-en.txt': [],
  'pismo-pl.txt': [],
  'help-article-en.html': [],
  'schedule-en.txt': [
    // A renamed section is one finding, on its contents entry (round 8: not a second one on the heading).
    ['toc-missing-heading', '5. Notification of Incidents'],
    ['split-across-paragraph', 'by a second engineer and\n\napproved by'],
  ],
  'polityka-pl.pdf': [
    ['toc-missing-heading', '§ 5. Obsługa incydentów'],
    ['split-across-page', 'drugiego administratora oraz\n\nzatwierdzana'],
  ],
  'whitepaper-en.pdf': [['split-across-page', 'by a second developer and\n\nchecked']],
  // pdftotext output: running header and footer lines between the pages, a sentence running on
  // from a full page (typesetting), and one real cut inside a page.
  'pdftotext-en.txt': [],
  // A TOC of parts and chapters whose long entry wraps before its dot leaders; a Polish
  // regulamin whose "§ 1" stands on its own line above the title.
  'toc-chapters-en.txt': [],
  'regulamin-pl.txt': [],
  'pdftotext-pl.txt': [['split-across-paragraph', 'drugiego administratora i\n\nzatwierdzana']],
  // Round 7: every section starts a page, so no page is full; a sentence cut at a page break
  // still counts, and a TOC written as a numbered list keeps its numbers for the comparison.
  'sekcje-pl.pdf': [
    ['toc-renumbered', 'Odtwarzanie po awarii'],
    ['split-across-page', 'że pełne\n\nprzełączenie'],
  ],
  'sections-en.pdf': [['split-across-page', 'back in Manchester\n\nwithin three hours']],
  // A table whose cells were glued together on copying: rows that end alike are no cut sentence.
  'credits-en.txt': [],
  'zalacznik-pl.docx': [
    ['split-across-paragraph', 'hasłem oraz\n\nkodem jednorazowym'],
    ['split-across-paragraph', 'wyprzedzeniem,\n\nKlient może'],
  ],
};

let out = '';
const needsFonts = !hasPdfFonts() && !process.env.CI;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'seckb-structure-'));
  for (const spec of readdirSync(dir)) {
    const target = path.join(out, spec.replace(/\.txt$/, ''));
    if (spec.endsWith('.pdf.txt') && !needsFonts) await buildPdf(path.join(dir, spec), target, { flow: true, fonts: PDF_FONTS });
    else if (spec.endsWith('.docx.txt')) await buildDocx(path.join(dir, spec), target);
  }
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function structureFindings(name: string) {
  const built = /\.(?:pdf|docx)$/.test(name);
  const doc = await loadDocument(path.join(built ? out : dir, name));
  return documentFindings(doc, { locale: 'en', now: new Date('2026-11-23T00:00:00Z') }).filter((f) => STRUCTURE.has(f.kind));
}

describe('structure findings on letters, schedules, policies and papers', () => {
  for (const [name, want] of Object.entries(expected)) {
    const skip = name.endsWith('.pdf') && needsFonts;
    const test = skip ? it.skip : it;
    test(`${name}: ${want.length ? want.map(([r]) => r).join(', ') : 'nothing'}`, async () => {
      const found = await structureFindings(name);
      const got = found.map((f) => `${f.rule}: ${f.excerpt}`);
      expect(found, got.join('\n')).toHaveLength(want.length);
      for (const [rule, part] of want) {
        expect(found.some((f) => f.rule === rule && f.excerpt.includes(part)), `${rule} ~ ${JSON.stringify(part)} in\n${got.join('\n')}`).toBe(true);
      }
    });
  }
});
