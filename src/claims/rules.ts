/**
 * The attribute rules (rules/claims/patterns.json), validated when they load: every concept a
 * rule names must exist in every language's lexicon, every kind must have an extractor, every
 * qualifier must belong to the attribute. Bad data stops with file and entry named, e.g.
 * `rules/claims/patterns.json: entry 4 (encryption-at-rest): unknown concept "atRestt" in en`.
 */
import patterns from '../../rules/claims/patterns.json' with { type: 'json' };
import { COMMON } from './common.ts';
import { CLAIM_LANGUAGES, lexiconFor } from './lexicon.ts';
import { QUALIFIER_KINDS, type QualifierSpec } from './qualifiers.ts';
import { EXTRACTORS } from './values/index.ts';
import { SPEC_FIELDS, type ValueSpec } from './values/types.ts';
import { ATTRIBUTE_BY_ID } from './vocabulary.ts';
import type { ClaimValue } from './types.ts';

/** One example of a rule: text in one language and what the engine must (not) claim from it. */
export interface RuleExample {
  en?: string;
  pl?: string;
  /** The claim must be found with this value (and these qualifiers, when given). */
  value?: ClaimValue;
  qualifiers?: Record<string, ClaimValue>;
  /** No claim of the attribute at all. */
  none?: true;
  /** No claim of the attribute with this value. */
  not?: ClaimValue;
}

export interface Rule {
  id: string;
  attribute: string;
  scope?: 'clause' | 'sentence';
  when: Array<string | string[]>;
  unless?: string[];
  context?: string;
  /**
   * `context` only where the unit's subject can be: the unit, its heading or the sentence right
   * before it ("Two engineers have production access. They look only when a ticket is opened."),
   * not anywhere in the section ("... unless you ask us to keep it longer" three paragraphs on).
   */
  contextNear?: boolean;
  /** Concept the section heading must match ("Kopie zapasowe": a bare "kopie" is a backup). */
  heading?: string;
  /**
   * With `heading`: the sentence just before, on the same line, may name it instead ("We back up
   * nightly. Copies are kept for 30 days.", "Wykonujemy kopie codziennie. Przechowujemy je 14 dni.").
   */
  antecedent?: true;
  /**
   * Clause rules: `when` may be met by the clauses before this one too, for elliptical clauses
   * ("kept for 30 days, and monthly copies for 12 months"); `unless` reads this clause only.
   */
  carry?: boolean;
  /**
   * Read the sentence before the unit with it (a step stated after the sentence that names the
   * moment: "After termination you can export for 30 days. Then data is deleted ..."); `own` and
   * `unless` read the unit alone.
   */
  previous?: boolean;
  /**
   * With `previous`: the sentence before is a step of its own when it meets `when`, none of
   * `unless`, and holds a length ("... we delete it within 14 days."): then the unit is read alone,
   * its lengths counting on from that one ("Backups follow within 35 days after that."). Otherwise
   * ("we keep the account for 30 days in case you change your mind, then delete it") both are one text.
   */
  previousStep?: { when: string[]; unless?: string[] };
  /** Concepts the clause itself must match (a carried clause names its own subject: "; for users it is optional"). */
  own?: Array<string | string[]>;
  /** "lowest": of several values in one unit keep the smallest ("TLS 1.3; 1.2 is accepted" -> 1.2). */
  keep?: 'lowest';
  /**
   * How a plan or intent in the segment ("we are working towards", "w trakcie wdrażania") is read:
   * by default it holds back every value but a denial; `own` leaves it to the extractor.
   */
  intent?: 'own';
  value: ValueSpec;
  qualifiers?: Record<string, QualifierSpec>;
  examples?: RuleExample[];
}

export class ClaimRuleError extends Error {
  constructor(file: string, entry: number, id: string | undefined, problem: string) {
    super(`${file}: entry ${entry}${id ? ` (${id})` : ''}: ${problem}`);
    this.name = 'ClaimRuleError';
  }
}

const RULE_FIELDS = new Set(['id', 'attribute', 'scope', 'when', 'unless', 'context', 'contextNear', 'heading', 'antecedent', 'carry', 'previous', 'previousStep', 'own', 'keep', 'intent', 'value', 'qualifiers', 'examples', '$comment']);
/** Value-spec fields that name concepts. */
const CONCEPT_FIELDS = ['anchor', 'after', 'negation', 'near', 'rungs', 'otherActivity', 'boundBy', 'since', 'notAfter', 'skipAnchor'] as const;

