/**
 * A table row read as a sentence. In a questionnaire ("Is MFA available? | Not at present") the
 * answer decides the polarity of what the question asks about.
 */
import type { Block, SeckbDocument } from '../model/types.ts';
import { answerCandidates, answerPolarity, asksOtherAction, columnPolarity, questionOf, type AnswerColumns } from './answers.ts';
import { runRules, type Candidate } from './engine.ts';
import { contextFor, type Unit } from './units.ts';
import type { UnitContext } from './context.ts';
import { freeTextRow } from './faq.ts';
import { answerKind, hedges } from '../model/questionnaire.ts';
import { allHits } from './terms.ts';
import type { Lexicon } from './lexicon.ts';
import { findDurations } from './values/duration.ts';
import { findFrequencies } from './values/frequency.ts';

interface TableSpan {
  start: number;
  end: number;
  header?: Block;
}
const TABLES = new WeakMap<SeckbDocument, Map<number, TableSpan>>();

/** Each table's span and header row, by group, found once per document (a questionnaire has thousands of rows). */
function tablesOf(doc: SeckbDocument): Map<number, TableSpan> {
  let tables = TABLES.get(doc);
  if (tables) return tables;
  tables = new Map();
  for (const b of doc.blocks) {
    if (b.type !== 'table-row' || b.group === undefined) continue;
    const t = tables.get(b.group) ?? { start: b.start, end: b.end };
    t.end = Math.max(t.end, b.end);
    if (b.header && !t.header) t.header = b;
    tables.set(b.group, t);
  }
  TABLES.set(doc, tables);
  return tables;
}

/**
 * A row read as a sentence (claims.md: a row is a unit): its table's header row heads its cells as
 * a section heading heads a paragraph ("Once the subscription ends" over "complete by day 40" says
 * when the count starts), and the rows before and after it are sentences of their own, not one
 * run back to the header (rows are apart by a single line break; sentences by a blank line).
 */
function asRowContext(doc: SeckbDocument, row: Block, ctx: UnitContext): UnitContext {
  const table = row.group === undefined ? undefined : tablesOf(doc).get(row.group);
  const header = table?.header && table.header.start < row.start ? table.header : undefined;
  const [first, last] = [table?.start ?? row.start, table?.end ?? row.end];
  const apart = (text: string) => text.replace(/\n(?!\n)/g, '\n\n');
  const cut = Math.max(0, ctx.before.length - (row.start - first));
  const keep = Math.max(0, last - row.end);
  return {
    ...ctx,
    heading: header ? `${ctx.heading}\n${doc.text.slice(header.start, header.end)}` : ctx.heading,
    before: ctx.before.slice(0, cut) + apart(ctx.before.slice(cut)),
    after: ctx.after === undefined ? undefined : apart(ctx.after.slice(0, keep)) + ctx.after.slice(keep),
  };
}

const said = (c: Candidate) => JSON.stringify([c.attribute, c.value]);

/**
 * What the answer cell adds to its question (`qa`: the question's words with the answer's values)
 * joins the whole row's reading and replaces the question's own value of the attribute ("at least
 * 30 days?" | "Yes – 45 days"). Where the row already holds the answer's value, a qualifier the
 * comment gives stays ("Daily" | "Full copy at 2:00"), unless the comment states a length or rate
 * of its own, whose cue is that one's ("6 weeks" | "Monthly archives are kept for a year").
 */
function answerWins(found: Candidate[], qa: Candidate[], question: Candidate[], comment: Set<string>): Candidate[] {
  const asked = new Set(question.map(said));
  const added = qa.filter((c) => typeof c.value !== 'boolean' && !asked.has(said(c)));
  if (added.length === 0) return found;
  const own = (c: Candidate) => comment.size > 0 && !comment.has(String(c.value));
  const replaced = (c: Candidate) => added.some((x) => x.attribute === c.attribute && (asked.has(said(c)) || (x.value === c.value && own(c))));
  const kept = found.filter((c) => !replaced(c));
  return [...kept, ...added.filter((c) => !kept.some((x) => said(x) === said(c)))];
}

/** A question as a lead-in: its own lengths and rates blanked ("at least 30 days?" asks, the answer tells). */
function valuesBlanked(question: string, lex: Lexicon): string {
  const spans = [...findDurations(question, lex), ...findFrequencies(question, lex)];
  let out = question.replace(/\?\s*$/, ':');
  for (const h of spans) out = out.slice(0, h.start) + ' '.repeat(h.end - h.start) + out.slice(h.end);
  return out;
}

