/**
 * The small engine over the attribute rules (rules.ts): for each rule, test its concepts on each
 * clause (or the whole sentence), extract values and qualifiers. Browser-safe.
 */
import { clauses, has, lastSentence, type Segment, type UnitContext } from './context.ts';
import { qualifierSets } from './qualifiers.ts';
import { RULES, type Rule } from './rules.ts';
import { EXTRACTORS } from './values/index.ts';
import { plainDurations } from './values/duration.ts';
import type { Qualifiers } from './values/types.ts';
import type { ClaimValue } from './types.ts';
import { append } from '../lists.ts';
import { editionRungs } from './edition-rungs.ts';
import { hedgeable } from './hedges.ts';
import { pastState } from './past-state.ts';
import { statesOthers } from './explainers.ts';

export interface Candidate {
  attribute: string;
  value: ClaimValue;
  qualifiers: Qualifiers;
}

/** Every `own` item (a concept, or a list of which one will do) in the segment itself. */
const ownMet = (rule: Rule, ctx: UnitContext, text: string) => (rule.own ?? []).every((c) => (Array.isArray(c) ? c.some((x) => has(ctx.lex, x, text)) : has(ctx.lex, c, text)));

function matches(rule: Rule, text: string, ctx: UnitContext, whenText = text): boolean {
  const ok = rule.when.every((item) => (Array.isArray(item) ? item.some((c) => has(ctx.lex, c, whenText)) : has(ctx.lex, item, whenText)));
  if (!ok || !ownMet(rule, ctx, text)) return false;
  return !(rule.unless ?? []).some((c) => has(ctx.lex, c, text));
}

/** A hedge in the clause ("where applicable") or opening the sentence up to a "but" ("Typically ..."): hedges.ts. */
function hedged(seg: Segment, ctx: UnitContext): boolean {
  if (has(ctx.lex, 'hedge', seg.text)) return true;
  const upTo = ctx.text.slice(0, seg.offset + seg.text.length);
  return has(ctx.lex, 'hedgeOpener', upTo) && !has(ctx.lex, 'hedgeEnds', upTo);
}

/** "We have booked a penetration test; it will take place in December": the clause or one after it puts it in the future. */
const laterIntent = (seg: Segment, ctx: UnitContext) => has(ctx.lex, 'intentFollows', ctx.text.slice(seg.offset, seg.offset + seg.text.length + 80));

/**
 * A sentence read whole whose plan is a clause of its own ("Data is hosted in Frankfurt; a move to
 * Paris is planned for 2027"): the sentence with that clause blanked, or undefined when every clause plans.
 */
function withoutPlans(seg: Segment, ctx: UnitContext): Segment | undefined {
  // A table cell may hold several sentences ("Entra ID on Enterprise. Generic SAML is in preparation."): each is a clause of its own.
  const parts = clauses(seg.text, ctx.lex).flatMap(sentencesOf);
  const planned = parts.filter((p) => has(ctx.lex, 'intent', p.text));
  if (planned.length === 0 || planned.length === parts.length) return undefined;
  let text = seg.text;
  for (const p of planned) text = text.slice(0, p.offset) + ' '.repeat(p.text.length) + text.slice(p.offset + p.text.length);
  return { text, offset: seg.offset };
}

function sentencesOf(part: Segment): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (const m of part.text.matchAll(/[.!?]\s+(?=\p{Lu})/gu)) {
    out.push({ text: part.text.slice(from, m.index + 1), offset: part.offset + from });
    from = m.index + m[0].length;
  }
  out.push({ text: part.text.slice(from), offset: part.offset + from });
  return out;
}

function runOn(rule: Rule, seg: Segment, ctx: UnitContext, whenText?: string): Candidate[] {
  if (!matches(rule, seg.text, ctx, whenText)) return [];
  let values = EXTRACTORS[rule.value.kind](seg, rule.value, ctx);
  // "We plan to offer SSO", "w trakcie wdrażania MFA": planned is not held; a denial still stands.
  if (rule.intent !== 'own' && (has(ctx.lex, 'intent', seg.text) || laterIntent(seg, ctx))) {
    const fact = has(ctx.lex, 'intent', seg.text) ? withoutPlans(seg, ctx) : undefined;
    values = fact && matches(rule, fact.text, ctx) ? EXTRACTORS[rule.value.kind](fact, rule.value, ctx) : values.filter((v) => v.value === false);
  }
  if (hedgeable(rule.attribute) && hedged(seg, ctx)) values = values.filter((v) => v.value === false);
  if (values.length === 0) return [];
  // "14 days on the Standard plan and 30 days on the Pro plan": one claim per plan (edition-rungs.ts).
  const rungs = Object.values(rule.qualifiers ?? {}).some((q) => q.kind === 'edition') ? editionRungs(seg.text, rule.value.kind, ctx.lex) : undefined;
  if (rungs?.some((r) => r.iso === values[0].value)) values = rungs.map((r) => ({ value: r.iso, qualifiers: { ...values.find((v) => v.value === r.iso)?.qualifiers, edition: r.edition } }));
  const quals = qualifierSets(rule.qualifiers, seg, ctx);
  return values.flatMap((v) =>
    (v.qualifiers ? [v.qualifiers] : quals).map((q) => ({
      attribute: v.attribute ?? rule.attribute,
      value: v.value,
      qualifiers: v.qualifiers ? { ...quals[0], ...v.qualifiers } : q,
    })),
  );
}

function lowest(rule: Rule, found: Candidate[]): Candidate[] {
  if (rule.keep !== 'lowest' || found.length < 2) return found;
  return [[...found].sort((a, b) => String(a.value).localeCompare(String(b.value), 'en', { numeric: true }))[0]];
}

