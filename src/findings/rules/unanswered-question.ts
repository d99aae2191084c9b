/**
 * A questionnaire row with no answer: template text never filled in. Only rows that ask (a
 * question mark, a control id, or a sentence of a few words) count; a section label such as
 * "Access control" in the question column is no question. In a sheet of free-text answers
 * ("Daily", "14 days") a blank row counts when the sheet is otherwise answered and the row asks
 * with a question mark and has no comment either; a sheet nobody has answered yet is a form.
 * In a sheet whose rows carry ids ("1.4", "CEK-03.1"), a row without one asks only with a question
 * mark: a title or instructions line spread over the sheet ("Supplier questionnaire, completed by ...").
 * In a Yes/No sheet, a row whose answer cell is blank or a dash but whose comment says something
 * ("What is the RPO? | — | Fifteen minutes") was answered in the comment, where an open question's
 * answer belongs.
 */
import { answerKind, questionnaireTables, rowRange, type QuestionnaireRow, type QuestionnaireTable } from '../../model/questionnaire.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';

/** The comment holds more than dashes: the vendor answered there. */
const answeredInComment = (r: QuestionnaireRow) => answerKind(r.comment) !== 'empty';
const asks = (r: QuestionnaireRow, idNumbered: boolean) => /\?\s*$/.test(r.question) || r.control !== undefined || ((!idNumbered || r.ref !== undefined) && r.question.split(/\s+/).length >= 4);
/** Most rows of the sheet carry an id. */
const idNumbered = (t: QuestionnaireTable) => t.rows.filter((r) => r.ref !== undefined).length * 2 > t.rows.length;
/** Share of an open sheet's questions that must be answered before a blank one is a slip. */
const ANSWERED_SHARE = 0.75;

/** Blank rows of open (free-text) questionnaires that are otherwise answered. */
function openBlankRows(doc: Parameters<CodeRule['detect']>[0]): QuestionnaireRow[] {
  return questionnaireTables(doc)
    .filter((t) => !t.closed)
    .flatMap((t) => {
      const asking = t.rows.filter((r) => /\?\s*$/.test(r.question));
      const answered = asking.filter((r) => r.answer !== 'empty').length;
      if (asking.length < 4 || answered < asking.length * ANSWERED_SHARE) return [];
      return asking.filter((r) => r.answer === 'empty' && !answeredInComment(r));
    });
}

export const rule: CodeRule = {
  id: 'unanswered-question',
  kind: 'placeholder',
  severity: 'warning',
  messageKey: 'findings.unanswered-question',
  detect(doc) {
    const hits: RuleHit[] = [];
    const closed = questionnaireTables(doc)
      .filter((t) => t.closed)
      .flatMap((t) => t.rows.filter((r) => r.answer === 'empty' && !answeredInComment(r) && asks(r, idNumbered(t))));
    for (const r of [...closed, ...openBlankRows(doc)]) {
      const [start, end] = rowRange(doc, r.row);
      hits.push({ start, end, params: { question: r.control ?? r.question.slice(0, 80) } });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