/** The measure a checklist row names before its answer: the sheet's question column, or the longest cell before the answer. */
function measureCell(cells: Array<[number, number]>, cols: AnswerColumns): number {
  if (cols.question !== undefined) return cols.question < cols.answer! ? cols.question : -1;
  let best = -1;
  for (let i = 0; i < cols.answer! && i < cells.length; i++) if (i !== cols.id && (best < 0 || cells[i][1] - cells[i][0] > cells[best][1] - cells[best][0])) best = i;
  return best;
}

/**
 * A comment cell that goes on from its row's question or measure ("Codzienne kopie zapasowe | Tak |
 * przechowywane 30 dni w innym regionie") has no subject of its own: it is read after that cell.
 */
function commentContext(doc: SeckbDocument, unit: Unit, docProvider: string | undefined, label: [number, number] | undefined) {
  const ctx = contextFor(doc, unit, docProvider);
  if (!label || !/^\s*\p{Ll}/u.test(ctx.text)) return ctx;
  return { ...ctx, text: `${doc.text.slice(label[0], label[1]).replace(/\?\s*$/, '')}: ${ctx.text}` };
}

export const isQuestionnaire = (cols: AnswerColumns) => cols.answer !== undefined || cols.yes !== undefined;

/** The comment cells after an empty answer, read with the request before them (its own values blanked): no yes/no from it. */
function commentAnswer(doc: SeckbDocument, cells: Array<[number, number]>, a: number, unit: Unit, docProvider: string | undefined): Candidate[] {
  if (a + 1 >= cells.length || a === 0) return [];
  const ctx = contextFor(doc, { ...unit, start: cells[a + 1][0], end: cells[cells.length - 1][1] }, docProvider);
  if (!/\p{L}/u.test(ctx.text)) return [];
  const request = valuesBlanked(doc.text.slice(cells[0][0], cells[a - 1][1]), ctx.lex);
  return runRules({ ...ctx, text: `${request} ${ctx.text}` }).filter((c) => typeof c.value !== 'boolean');
}

/** The row's text with the customer's cell blanked (offsets kept): what the customer must do is no claim of the vendor's. */
function vendorText(text: string, unit: Unit, cell: [number, number] | undefined): string {
  if (!cell) return text;
  const [from, to] = [cell[0] - unit.start, cell[1] - unit.start];
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}

