/**
 * FAQ answers. A question (a sentence ending in "?" or its section's heading) is answered by the
 * units after it, up to the next question or section: the first unit's opening word decides
 * ("Yes", "Nie", "Not at present"), and every unit of the answer may lean on the question for
 * its subject ("How often are backups taken?" "Twice a day. We keep them for two weeks.").
 */
import type { UnitContext } from './context.ts';
import { runRules, type Candidate } from './engine.ts';
import { statesOthers } from './explainers.ts';
import { answerCandidates, answerPolarity, asksOtherAction } from './answers.ts';
import { append } from '../lists.ts';

const key = (c: Candidate) => JSON.stringify([c.attribute, c.value, c.qualifiers]);

const said = (c: Candidate) => JSON.stringify([c.attribute, c.value]);

/**
 * What a free-text answer adds to its question in prose (an FAQ): values read from question and
 * answer together (`both`) that the question does not give alone, of attributes the answer does
 * not state itself, never a yes/no: a cue word in each half
 * ("How do people log in?" / "... Google sign-in") proves nothing.
 */
export function answerAdds(both: Candidate[], alone: Candidate[], fromQuestion: Set<string>): Candidate[] {
  const own = new Set(alone.map((c) => c.attribute));
  return both.filter((c) => typeof c.value !== 'boolean' && !own.has(c.attribute) && !fromQuestion.has(said(c)));
}

/**
 * What the answer says alone, less what its question reads otherwise: "Co z danymi po rozwiązaniu
 * umowy?" / "Usuwamy je ... razem z kopiami" is a deletion after termination, not a backup purge
 * (the same 30 days, read as another attribute). A value the question does not reread stays
 * ("When is my data permanently deleted?" / "Our backups are encrypted and kept for 35 days").
 */
export function keptInContext(alone: Candidate[], both: Candidate[]): Candidate[] {
  const read = new Set(both.map((c) => c.attribute));
  const reread = (c: Candidate) => both.some((b) => b.value === c.value && b.attribute !== c.attribute);
  return alone.filter((c) => read.has(c.attribute) || (typeof c.value !== 'boolean' && !reread(c)));
}

/**
 * A questionnaire row's free-text answer ("How soon are customers told?" | "Within 7 calendar
 * days"): the row read whole, less the values the question names alone ("within 72 hours?" |
 * "We follow our plan"); a yes/no only when the answer denies nothing (`affirms`).
 */
export function freeTextRow(both: Candidate[], question: Candidate[], affirms: boolean): Candidate[] {
  const asked = new Set(question.map(said));
  return both.filter((c) => (typeof c.value === 'boolean' ? affirms : !asked.has(said(c))));
}

/** A bare answer word ("Tak.", "Yes.", "O: Nie."): what it affirms comes from the question alone. */
const BARE_ANSWER_WORDS = 2;

export class OpenQuestion {
  private answered = 0;
  private fromQuestion?: Set<string>;
  /** Attributes the answer states in its own words. */
  private readonly stated = new Set<string>();
  /** What a bare "Yes" affirms of the question, until the answer ends: a later unit that states the attribute itself says more. */
  private readonly held: Array<{ unitIndex: number; candidate: Candidate }> = [];

  /**
   * `subject`: what a free-text answer leans on, when not the whole question: a requirement's
   * subject without its own figures ("availability of at least … per month" / "We commit to
   * 99.7% per calendar month"), while a bare "Yes" still takes the figures it agrees to.
   */
  constructor(
    readonly question: string,
    readonly sectionId: string,
    private readonly subject = question,
  ) {}

  /** Candidates of one answer unit (`alone`: the unit's own), given now; bare-answer ones are held (see {@link close}). */
  answer(ctx: UnitContext, alone: Candidate[], unitIndex: number): Candidate[] {
    for (const c of alone) this.stated.add(c.attribute);
    const polarity = this.answered++ === 0 ? answerPolarity(ctx.text, ctx.lex) : undefined;
    // An answer that explains a control or tells of the card processor's data lends the question nothing (explainers.ts).
    if (statesOthers(ctx.text, ctx.lex)) return alone;
    const asked = polarity === undefined ? this.subject : this.question;
    const both = runRules({ ...ctx, text: `${asked}\n${ctx.text}` });
    if (polarity === 'no' || polarity === 'offered') {
      // "No - it's on our roadmap for 2027": the plan in the comment must not hide what the "no"
      // denies, so the question alone names it where question and answer read together do not.
      const own = new Set(both.map((c) => c.attribute));
      const asked = runRules({ ...ctx, text: this.question }).filter((c) => !own.has(c.attribute));
      return answerCandidates(polarity, [...both, ...asked], alone, asksOtherAction(this.question, ctx.lex));
    }
    if (polarity === 'yes' || polarity === 'short') {
      const own = new Set(alone.map(key));
      // Only a "yes" affirms the values the question names itself ("... within 30 days?" / "Yes");
      // a few other words ("High", "Critical": a checklist's priority column) do not.
      const added = both.filter((c) => !own.has(key(c)) && !(polarity === 'short' && this.questionSays(ctx).has(said(c))));
      if (ctx.text.split(/\s+/).filter(Boolean).length > BARE_ANSWER_WORDS) return [...alone, ...added];
      append(this.held, added.map((candidate) => ({ unitIndex, candidate })));
      return alone;
    }
    // No answer word: keep the values the unit adds to the question's subject ("How often are
    // backups taken?" "Twice a day."), never what the question says alone ("Do you keep backups for
    // 30 days?" gives no 30 days to "Monthly copies are kept longer"), nothing of an attribute the
    // unit states itself, and no yes/no: a cue word in each half ("log in?" / "sign-in") proves nothing.
    return [...keptInContext(alone, both), ...answerAdds(both, alone, this.questionSays(ctx))];
  }

  /** What the question says alone (read once per question). */
  private questionSays(ctx: UnitContext): Set<string> {
    return (this.fromQuestion ??= new Set(runRules({ ...ctx, text: this.question }).map(said)));
  }

  /** Held bare-answer candidates by unit, less those the rest of the answer states itself. */
  close(): Array<{ unitIndex: number; candidate: Candidate }> {
    return this.held.filter((h) => !this.stated.has(h.candidate.attribute));
  }
}
