/**
 * Question and answer: in a questionnaire row ("Is MFA available? | Not at present") or an FAQ
 * section (heading "Who owns the data?", first sentence "You do.") the subject stands in the
 * question and the answer carries the meaning. Browser-safe.
 */
import type { Lexicon } from './lexicon.ts';
import { ATTRIBUTE_BY_ID } from './vocabulary.ts';
import type { Candidate } from './engine.ts';

export type Polarity = 'yes' | 'no' | 'short' | undefined;

const isQuestion = (text: string) => /\?\s*$/.test(text.trim());

/** How an answer opens: "Yes", "Tak" -> yes; "No", "Not at present", "Nie" -> no; a few words -> short. */
export function answerPolarity(answer: string, lex: Lexicon): Polarity {
  const head = answer.trim().replace(/^[-–—*•\s]+/, '');
  const first = head.slice(0, 40);
  if (new RegExp(`^${lex.concept('answerNo').source}`, 'iu').test(first)) return 'no';
  if (new RegExp(`^${lex.concept('answerYes').source}`, 'iu').test(first)) return 'yes';
  return head.split(/\s+/).filter(Boolean).length <= 4 ? 'short' : undefined;
}

/** The question of a unit: the first cell of a row that asks, or the heading of an FAQ section. */
export function questionOf(text: string): string | undefined {
  return isQuestion(text) ? text.trim() : undefined;
}

const isBoolean = (attribute: string) => ATTRIBUTE_BY_ID.get(attribute)?.value === 'boolean';

/**
 * Candidates of a question and its answer. `both` are the rules run on question + answer,
 * `alone` on the answer only. A "no" turns what the question asks about into `false` and keeps
 * nothing else the question names ("Do you offer SSO via SAML? | No" is no SAML claim).
 */
export function answerCandidates(polarity: Polarity, both: Candidate[], alone: Candidate[]): Candidate[] {
  if (polarity === 'no') {
    // What the answer itself states stands ("No, but backups are encrypted").
    const stated = new Set(alone.map((c) => c.attribute));
    const denied = both.filter((c) => isBoolean(c.attribute) && !stated.has(c.attribute)).map((c) => ({ ...c, value: false }));
    return [...alone, ...denied];
  }
  return [...alone, ...both];
}

