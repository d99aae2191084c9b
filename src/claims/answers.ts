/**
 * Question and answer: in a questionnaire row ("Is MFA available? | Not at present") or an FAQ
 * section (heading "Who owns the data?", first sentence "You do.") the subject stands in the
 * question and the answer carries the meaning. Browser-safe.
 */
import { answerKind, hedges } from '../model/questionnaire.ts';
import type { Lexicon } from './lexicon.ts';
import { has } from './context.ts';
import { ATTRIBUTE_BY_ID } from './vocabulary.ts';
import type { Candidate } from './engine.ts';

/**
 * 'offered': "No, it is not required, but admins can enforce it" denies a duty, not the feature.
 * 'na': "N/A", "Nie dotyczy" states nothing about what the question asks.
 */
export type Polarity = 'yes' | 'no' | 'offered' | 'short' | 'na' | undefined;

/**
 * A question ends in "?", or in "?" and the quotation mark closing it: a bidder's letter quotes
 * each question it answers (`Question 3: "Is data encrypted?"`, `Pytanie 3: „Czy ...?”`). A
 * question in brackets is an aside ("(do weryfikacji – czy nadal 35 dni?)"): the next line answers nothing.
 */
export const endsAsQuestion = (text: string): boolean => /\?["'”“»’]*\s*$/u.test(text);

const isQuestion = (text: string) => endsAsQuestion(text.trim());

/**
 * A requirement the other party states, opening the unit after an optional label ("Wymaganie 3.
 * Zamawiający wymaga, aby ...", "Requirement 7: The Buyer requires ..."): what it names is asked
 * of the vendor, not said by it. "If the customer requires, we ..." is the vendor's condition.
 */
export function statesRequirement(text: string, lex: Lexicon): boolean {
  // "Pytanie 9 (SOPZ pkt 4.9): Wykonawca przedstawi ...", "Question 4: ...": a numbered item of the
  // buyer's list is the buyer's words, however it is phrased; the answer comes after it.
  if (lex.memo('requirementItem', (l) => new RegExp(`^[\\W\\d]*(?:${l.source('requirementLabel')})\\s*\\d+(?:\\.\\d+)*(?:\\s*\\([^()]{1,40}\\))?\\s*:`, 'iu')).test(text)) return true;
  return lex.memo('requirementStart', (l) => new RegExp(`^[\\W\\d]*(?:(?:${l.source('requirementLabel')})\\s*(?:\\d+(?:\\.\\d+)*)?(?:\\s*\\([^()]{1,40}\\))?[.:)]?\\s*)?(?:${l.source('requirementBy')})`, 'iu')).test(text);
}

/** The text with its numbers (digits or words) left out: a requirement's subject without the bound it sets. */
export function withoutFigures(text: string, lex: Lexicon): string {
  return text.replace(lex.memo('figures', (l) => new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d+(?:[.,]\\d+)*|${l.numberSource})(?![\\p{L}\\p{N}])\\s*%?`, 'giu')), '… ');
}

/** How an answer opens: "Yes", "Tak" -> yes; "No", "Not at present", "Nie" -> no; a few words -> short. */
export function answerPolarity(answer: string, lex: Lexicon): Polarity {
  // "O: Tak.", "A: No": the answer's own label is no word of it.
  const label = lex.memo('answerLabelStart', (l) => new RegExp(`^(?:${l.source('answerLabel')})\\s*`, 'iu'));
  const head = answer.trim().replace(/^[-–—*•\s]+/, '').replace(label, '');
  const first = head.slice(0, 40);
  // "Y", "N" (PL "T", "N"): a questionnaire's one-letter answer, upper case, alone or before its comment.
  const letter = lex.memo('answerLetter', (l) => new RegExp(`^(?:(${l.source('answerLetterYes')})|${l.source('answerLetterNo')})(?=$|[\\s.,;:|)–—-])`, 'u')).exec(first);
  if (letter) return letter[1] ? 'yes' : has(lex, 'answerButOffered', head) ? 'offered' : 'no';
  if (new RegExp(`^${lex.concept('answerNo').source}`, 'iu').test(first)) return has(lex, 'answerButOffered', head) ? 'offered' : 'no';
  if (new RegExp(`^${lex.concept('answerYes').source}`, 'iu').test(first)) return 'yes';
  // "In progress", "W trakcie", "Planned for 2027", "Partially": not held yet, nor denied.
  if (has(lex, 'intent', first) || has(lex, 'certPending', first) || hedges(first)) return 'na';
  return head.split(/\s+/).filter(Boolean).length <= 4 ? 'short' : undefined;
}

/** The question of a unit: the first cell of a row that asks, or the heading of an FAQ section. */
export function questionOf(text: string): string | undefined {
  return isQuestion(text) ? text.trim() : undefined;
}

/** Whether a question asks about another action done to what it names (change, delete, turn off: otherAction). */
export function asksOtherAction(question: string, lex: Lexicon): boolean {
  return has(lex, 'otherAction', question);
}

const isBoolean = (attribute: string) => ATTRIBUTE_BY_ID.get(attribute)?.value === 'boolean';

/**
 * Candidates of a question and its answer. `both` are the rules run on question + answer,
 * `alone` on the answer only. A "no" turns what the question asks about into `false` and keeps
 * nothing else the question names ("Do you offer SSO via SAML? | No" is no SAML claim).
 */
export function answerCandidates(polarity: Polarity, both: Candidate[], alone: Candidate[], asksOther = false): Candidate[] {
  // "Can I change the duration for retaining audit log entries?" | "No, ...": the "no" refuses the
  // change, not the audit log the question names; only what the answer states stands.
  if (polarity === 'no' && asksOther) return alone;
  if (polarity === 'no' || polarity === 'offered') {
    // What the answer itself states stands ("No, but backups are encrypted"). An answer that says
    // the same as the "no" ("Are backups encrypted?" | "No" | "the NAS volume is not encrypted")
    // explains it: the question names what is denied, so its scope stands in place of the comment's.
    const value = polarity === 'offered';
    const asked = both.filter((c) => isBoolean(c.attribute));
    const agrees = (c: Candidate) => c.value === value && asked.some((q) => q.attribute === c.attribute);
    const stated = new Set(alone.filter((c) => !agrees(c)).map((c) => c.attribute));
    const denied = asked.filter((c) => !stated.has(c.attribute)).map((c) => ({ ...c, value }));
    return [...alone.filter((c) => !agrees(c)), ...dedupe(denied)];
  }
  return [...alone, ...both];
}


const dedupe = (list: Candidate[]) => {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = JSON.stringify([c.attribute, c.value, c.qualifiers]);
    return !seen.has(key) && !!seen.add(key);
  });
};

/**
 * Where a questionnaire table answers: one "Yes/No" column, or a "Yes" and a "No" column marked
 * with X; `question` and `id` when they are not the first column (a CAIQ's "Question ID | Question").
 */
export interface AnswerColumns {
  answer?: number;
  /** The answer column holds marks ("X" in place, "–" not), as in a TOM annex checklist. */
  marks?: boolean;
  yes?: number;
  no?: number;
  question?: number;
  id?: number;
  /** What the customer must do (CAIQ v4 "CSC Responsibilities"): read as nobody's statement. */
  customer?: number;
}

export function answerColumns(headerCells: string[], lex: Lexicon): AnswerColumns {
  const whole = (concept: string) => new RegExp(`^\\s*${lex.concept(concept).source}\\s*$`, 'iu');
  const out: AnswerColumns = {};
  headerCells.forEach((h, i) => {
    if (i === 0) return;
    const text = h.replace(/[*_`]/g, '').trim();
    if (out.answer === undefined && whole('answerColumn').test(text)) out.answer = i;
    else if (out.answer === undefined && whole('markColumn').test(text)) Object.assign(out, { answer: i, marks: true });
    else if (out.yes === undefined && whole('answerYes').test(text)) out.yes = i;
    else if (out.no === undefined && whole('answerNo').test(text)) out.no = i;
  });
  if (out.yes === undefined || out.no === undefined) {
    delete out.yes;
    delete out.no;
  }
  return out;
}

/** The answer of a row under `cols`: the answer cell's opening word, or which of Yes/No is marked. */
export function columnPolarity(cells: string[], cols: AnswerColumns, lex: Lexicon): Polarity {
  if (cols.answer !== undefined) {
    const text = cells[cols.answer] ?? '';
    // A marks column ("Implemented", "Stosowany") holds X / – or, as often, Yes / No.
    if (cols.marks && /^\s*[xX✓✔☑]\s*$/u.test(text)) return 'yes';
    if (cols.marks && /^\s*[-–—✗✘☐]\s*$/u.test(text)) return 'no';
    if (answerKind(text) === 'na') return 'na';
    // "Yes, planned for next year": a hedged yes affirms nothing (a finding flags it).
    if (answerKind(text) === 'yes' && hedges(text)) return undefined;
    return text.trim() ? answerPolarity(text, lex) : undefined;
  }
  if (cols.yes !== undefined && cols.no !== undefined) {
    const marked = (i: number) => /\S/.test(cells[i] ?? '');
    if (marked(cols.yes) && !marked(cols.no)) return 'yes';
    if (marked(cols.no) && !marked(cols.yes)) return 'no';
  }
  return undefined;
}
