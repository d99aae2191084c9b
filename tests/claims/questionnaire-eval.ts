/**
 * The labelled questionnaires of tests/claims/questionnaires/ (CAIQ-shaped and free-form, EN and
 * PL, .xlsx and .csv), built from their specs by content/workbook.ts, read by the real readers,
 * and scored against their hand labels. `npx tsx tests/claims/questionnaire-eval.ts` prints the report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCsv, buildXlsx, type WorkbookSpec } from '../../content/workbook.ts';
import { readCsv } from '../../ingest/readers/csv.ts';
import { readXlsx } from '../../ingest/readers/xlsx.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { buildDocument } from '../../src/model/build.ts';
import type { SeckbDocument } from '../../src/model/types.ts';
import { measure, type Label, type Measure } from './measure.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'questionnaires');

export interface LabelledQuestionnaire {
  file: string;
  doc: SeckbDocument;
  labels: Label[];
}

export async function labelledQuestionnaires(): Promise<LabelledQuestionnaire[]> {
  const out: LabelledQuestionnaire[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const spec = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as WorkbookSpec & { file: string; labels: Label[] };
    const read = spec.file.endsWith('.csv') ? readCsv(buildCsv(spec)) : await readXlsx(await buildXlsx(spec));
    const doc = buildDocument(read, { id: spec.file.replace(/\.\w+$/, ''), source: spec.file, sha256: 'x' });
    out.push({ file: spec.file, doc, labels: spec.labels });
  }
  return out;
}

export async function scoreQuestionnaires(): Promise<Measure> {
  const set = await labelledQuestionnaires();
  return measure(set.map(({ file, doc, labels }) => ({ name: file, claims: extractClaims(doc), labels })));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.stdout.write(`${(await scoreQuestionnaires()).report}\n`);
}
