/**
 * A table row read as a sentence. In a questionnaire ("Is MFA available? | Not at present") the
 * answer decides the polarity of what the question asks about.
 */
import type { Block, SeckbDocument } from '../model/types.ts';
import { answerCandidates, answerPolarity, columnPolarity, questionOf, type AnswerColumns } from './answers.ts';
import { runRules, type Candidate } from './engine.ts';
import { contextFor, type Unit } from './units.ts';
import { freeTextRow } from './faq.ts';
import { answerKind, hedges } from '../model/questionnaire.ts';
import { allHits } from './terms.ts';

export const isQuestionnaire = (cols: AnswerColumns) => cols.answer !== undefined || cols.yes !== undefined;

export function rowCandidates(doc: SeckbDocument, row: Block, unit: Unit, docProvider: string | undefined, cols: AnswerColumns): Candidate[] {
  const ctx = contextFor(doc, unit, docProvider);
  const both = runRules(ctx);
  const cells = row.cells ?? [];
  // The question may follow a number or control id ("| IVS-09.1 | Do you run an IDS? | No |").
  const q = cells.findIndex(([start, end]) => questionOf(doc.text.slice(start, end)));
  // What a "no" denies is what the question names; the answer's own words ("planned for next
  // year") must not hold it back first.
  const asked = () => (q < 0 ? both : runRules(contextFor(doc, { ...unit, start: cells[q][0], end: cells[q][1] }, docProvider)));
  if (isQuestionnaire(cols)) {
    // Yes/No columns: the mark decides; the other cells (comments) state details of their own.
    const texts = cells.map((c) => doc.text.slice(c[0], c[1]));
    const polarity = columnPolarity(texts, cols, ctx.lex);
    // Only comment cells state details of their own: the question asks, the id names a control.
    const notComments = new Set([0, cols.yes, cols.no, cols.question, cols.id]);
    // A free-text answer ("Within 3 days.") is a statement of its own; "Yes"/"No" only decide polarity.
    if (polarity !== undefined || !/\p{L}|\d/u.test(texts[cols.answer ?? -1] ?? '')) notComments.add(cols.answer);
    const alone = cells
      // The question cell asks ("Czy stosujecie IDS?"), wherever it stands; it states nothing.
      .filter((c, i) => !notComments.has(i) && /\p{L}|\d/u.test(doc.text.slice(c[0], c[1])) && !questionOf(doc.text.slice(c[0], c[1])))
      .flatMap(([start, end]) => runRules(contextFor(doc, { ...unit, start, end }, docProvider)));
    if (polarity === 'no' || polarity === 'offered') return answerCandidates(polarity, polarity === 'no' ? asked() : both, alone);
    // A free-text answer ("Within 7 calendar days") reads with its question; an empty or hedged
    // one ("Yes, planned for next year") states nothing from it.
    const answer = texts[cols.answer ?? -1] ?? '';
    const freeText = polarity === undefined && /\p{L}|\d/u.test(answer) && !hedges(answer) && answerKind(answer) !== 'yes';
    if (freeText) return freeTextRow(both, q < 0 ? [] : asked(), allHits(ctx.lex.negation, answer).length === 0);
    if (polarity === 'na' || polarity === undefined) return alone;
    // The comment refines what the question asks ("at least daily?" | "Yes" | "every four hours").
    // It keeps what the question scopes and the comment leaves out ("for staff?" | "Yes" | "hardware keys").
    const refined = new Set(alone.map((c) => c.attribute));
    const scoped = alone.map((c) => {
      const q = both.find((b) => b.attribute === c.attribute && b.value === c.value);
      return q ? { ...c, qualifiers: { ...q.qualifiers, ...c.qualifiers } } : c;
    });
    return [...scoped, ...both.filter((c) => !refined.has(c.attribute))];
  }
  if (q < 0 || q === cells.length - 1) return both;
  const answerCtx = contextFor(doc, { ...unit, start: cells[q + 1][0], end: cells[cells.length - 1][1] }, docProvider);
  const polarity = answerPolarity(answerCtx.text, answerCtx.lex);
  if (polarity === 'no') return answerCandidates(polarity, asked(), runRules(answerCtx));
  // "Partially", "In progress": the answer's own words stand, nothing the question asks.
  if (polarity === 'na') return runRules(answerCtx);
  if (polarity !== undefined) return both;
  // "Within 72 hours?" | "We follow our plan.": the question's own values are not the answer's.
  // A statement with no denial in it ("Microsoft Defender runs on every server") affirms what is asked.
  return freeTextRow(both, asked(), allHits(answerCtx.lex.negation, answerCtx.text).length === 0);
}
