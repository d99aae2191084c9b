/**
 * A questionnaire row with no answer: template text never filled in. Only rows that ask (a
 * question mark, a control id, or a sentence of a few words) count; a section label such as
 * "Access control" in the question column is no question.
 */
import { closedQuestionnaireRows, rowRange } from '../../model/questionnaire.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';

const asks = (question: string, control: string | undefined) => /\?\s*$/.test(question) || control !== undefined || question.split(/\s+/).length >= 4;

export const rule: CodeRule = {
  id: 'unanswered-question',
  kind: 'placeholder',
  severity: 'warning',
  messageKey: 'findings.unanswered-question',
  detect(doc) {
    const hits: RuleHit[] = [];
    for (const r of closedQuestionnaireRows(doc)) {
      if (r.answer !== 'empty' || !asks(r.question, r.control)) continue;
      const [start, end] = rowRange(doc, r.row);
      hits.push({ start, end, params: { question: r.control ?? r.question.slice(0, 80) } });
    }
    return hits;
  },
};
