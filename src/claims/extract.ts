/**
 * `extractClaims(doc)`: every claims.md attribute from sentences, list items and table rows.
 * Browser-safe (the site's draft checker runs it): no Node imports.
 *
 *     extractClaims(documentFromText('Backups are kept for 30 days.'))
 *     // [{ attribute: 'backup.retention', value: 'P30D', quote: 'Backups are kept for 30 days.', ... }]
 */
import type { SeckbDocument } from '../model/types.ts';
import { isSupportedLanguage } from '../model/language.ts';
import type { Claim } from './types.ts';
import { CLAIM_LANGUAGES, lexiconFor } from './lexicon.ts';
import { proseClaims } from './prose.ts';
import { toClaims } from './records.ts';
import { tableCells } from './tables.ts';
import { attributeIndex } from './vocabulary.ts';
import { headerRole, readQuestionnaire } from '../model/questionnaire.ts';
import { answerColumns, type AnswerColumns } from './answers.ts';
import { isQuestionnaire, rowCandidates } from './rows.ts';
import type { Candidate } from './engine.ts';
import { answerOnly, documentProvider, enclosingHeadings, langAt, sectionAt, tableGroups, type Unit } from './units.ts';
import { append } from '../lists.ts';
import { backupBounds } from './backup-bound.ts';
import { scopeText } from '../regex/registry.ts';
import { isGlossaryHeader, withoutDefinitions } from './definitions.ts';
import { withoutBoundedAsap } from './notice-bound.ts';

/** Below this many words the detected language of a document is not trusted to gate extraction. */
const MIN_WORDS_FOR_LANGUAGE = 20;

export function extractClaims(doc: SeckbDocument): Claim[] {
  // Term patterns compile at once every term this document could match (src/regex/narrowed.ts).
  scopeText(doc.text);
  const docProvider = documentProvider(doc);
  const claims: Claim[] = [];
  // A language without claim rules (German, Danish, ...) yields no guessed claims. Detection needs
  // some text: a one-line draft may be taken for French, so short texts are read as before.
  if (!CLAIM_LANGUAGES.includes(doc.language) && doc.text.split(/\s+/).length >= MIN_WORDS_FOR_LANGUAGE) return [];
  append(claims, proseClaims(doc, docProvider));

  for (const rows of tableGroups(doc)) {
    const first = rows[0];
    const section = sectionAt(doc, first.start);
    const lang = langAt(doc, first.start, rows[rows.length - 1].end);
    const lead = doc.text.slice(Math.max(section?.start ?? 0, first.start - 400), first.start);
    const cells = tableCells(doc, rows, lead, lexiconFor(lang), enclosingHeadings(doc, section));
    const header = rows.find((r) => r.header);
    const headerCells = header?.cells?.map((c) => doc.text.slice(c[0], c[1]).replace(/<[^>]+>/g, '').trim()) ?? [];
    if (isGlossaryHeader(lang, headerCells)) continue;
    const headerCols = answerColumns(headerCells, lexiconFor(lang));
    // Header words of CAIQ/SIG-style sheets ("CSP CAIQ Answer", "Odpowiedź") or a Yes/No/NA column.
    const detected = isQuestionnaire(headerCols) ? undefined : readQuestionnaire(doc, rows);
    const sheet = detected?.closed ? detected : undefined;
    const customer = headerCells.findIndex((h, i) => i > 0 && headerRole(h) === 'customer');
    const cols: AnswerColumns = {
      ...(sheet ? { answer: sheet.columns.answer, question: sheet.columns.question, id: sheet.columns.id } : headerCols),
      ...(customer > 0 ? { customer } : {}),
    };
    // Each row's first reading and sheet row, looked up by row: a questionnaire has thousands.
    const readOf = firstByRow(cells);
    const sheetRowOf = firstByRow(sheet?.rows ?? []);
    for (const row of rows) {
      if (row.header) continue;
      const unit: Unit = { start: row.start, end: row.end, sectionId: section?.id ?? '', lang: langAt(doc, row.start, row.end) };
      const read = readOf.get(row);
      const fromCells = read && (read.final || read.candidates.length > 0);
      const control = sheetRowOf.get(row)?.control;
      const asSentence = () => rowCandidates(doc, row, unit, docProvider, cols);
      // A schedule row (schedule.ts) keeps what its sentence says of attributes the cells did not give.
      const found = read?.merge ? mergeRow(read.candidates, asSentence(), read.notFromSentence) : fromCells ? read.candidates : asSentence();
      // claims.md: a questionnaire row's control id (CCM "CEK-03.1") rides along as `control`.
      const candidates = control ? found.map((c) => ({ ...c, qualifiers: { ...c.qualifiers, control } })) : found;
      // A questionnaire row is quoted whole: the answer cell alone ("Yes") says nothing.
      append(claims, toClaims(doc, fromCells || isQuestionnaire(cols) ? unit : answerOnly(doc, row, unit), candidates));
    }
  }
  append(claims, backupBounds(doc, claims));
  // Language gate: no claims are guessed from prose in a language seckb has no rules for (a Danish
  // or German paragraph); the claims of EN and PL sentences of any document are kept.
  return dedupeAndSort(withoutBoundedAsap(withoutDefinitions(doc, claims.filter((c) => isSupportedLanguage(c.lang)))));
}

const mergeRow = (cells: Candidate[], sentence: Candidate[], not: readonly string[] = []) => [
  ...cells,
  ...sentence.filter((c) => !not.includes(c.attribute) && !cells.some((x) => x.attribute === c.attribute)),
];

function firstByRow<T extends { row: unknown }>(items: readonly T[]): Map<T['row'], T> {
  const byRow = new Map<T['row'], T>();
  for (const item of items) if (!byRow.has(item.row)) byRow.set(item.row, item);
  return byRow;
}

/** `a` says what a bare `b` says and more: the same value from the same words, with qualifiers `b` lacks. */
function narrows(a: Claim, b: Claim): boolean {
  return Object.keys(b.qualifiers).length === 0 && Object.keys(a.qualifiers).length > 0;
}

/**
 * One claim per id, ordered by start, then attribute (vocabulary order), then value. A bare claim
 * that another one from the same words qualifies is dropped: "DAILY: once a day, kept for 10 days" is
 * the daily tier's retention, not also a retention of every backup (which the hourly tier's 12
 * hours would then contradict).
 */
export function dedupeAndSort(claims: Claim[]): Claim[] {
  const byId = new Map<string, Claim>();
  for (const c of claims) if (!byId.has(c.id)) byId.set(c.id, c);
  const bySpan = new Map<string, Claim[]>();
  for (const c of byId.values()) {
    const key = `${c.start}:${c.end}:${c.attribute}:${String(c.value)}`;
    const same = bySpan.get(key);
    if (same) same.push(c);
    else bySpan.set(key, [c]);
  }
  const kept = [...bySpan.values()].flatMap((same) => same.filter((c) => !same.some((o) => narrows(o, c))));
  return kept.sort(
    (a, b) =>
      a.start - b.start ||
      attributeIndex(a.attribute) - attributeIndex(b.attribute) ||
      a.attribute.localeCompare(b.attribute) ||
      String(a.value).localeCompare(String(b.value)) ||
      JSON.stringify(a.qualifiers).localeCompare(JSON.stringify(b.qualifiers)),
  );
}
