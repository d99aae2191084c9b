/**
 * A "Yes" that its own row takes back: the answer or comment hedges ("Yes, planned for next
 * year", "Tak, częściowo") or the comment opens with a "No" ("Yes | No, only for admins").
 * Hedge words are data (rules/model/questionnaire.json). Only the answer and the comment's first
 * sentence are read: "Yes | SOC 2 Type I as of March. A Type II period is under way." answers yes
 * and then adds news about something else. An exception that states its own term ("Yes | Within 30
 * days, except backups, which expire after 60 days": `termedException` in statement-frames.json)
 * tells how the excepted part is handled, so it takes nothing back.
 */
import { answerKind, closedQuestionnaireRows, hedges, rowRange } from '../../model/questionnaire.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { withoutTermedExceptions } from '../frame-cues.ts';

const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0];

export const rule: CodeRule = {
  id: 'hedged-answer',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.hedged-answer',
  detect(doc) {
    const hits: RuleHit[] = [];
    for (const r of closedQuestionnaireRows(doc)) {
      if (r.answer !== 'yes') continue;
      const denied = answerKind(r.comment) === 'no';
      if (!denied && !hedges(withoutTermedExceptions(`${r.answerText} ${firstSentence(r.comment)}`))) continue;
      const [start, end] = rowRange(doc, r.row);
      hits.push({ start, end, params: { question: r.control ?? r.question.slice(0, 80) } });
    }
    return hits;
  },
};