/**
 * Candidates of one unit. A clause rule that finds nothing in any clause is tried once on the
 * whole sentence, because a clause break can fall between cue and value ("destroy ..., but no
 * later than 1 month after termination").
 */
/**
 * A `previous` rule reads the sentence before the unit with it ("Po zakończeniu umowy możesz
 * pobrać eksport." / "Dane usuwamy w ciągu 30 dni, a z kopii – po kolejnych 30 dniach."): `when`
 * may be met by both, `own` and `unless` by the unit alone.
 */
function runPrevious(rule: Rule, ctx: UnitContext): Candidate[] {
  const prev = lastSentence(ctx.before);
  if (!prev || !ownMet(rule, ctx, ctx.text) || (rule.unless ?? []).some((c) => has(ctx.lex, c, ctx.text))) return [];
  const text = `${prev}\n${ctx.text}`;
  // A step of its own before (rules.ts `previousStep`): its lengths only start one that counts on from them.
  const step = rule.previousStep;
  const ownStep =
    step !== undefined &&
    step.when.every((c) => has(ctx.lex, c, prev)) &&
    !(step.unless ?? []).some((c) => has(ctx.lex, c, prev)) &&
    plainDurations(prev, ctx.lex).length > 0;
  // "... within 20 days after the Retrieval Window ends, and backups ...": a length of the unit's own
  // step (before any backups, not "a further 14 days") is its bound, so the lengths before (the window)
  // only start what it counts on from.
  const first = plainDurations(ctx.text, ctx.lex)[0];
  const ownLength =
    first !== undefined && !has(ctx.lex, 'furtherWord', ctx.text.slice(Math.max(0, first.start - 25), first.start)) && !has(ctx.lex, 'deletionBackups', ctx.text.slice(0, first.start));
  if (ownStep || ownLength) return runOn({ ...rule, own: [], unless: [] }, { text: ctx.text, offset: 0 }, ctx, text);
  // The sentence before is read as part of the text now, so it is no longer "before" it: a length
  // that counts on must not find that same sentence again as its predecessor (7 + 30 + 30 days).
  return runOn({ ...rule, own: [], unless: [] }, { text, offset: 0 }, { ...ctx, text, before: ctx.before.slice(0, ctx.before.lastIndexOf(prev)) });
}

export function runRules(ctx: UnitContext, rules: readonly Rule[] = RULES): Candidate[] {
  const whole: Segment = { text: ctx.text, offset: 0 };
  const all = clauses(ctx.text, ctx.lex);
  // "... are not encrypted; customers who need that should use an encrypted volume": a clause of
  // advice to the reader states nothing, though the other clauses of its sentence do.
  // "At the time of the incident the files were not encrypted.": a replaced past state (past-state.ts);
  // "A firewall can stop many attacks", "All card numbers are encrypted": an explainer, or the card
  // processor's data (explainers.ts). Alone they leave the unit nothing; beside other clauses, only theirs.
  const elsewhere = (t: string) => pastState(t, ctx.lex) || statesOthers(t, ctx.lex);
  const parts = all.length > 1 ? all.filter((p) => !has(ctx.lex, 'adviceClause', p.text) && !has(ctx.lex, 'statesNothing', p.text) && !elsewhere(p.text)) : all;
  if (all.length === 1 && elsewhere(ctx.text)) return [];
  // "Defence in depth: use several layers such as MFA, role-based access and encryption": advice
  // naming kinds of control by example; the clauses after the imperative are its object, not claims.
  if (has(ctx.lex, 'adviceList', ctx.text) && !has(ctx.lex, 'ownVoice', ctx.text)) return [];
  const out: Candidate[] = [];
  for (const rule of rules) {
    if (rule.previous) {
      append(out, runPrevious(rule, ctx));
      continue;
    }
    if (rule.heading && !has(ctx.lex, rule.heading, ctx.heading) && !(rule.antecedent && namedJustBefore(rule.heading, ctx))) continue;
    const found = candidatesOf(rule, ctx, whole, all, parts);
    // The context is tested last: on up to 2,000 characters before the unit, it costs more than
    // the rule, which finds nothing in most units.
    if (found.length > 0 && contextMet(rule, ctx)) append(out, found);
  }
  return out;
}

function contextMet(rule: Rule, ctx: UnitContext): boolean {
  if (!rule.context || has(ctx.lex, rule.context, ctx.text)) return true;
  if (!rule.contextNear) return has(ctx.lex, rule.context, ctx.before);
  return has(ctx.lex, rule.context, ctx.heading) || has(ctx.lex, rule.context, lastSentence(ctx.before) ?? '');
}

/** The sentence just before the unit, on its line (no paragraph or list item between), names `concept`. */
function namedJustBefore(concept: string, ctx: UnitContext): boolean {
  const prev = lastSentence(ctx.before);
  return prev !== undefined && !ctx.before.slice(ctx.before.lastIndexOf(prev) + prev.length).includes('\n') && has(ctx.lex, concept, prev);
}

function candidatesOf(rule: Rule, ctx: UnitContext, whole: Segment, all: Segment[], parts: Segment[]): Candidate[] {
  if (rule.scope === 'sentence' || all.length === 1) return runOn(rule, whole, ctx);
  // After a replaced past clause ("Dotychczas logi trzymaliśmy 30 dni; obecnie …") the present one keeps its subject.
  const afterPast = (p: Segment) => all.some((q) => q.offset < p.offset && !parts.includes(q) && pastState(q.text, ctx.lex));
  const found = parts.flatMap((p) => runOn(rule, p, ctx, rule.carry || afterPast(p) ? ctx.text.slice(0, p.offset + p.text.length) : undefined));
  return lowest(rule, found.length > 0 || parts.length < all.length ? found : runOn(rule, whole, ctx));
}
