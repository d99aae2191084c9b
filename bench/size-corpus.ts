/**
 * The size series' documents (bench/scale.ts, bench/size-series.ts): one long file per kind and
 * size, deterministic, written to a temporary folder and never committed.
 *
 * - varied-en / varied-pl: the English or Polish prose of the repository's own fictional
 *   documents (content/sources, the open eval splits; never world-test2 or world-test5) and of
 *   generated vendors' papers, one after another, repeated to the size;
 * - repetitive-en / repetitive-pl: one three-sentence paragraph repeated;
 * - questionnaire csv / xlsx: a security questionnaire of thousands of rows (id, question,
 *   answer, comment) made of varied questions.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { paperText } from './ingest-corpus.ts';

export type SizeKind = 'varied-en' | 'varied-pl' | 'repetitive-en' | 'repetitive-pl' | 'questionnaire-csv' | 'questionnaire-xlsx';
export const SIZE_KINDS: SizeKind[] = ['varied-en', 'varied-pl', 'repetitive-en', 'repetitive-pl', 'questionnaire-csv', 'questionnaire-xlsx'];

/** Sealed splits: nobody reads them, not even a bench. */
const SEALED = new Set(['world-test2', 'world-test5']);

/** English or Polish by letters and function words; undefined for other languages. */
function languageOf(text: string): 'en' | 'pl' | undefined {
  const polish = (text.match(/[ąćęłńóśźż]/giu) ?? []).length / Math.max(1, text.length);
  if (polish > 0.01) return 'pl';
  const english = (text.match(/\b(?:the|and|is|are|of)\b/giu) ?? []).length / Math.max(1, text.split(/\s+/).length);
  return english > 0.08 ? 'en' : undefined;
}

/** The repository's fictional .md/.txt documents in one language, in a stable order. */
function ownDocuments(root: string, lang: 'en' | 'pl'): string[] {
  const folders = [path.join(root, 'content/sources'), ...readdirSync(path.join(root, 'eval/docs')).filter((d) => !SEALED.has(d)).sort().map((d) => path.join(root, 'eval/docs', d))];
  return folders.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f))
      .sort()
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .filter((t) => languageOf(t) === lang),
  );
}

const REPEATED = {
  en: 'Backups are kept for 30 days and encrypted with AES-256. Customer data is hosted in AWS eu-central-1 (Frankfurt). Access to production requires multi-factor authentication.\n\n',
  pl: 'Kopie zapasowe przechowujemy przez 30 dni i szyfrujemy algorytmem AES-256. Dane klientów są przechowywane w regionie AWS eu-central-1 (Frankfurt). Dostęp do produkcji wymaga uwierzytelniania wieloskładnikowego.\n\n',
};

const TOPICS = ['backups', 'audit logs', 'customer data', 'access reviews', 'encryption keys', 'support sessions', 'penetration tests', 'incident reports', 'user accounts', 'API tokens', 'work orders', 'asset records'];
const VERBS = ['Are', 'Do you confirm that', 'Describe how', 'Is it documented that', 'Can customers verify that'];
const CHECKS = ['encrypted at rest', 'reviewed every quarter', 'kept for 90 days', 'deleted after termination', 'protected with MFA', 'stored in the EU', 'monitored around the clock', 'tested every year'];
const ANSWERS = ['Yes', 'No', 'Yes', 'N/A', 'Partially'];
const COMMENTS = [
  'See the security white paper, section 4, for the full description of this control.',
  'Retained for 35 days, then overwritten by the next backup cycle.',
  'AES-256 with keys held in a managed KMS and rotated every year.',
  'Reviewed by the security team twice a year and after every major release.',
  'Hosted in Frankfurt with a second site in Dublin for disaster recovery.',
  'Evidence is available to customers under a non-disclosure agreement.',
  '',
];

/** Row i of the generated questionnaire: id, question, answer, comment. */
function questionRow(i: number): string[] {
  const topic = TOPICS[i % TOPICS.length];
  const check = CHECKS[Math.floor(i / TOPICS.length) % CHECKS.length];
  const verb = VERBS[Math.floor(i / 7) % VERBS.length];
  // Two comment sentences: real answer cells explain (~160 bytes a row, so 10,000 rows are ~1.6 MB).
  const comment = `${COMMENTS[(i * 7) % COMMENTS.length]} ${COMMENTS[(i * 5 + 3) % COMMENTS.length]}`.trim();
  return [`Q-${String(Math.floor(i / 10) + 1).padStart(3, '0')}.${(i % 10) + 1}`, `${verb} ${topic} ${check}${verb.startsWith('Describe') ? '.' : '?'}`, ANSWERS[i % ANSWERS.length], comment];
}

const MAX_ROWS = 9_999;
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function repeatTo(parts: string[], bytes: number): string {
  const out: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    out.push(`${parts[i % parts.length]}\n\n`);
    size += out[i].length;
  }
  return out.join('').slice(0, bytes);
}

/** Writes one file of `kind` of about `kb` KB (of text; an xlsx holds that many KB of cells) to `dir`. */
export async function writeSized(root: string, dir: string, kind: SizeKind, kb: number): Promise<string> {
  const bytes = kb * 1024;
  const ext = kind === 'questionnaire-csv' ? 'csv' : kind === 'questionnaire-xlsx' ? 'xlsx' : 'txt';
  const file = path.join(dir, `${kind}-${kb}k.${ext}`);
  if (kind === 'varied-en' || kind === 'varied-pl') {
    const lang = kind === 'varied-en' ? 'en' : 'pl';
    // The own documents first, then generated papers of vendors of their own, so a long text
    // names many vendors and values.
    const parts = [...ownDocuments(root, lang), ...Array.from({ length: 200 }, (_, i) => paperText(i, lang, 8))];
    writeFileSync(file, repeatTo(parts, bytes));
  } else if (kind === 'repetitive-en' || kind === 'repetitive-pl') {
    const paragraph = REPEATED[kind === 'repetitive-en' ? 'en' : 'pl'];
    writeFileSync(file, paragraph.repeat(Math.ceil(bytes / paragraph.length)).slice(0, bytes));
  } else {
    const rows: string[][] = [['ID', 'Question', 'Answer', 'Comment']];
    // The readers take at most 10,000 rows: a larger questionnaire stops there.
    for (let i = 0, size = 0; size < bytes && i < MAX_ROWS; i++) {
      const row = questionRow(i);
      rows.push(row);
      size += row.join(',').length + 1;
    }
    if (ext === 'csv') writeFileSync(file, `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`);
    else {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Questionnaire').addRows(rows);
      await book.xlsx.writeFile(file);
    }
  }
  return file;
}