function checkRule(raw: unknown, fail: (problem: string) => never): Rule {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('not an object');
  const r = raw as Rule & Record<string, unknown>;
  for (const key of Object.keys(r)) if (!RULE_FIELDS.has(key)) fail(`unknown field "${key}"`);
  if (typeof r.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.id)) fail('id missing or not kebab-case');
  const def = ATTRIBUTE_BY_ID.get(r.attribute);
  if (!def && r.attribute !== 'cert.*') fail(`attribute "${String(r.attribute)}" is not in the vocabulary (claims.md)`);
  if (r.scope !== undefined && r.scope !== 'clause' && r.scope !== 'sentence') fail('scope must be clause or sentence');
  if (r.keep !== undefined && r.keep !== 'lowest') fail('keep must be lowest');
  if (r.intent !== undefined && r.intent !== 'own') fail('intent must be own');
  if (r.previous !== undefined && r.previous !== true) fail('previous must be true');
  if (r.antecedent !== undefined && (r.antecedent !== true || r.heading === undefined)) fail('antecedent must be true and needs heading');
  if (r.previousStep !== undefined && (r.previous !== true || !Array.isArray(r.previousStep.when))) fail('previousStep needs previous and a when list');
  if (!Array.isArray(r.when)) fail('when must be an array');
  const concepts: string[] = [
    ...r.when.flat(),
    ...(r.unless ?? []),
    ...(r.own ?? []).flat(),
    ...[r.context, r.heading].filter((c): c is string => c !== undefined),
    ...(r.previousStep ? [...r.previousStep.when, ...(r.previousStep.unless ?? [])] : []),
  ];
  const spec = r.value;
  if (!spec || typeof spec !== 'object' || !EXTRACTORS[spec.kind]) fail(`value.kind "${String(spec?.kind)}" is not one of ${Object.keys(EXTRACTORS).join(', ')}`);
  for (const key of Object.keys(spec)) if (!(SPEC_FIELDS as readonly string[]).includes(key)) fail(`value: unknown field "${key}"`);
  for (const key of CONCEPT_FIELDS) if (spec[key] !== undefined) concepts.push(spec[key]!);
  concepts.push(...[spec.adjectiveUnless ?? []].flat(), ...(spec.nouns ?? []));
  if (spec.table !== undefined && !COMMON.tables[spec.table]) fail(`value.table "${spec.table}" is not a table of rules/claims/common.json`);
  if (spec.map && spec.kind !== 'table') concepts.push(...Object.values(spec.map));
  for (const [key, q] of Object.entries(r.qualifiers ?? {})) {
    if (def && !def.qualifiers.includes(key)) fail(`qualifier "${key}" is not one of ${r.attribute}'s (${def.qualifiers.join(', ') || 'none'})`);
    if (q.kind !== undefined && !(QUALIFIER_KINDS as readonly string[]).includes(q.kind)) fail(`qualifier "${key}": kind must be one of ${QUALIFIER_KINDS.join(', ')}`);
    concepts.push(...Object.values(q.map ?? {}), ...Object.values(q.override ?? {}), ...Object.values(q.withOther ?? {}));
    for (const v of [...(q.exclusive ?? []), ...(q.included ?? []), ...(q.medium ?? [])]) if (!q.map?.[v]) fail(`qualifier "${key}": value "${v}" (exclusive, included or medium) is not in its map`);
  }
  for (const lang of CLAIM_LANGUAGES) {
    const lex = lexiconFor(lang);
    for (const c of concepts) if (typeof c !== 'string' || !lex.hasConcept(c)) fail(`unknown concept "${String(c)}" in rules/claims/${lang}.json`);
  }
  (r.examples ?? []).forEach((ex, i) => {
    const langs = CLAIM_LANGUAGES.filter((l) => typeof (ex as unknown as Record<string, unknown>)[l] === 'string');
    if (langs.length !== 1) fail(`examples[${i}] needs exactly one text keyed by language (${CLAIM_LANGUAGES.join(' or ')})`);
    const outcomes = [ex.value !== undefined, ex.none === true, ex.not !== undefined].filter(Boolean).length;
    if (outcomes !== 1) fail(`examples[${i}] needs exactly one of value, none, not`);
  });
  return r;
}

/** Validates rule entries of one file; throws {@link ClaimRuleError} naming file and entry (from 1). */
export function loadClaimRules(file: string, entries: unknown): Rule[] {
  if (!Array.isArray(entries)) throw new ClaimRuleError(file, 0, undefined, 'rules must be an array');
  const seen = new Set<string>();
  return entries.map((raw, index) => {
    const id = (raw as { id?: unknown })?.id;
    const fail = (problem: string): never => {
      throw new ClaimRuleError(file, index + 1, typeof id === 'string' ? id : undefined, problem);
    };
    const rule = checkRule(raw, fail);
    if (seen.has(rule.id)) fail(`duplicate id "${rule.id}"`);
    seen.add(rule.id);
    return rule;
  });
}

export const RULES_FILE = 'rules/claims/patterns.json';
export const RULES: readonly Rule[] = loadClaimRules(RULES_FILE, (patterns as { rules: unknown }).rules);
