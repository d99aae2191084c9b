/**
 * A "Yes" that its own row takes back: the answer or comment hedges ("Yes, planned for next
 * year", "Tak, częściowo") or the comment opens with a "No" ("Yes | No, only for admins").
 * Hedge words are data (rules/model/questionnaire.json). Only the answer and the comment's first
 * sentence are read: "Yes | SOC 2 Type I as of March. A Type II period is under way." answers yes
 * and then adds news about something else. So does a later clause of that sentence (after a ';')
 * that names nothing the question asks about ("Yes | Type I report of March; the Type II period is
 * in progress"); one that does still takes the yes back ("Is MFA enforced for all users? | Yes |
 * For admins; for the other users it is planned"). An exception that states its own term ("Yes |
 * Within 30 days, except backups, which expire after 60 days": `termedException` in
 * statement-frames.json) tells how the excepted part is handled, so it takes nothing back.
 */
import { answerKind, closedQuestionnaireRows, hedges, rowRange, type QuestionnaireRow } from '../../model/questionnaire.ts';
import type { CodeRule, RuleHit } from '../rule-types.ts';
import { withoutTermedExceptions } from '../frame-cues.ts';
import questionnaire from '../../../rules/model/questionnaire.json' with { type: 'json' };
import { foldDiacritics } from './text-utils.ts';

const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0];

/** Words are compared by their first letters, so inflections meet ("users" / "user", "użytkownikom" / "użytkowników"). */
const STEM = 5;
const STOP = new Set(questionnaire.subjectStopwords.map((w) => foldDiacritics(w).toLowerCase()));

/** "MFA", "ISO/IEC 27001" (its first acronym and its number), "TLS 1.2". */
const ACRONYM = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})(?:\/\p{Lu}{2,6})*(?:[\s-]*(\d[\d.:]*\d|\d))?(?![\p{L}\p{N}])/gu;

/**
 * What a text speaks of: its content words' stems and its acronyms (MFA), an acronym with its
 * number as one ("ISO 27001" is not "ISO 27701").
 */
function subjects(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of foldDiacritics(text).toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!STOP.has(w)) out.add(w.slice(0, STEM));
  for (const m of text.matchAll(ACRONYM)) out.add(m[2] ? `${m[1].toLowerCase()} ${m[2]}` : m[1].toLowerCase());
  return out;
}

const hedged = (text: string) => hedges(withoutTermedExceptions(text));

/** The row's answer is taken back: in the answer or first clause, or in a later clause about what was asked. */
function takesBack(r: QuestionnaireRow): boolean {
  if (answerKind(r.comment) === 'no') return true;
  const [first, ...later] = firstSentence(r.comment).split(';');
  if (hedged(`${r.answerText} ${first}`)) return true;
  const asked = subjects(r.question);
  return later.some((clause) => hedged(clause) && [...subjects(clause)].some((w) => asked.has(w)));
}

export const rule: CodeRule = {
  id: 'hedged-answer',
  kind: 'inconsistency',
  severity: 'warning',
  messageKey: 'findings.hedged-answer',
  detect(doc) {
    const hits: RuleHit[] = [];
    for (const r of closedQuestionnaireRows(doc)) {
      if (r.answer !== 'yes' || !takesBack(r)) continue;
      const [start, end] = rowRange(doc, r.row);
      hits.push({ start, end, params: { question: r.control ?? r.question.slice(0, 80) } });
    }
    return hits;
  },
};
