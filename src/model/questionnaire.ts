/**
 * Questionnaire tables: which column holds the id, the question, the answer and the comment
 * (from header words in rules/model/questionnaire.json, or, without a header, from content: a
 * column of Yes/No/NA/Tak/Nie), and what each row answers. Works on any document's tables, so a
 * CAIQ pasted into a .docx reads like one from .xlsx. Browser-safe.
 *
 *   questionnaireTables(doc)[0].rows[0]  // { row, id: 'CEK-03.1', question: '...', answer: 'yes', ... }
 */
import data from '../../rules/model/questionnaire.json' with { type: 'json' };
import type { Block, SeckbDocument } from './types.ts';
import { greatest } from '../lists.ts';

/** `customer`: what the customer must do (CAIQ v4's "CSC Responsibilities"): no statement of the vendor's. */
export type ColumnRole = 'id' | 'question' | 'answer' | 'comment' | 'customer';
export type AnswerKind = 'yes' | 'no' | 'na' | 'other' | 'empty';

export interface QuestionnaireColumns {
  id?: number;
  question?: number;
  answer?: number;
  comment?: number;
  customer?: number;
}

export interface QuestionnaireRow {
  row: Block;
  /** Control id (`CEK-03.1`) when the id cell holds one. */
  control?: string;
  /** The id cell as written ("1.4", "CEK-03.1"), when the sheet has an id column and the cell is not empty. */
  ref?: string;
  question: string;
  answer: AnswerKind;
  /** The answer cell as written ("Yes, via Okta"), trimmed. */
  answerText: string;
  comment: string;
}

export interface QuestionnaireTable {
  group: number | undefined;
  header?: Block;
  columns: QuestionnaireColumns;
  rows: QuestionnaireRow[];
  /** Most answers are Yes/No/NA (a closed questionnaire), not free text ("Within 3 days."). */
  closed: boolean;
}