export function rowCandidates(doc: SeckbDocument, row: Block, unit: Unit, docProvider: string | undefined, cols: AnswerColumns): Candidate[] {
  const cells = row.cells ?? [];
  const customerCell = cols.customer === undefined ? undefined : cells[cols.customer];
  const whole = contextFor(doc, unit, docProvider);
  const ctx = asRowContext(doc, row, { ...whole, text: vendorText(whole.text, unit, customerCell) });
  const both = runRules(ctx);
  // The question may follow a number or control id ("| IVS-09.1 | Do you run an IDS? | No |").
  // A checklist names its measure instead of asking ("Szyfrowanie danych w spoczynku | Tak"): the
  // column the sheet reads as the question plays its part.
  const asks = cells.findIndex(([start, end]) => questionOf(doc.text.slice(start, end)));
  const q = asks >= 0 || cols.answer === undefined ? asks : measureCell(cells, cols);
  // What a "no" denies is what the question names; the answer's own words ("planned for next
  // year") must not hold it back first.
  const asked = () => (q < 0 ? both : runRules(contextFor(doc, { ...unit, start: cells[q][0], end: cells[q][1] }, docProvider)));
  // The question's words with the answer cell's values ("How long are backups kept? | 35 days").
  const a = cols.answer ?? q + 1;
  const withAnswer = (found: Candidate[]) => {
    if (q < 0 || a <= q || a >= cells.length) return found;
    const answerCtx = contextFor(doc, { ...unit, start: cells[a][0], end: cells[a][1] }, docProvider);
    const text = `${valuesBlanked(doc.text.slice(cells[q][0], cells[q][1]), ctx.lex)} ${answerCtx.text}`;
    // The lengths and rates the comment states itself.
    const rest = a + 1 < cells.length ? ctx.text.slice(cells[a + 1][0] - unit.start, cells[cells.length - 1][1] - unit.start) : '';
    const comment = new Set([...findDurations(rest, ctx.lex), ...findFrequencies(rest, ctx.lex)].map((h) => h.iso));
    return answerWins(found, runRules({ ...answerCtx, text }), asked(), comment);
  };
  if (isQuestionnaire(cols)) {
    // Yes/No columns: the mark decides; the other cells (comments) state details of their own.
    const texts = cells.map((c) => doc.text.slice(c[0], c[1]));
    const polarity = columnPolarity(texts, cols, ctx.lex);
    // Only comment cells state details of their own: the question asks, the id names a control.
    const notComments = new Set([0, q, cols.yes, cols.no, cols.question, cols.id, cols.customer]);
    // A free-text answer ("Within 3 days.") is a statement of its own; "Yes"/"No" only decide polarity.
    if (polarity !== undefined || !/\p{L}|\d/u.test(texts[cols.answer ?? -1] ?? '')) notComments.add(cols.answer);
    const alone = cells
      // The question cell asks ("Czy stosujecie IDS?"), wherever it stands; it states nothing.
      .filter((c, i) => !notComments.has(i) && /\p{L}|\d/u.test(doc.text.slice(c[0], c[1])) && !questionOf(doc.text.slice(c[0], c[1])))
      .flatMap(([start, end]) => runRules(commentContext(doc, { ...unit, start, end }, docProvider, q >= 0 ? cells[q] : undefined)));
    if (polarity === 'no' || polarity === 'offered') return answerCandidates(polarity, polarity === 'no' ? asked() : both, alone);
    // A free-text answer ("Within 7 calendar days") reads with its question; an empty or hedged
    // one ("Yes, planned for next year") states nothing from it.
    const answer = texts[cols.answer ?? -1] ?? '';
    const freeText = polarity === undefined && /\p{L}|\d/u.test(answer) && !hedges(answer) && answerKind(answer) !== 'yes';
    if (freeText) return withAnswer(freeTextRow(both, q < 0 ? [] : asked(), allHits(ctx.lex.negation, answer).length === 0));
    // "List all sub-processors." | (empty) | "Postmark (e-mail), Twilio (SMS)": the comment answers,
    // read after the request; what the request alone would affirm nobody said.
    if (polarity === undefined && cols.answer !== undefined && !/\p{L}|\d/u.test(answer)) return [...alone, ...commentAnswer(doc, cols.customer! > cols.answer ? cells.slice(0, cols.customer) : cells, cols.answer, unit, docProvider)];
    if (polarity === 'na' || polarity === undefined) return alone;
    // The comment refines what the question asks ("at least daily?" | "Yes" | "every four hours").
    // It keeps what the question scopes and the comment leaves out ("for staff?" | "Yes" | "hardware keys").
    const refined = new Set(alone.map((c) => c.attribute));
    const scoped = alone.map((c) => {
      const q = both.find((b) => b.attribute === c.attribute && b.value === c.value);
      return q ? { ...c, qualifiers: { ...q.qualifiers, ...c.qualifiers } } : c;
    });
    return withAnswer([...scoped, ...both.filter((c) => !refined.has(c.attribute))]);
  }
  if (q < 0) return both;
  // A blank questionnaire ("Is data encrypted at rest? |  |  |", its empty cells dropped by the
  // reader): a question nobody answered states nothing.
  if (q === cells.length - 1) return [];
  const answerCtx = contextFor(doc, { ...unit, start: cells[q + 1][0], end: cells[cells.length - 1][1] }, docProvider);
  if (!/[\p{L}\p{N}]/u.test(answerCtx.text)) return [];
  const polarity = answerPolarity(answerCtx.text, answerCtx.lex);
  if (polarity === 'no') return answerCandidates(polarity, asked(), runRules(answerCtx), asksOtherAction(doc.text.slice(cells[q][0], cells[q][1]), answerCtx.lex));
  // "Partially", "In progress": the answer's own words stand, nothing the question asks.
  if (polarity === 'na') return runRules(answerCtx);
  if (polarity !== undefined) return withAnswer(both);
  // "Within 72 hours?" | "We follow our plan.": the question's own values are not the answer's.
  // A statement with no denial in it ("Microsoft Defender runs on every server") affirms what is asked.
  return withAnswer(freeTextRow(both, asked(), allHits(answerCtx.lex.negation, answerCtx.text).length === 0));
}