const fold = (s: string) => s.toLowerCase().replace(/[*_`:]/g, ' ').replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as whole words: "no" is not the "no" of "notes", "#" stands alone. */
const wordRe = (p: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, 'u');

// Each word's regex is compiled on the first cell that holds the word: Unicode classes make
// each cost about a millisecond, and most documents have no questionnaire.
const HEADER_WORDS = (Object.entries(data.headers) as Array<[ColumnRole, string[]]>).flatMap(([role, words]) =>
  words.map((word) => ({ role, word, length: word.length, re: undefined as RegExp | undefined })),
);
const ANSWER_WORDS = Object.entries(data.answers) as Array<['yes' | 'no' | 'na', string[]]>;
const HEDGES = new RegExp(`(?<![\\p{L}])(?:${[...data.hedges.en, ...data.hedges.pl].join('|')})`, 'iu');
export const CONTROL_ID = new RegExp(data.controlId);

/** The role a header cell names (longest header word wins), or undefined. */
export function headerRole(cell: string): ColumnRole | undefined {
  const text = fold(cell);
  if (!text || text.length > 80) return undefined;
  let best: { role: ColumnRole; length: number } | undefined;
  for (const h of HEADER_WORDS) if (text.includes(h.word) && (h.re ??= wordRe(h.word)).test(text) && (!best || h.length > best.length)) best = h;
  return best?.role;
}

/** True when a row's cells read as a questionnaire header (an answer or question column named). */
export function isQuestionnaireHeader(cells: string[]): boolean {
  const roles = new Set(cells.map(headerRole));
  return roles.has('answer') || (roles.has('question') && roles.size >= 2);
}

/**
 * Where an answer's first word group ends ("Yes, in the EU", "Tak - częściowo"). Separators start
 * where their white space starts (the lookbehind), so a cell of spaces is read in linear time.
 */
export const ANSWER_HEAD_END = /(?<!\s)(?:\s*[,;–—]\s*|\s+-\s+|\s*\()|\.\s+/;

/** "Yes", "Tak, w UE" -> yes; "N/A" -> na; "" -> empty; anything else -> other. */
export function answerKind(cell: string): AnswerKind {
  const text = fold(cell).replace(/^[-–—•\s]+/, '');
  if (!text) return 'empty';
  const head = text.split(ANSWER_HEAD_END)[0].replace(/\.$/, '');
  for (const [kind, words] of ANSWER_WORDS) if (words.includes(text) || words.includes(head)) return kind;
  return 'other';
}

/** "Yes", "nie", "N/A": an answer word and nothing else. */
const isBareAnswer = (cell: string) => { const text = fold(cell).replace(/[.\s]+$/, ''); return ANSWER_WORDS.some(([, words]) => words.includes(text)); };

/** "Yes, planned for next year", "Tak, częściowo": the answer or comment takes the yes back. */
export function hedges(text: string): boolean {
  return HEDGES.test(text);
}

const cellTexts = (doc: SeckbDocument, b: Block) => (b.cells ?? []).map(([s, e]) => doc.text.slice(s, e).trim());

/** Columns named by a header row; the answer column is required. */
function fromHeader(header: string[]): QuestionnaireColumns | undefined {
  const cols: QuestionnaireColumns = {};
  header.forEach((h, i) => {
    const role = headerRole(h);
    if (role && cols[role] === undefined) cols[role] = i;
  });
  return cols.answer === undefined ? undefined : cols;
}

/**
 * Without a usable header: the column whose cells are mostly answer words, the longest text before it the question.
 * Two such columns make a feature grid ("Essentials | 99.5 % | yes | no": a plan per row, a feature per column),
 * whose "no" beside a "yes" is another feature, not a comment taking the yes back: no questionnaire.
 */
function fromContent(body: string[][]): QuestionnaireColumns | undefined {
  const width = Math.max(0, greatest(body.map((r) => r.length)));
  // bare: the cell is the answer word alone ("no"), not a comment that opens with one ("No, only for admins")
  const isAnswerColumn = (c: number, bare = false) => {
    const filled = body.map((r) => r[c] ?? '').filter((t) => t !== '');
    const answers = filled.filter((t) => { const k = answerKind(t); return k !== 'other' && k !== 'empty' && (!bare || isBareAnswer(t)); });
    return answers.length >= data.minAnswerRows && answers.length >= filled.length * data.answerShare;
  };
  const columns = Array.from({ length: width }, (_, c) => c);
  const answer = columns.find((c) => isAnswerColumn(c));
  if (answer === undefined || answer === 0) return undefined;
  if (columns.some((c) => c !== answer && isAnswerColumn(c, true))) return undefined;
  const avg = (c: number) => body.reduce((n, r) => n + (r[c]?.length ?? 0), 0) / Math.max(1, body.length);
  const before = Array.from({ length: answer }, (_, c) => c);
  const question = before.reduce((a, b) => (avg(b) > avg(a) ? b : a));
  const idCol = before.find((c) => c !== question && body.filter((r) => CONTROL_ID.test(r[c] ?? '') || /^\d+(?:\.\d+)*\.?$/.test(r[c] ?? '')).length >= body.length / 2);
  const comment = answer + 1 < width ? answer + 1 : undefined;
  return { question, answer, ...(idCol !== undefined ? { id: idCol } : {}), ...(comment !== undefined ? { comment } : {}) };
}

/** The columns of one table (rows of one group), or undefined when it has no answer column. */
export function detectColumns(header: string[] | undefined, body: string[][]): QuestionnaireColumns | undefined {
  const named = header ? fromHeader(header) : undefined;
  if (named) {
    // A header that names the answer but not the question: the longest text before the answer.
    if (named.question === undefined) named.question = fromContent(body)?.question ?? (named.answer! > 0 ? 0 : undefined);
    return named.question === undefined ? undefined : named;
  }
  return fromContent(header ? [header, ...body] : body);
}

function tableGroups(doc: SeckbDocument): Block[][] {
  const groups = new Map<string, Block[]>();
  for (const b of doc.blocks) {
    if (b.type !== 'table-row') continue;
    const key = b.group !== undefined ? `g${b.group}` : `s${b.start}`;
    const rows = groups.get(key);
    if (rows) rows.push(b);
    else groups.set(key, [b]);
  }
  return [...groups.values()];
}

/** A table with an answer column, rows read; the header and rows without a question are left out. */
export function readQuestionnaire(doc: SeckbDocument, rows: Block[]): QuestionnaireTable | undefined {
  const header = rows.find((r) => r.header);
  const body = rows.filter((r) => r !== header);
  const columns = detectColumns(header ? cellTexts(doc, header) : undefined, body.map((r) => cellTexts(doc, r)));
  if (!columns) return undefined;
  const out: QuestionnaireRow[] = [];
  for (const row of body) {
    const cells = cellTexts(doc, row);
    // Without a header, a first row that names the columns is no question.
    if (!header && row === body[0] && isQuestionnaireHeader(cells)) continue;
    const question = cells[columns.question!] ?? '';
    if (!question) continue;
    const id = columns.id !== undefined ? cells[columns.id] ?? '' : '';
    const answerText = cells[columns.answer!] ?? '';
    out.push({
      row,
      ...(CONTROL_ID.test(id) ? { control: id } : {}),
      ...(id ? { ref: id } : {}),
      question,
      answer: answerKind(answerText),
      answerText,
      comment: columns.comment !== undefined ? cells[columns.comment] ?? '' : '',
    });
  }
  const answered = out.filter((r) => r.answer !== 'empty');
  const closed = answered.filter((r) => r.answer !== 'other').length >= answered.length * data.answerShare && answered.length > 0;
  return { group: rows[0].group, ...(header ? { header } : {}), columns, rows: out, closed };
}

/** [start, end] of a row without the white space of its empty last cells. */
export function rowRange(doc: SeckbDocument, row: Block): [number, number] {
  return [row.start, row.start + doc.text.slice(row.start, row.end).trimEnd().length];
}

/** Every questionnaire table of a document, in document order. */
export function questionnaireTables(doc: SeckbDocument): QuestionnaireTable[] {
  return tableGroups(doc)
    .map((rows) => readQuestionnaire(doc, rows))
    .filter((t): t is QuestionnaireTable => t !== undefined && t.rows.length > 0);
}

const closedRowsCache = new WeakMap<SeckbDocument, QuestionnaireRow[]>();

/** The rows of a document's closed (Yes/No/NA) questionnaire tables, computed once per document. */
export function closedQuestionnaireRows(doc: SeckbDocument): QuestionnaireRow[] {
  let rows = closedRowsCache.get(doc);
  if (!rows) {
    rows = questionnaireTables(doc).filter((t) => t.closed).flatMap((t) => t.rows);
    closedRowsCache.set(doc, rows);
  }
  return rows;
}

/** Answered (yes/no/na/other) and unanswered rows of a document's questionnaires. */
export function answerCounts(doc: SeckbDocument): { answered: number; unanswered: number } {
  const rows = questionnaireTables(doc).flatMap((t) => t.rows);
  const unanswered = rows.filter((r) => r.answer === 'empty').length;
  return { answered: rows.length - unanswered, unanswered };
}
