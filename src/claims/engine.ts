/**
 * The small engine over rules/claims/patterns.json: for each rule, test its concepts on each
 * clause (or the whole sentence), extract values and qualifiers. Browser-safe.
 */
import patterns from '../../rules/claims/patterns.json' with { type: 'json' };
import { clauses, firstHit, has, isNegated, type Segment, type UnitContext } from './context.ts';
import { extract, type Extracted, type Qualifiers, type ValueSpec } from './extractors.ts';
import { findFrequencies } from './numbers.ts';
import type { ClaimValue } from './types.ts';

interface QualifierSpec {
  kind?: string;
  map?: Record<string, string>;
  multi?: boolean;
  /** Wins over the map when its concept matches ("all data ..." -> scope all). */
  override?: Record<string, string>;
  withOther?: Record<string, string>;
  /** Values that, when found, stand alone ("backups from databases" is about backups). */
  exclusive?: string[];
}

export interface Rule {
  attribute: string;
  scope?: 'clause' | 'sentence';
  when: Array<string | string[]>;
  unless?: string[];
  context?: string;
  /** Concept the section heading must match ("Kopie zapasowe": a bare "kopie" is a backup). */
  heading?: string;
  /**
   * Clause rules: `when` may be met by the clauses before this one too, for elliptical clauses
   * ("kept for 30 days, and monthly copies for 12 months"); `unless` reads this clause only.
   */
  carry?: boolean;
  /** Concepts the clause itself must match (a carried clause names its own subject: "; for users it is optional"). */
  own?: string[];
  /** "lowest": of several values in one unit keep the smallest ("TLS 1.3; 1.2 is accepted" -> 1.2). */
  keep?: 'lowest';
  value: ValueSpec;
  qualifiers?: Record<string, QualifierSpec>;
}

export const RULES: Rule[] = (patterns as { rules: Rule[] }).rules;

export interface Candidate {
  attribute: string;
  value: ClaimValue;
  qualifiers: Qualifiers;
}

function matches(rule: Rule, text: string, ctx: UnitContext, whenText = text): boolean {
  const ok = rule.when.every((item) =>
    Array.isArray(item) ? item.some((c) => has(ctx.lex, c, whenText)) : has(ctx.lex, item, whenText),
  );
  if (!ok || !(rule.own ?? []).every((c) => has(ctx.lex, c, text))) return false;
  return !(rule.unless ?? []).some((c) => has(ctx.lex, c, text));
}

const asQualifier = (v: string | boolean): string | boolean => (v === 'true' ? true : v === 'false' ? false : v);

/** Qualifier values for one segment; multi-valued keys give several qualifier sets. */
function qualifierSets(rule: Rule, seg: Segment, ctx: UnitContext): Qualifiers[] {
  let sets: Qualifiers[] = [{}];
  for (const [key, spec] of Object.entries(rule.qualifiers ?? {})) {
    let values: Array<string | boolean> = [];
    if (spec.kind === 'edition') {
      const m = /(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?) (?:Edition|edition|plan|Plan|tier)\b|(?:edycj\p{L}*|plan\p{L}*|pakiet\p{L}*) (\p{Lu}[\p{L}]+)/u.exec(seg.text);
      if (m) values = [(m[1] ?? m[2]).trim()];
    } else if (spec.kind === 'deletionScope') {
      // Backups together with production ("databases and backups", "also from backups") -> all.
      const backups = has(ctx.lex, 'backup', seg.text);
      const prod = has(ctx.lex, 'productionWord', seg.text) || has(ctx.lex, 'scopeDatabase', seg.text);
      const all = has(ctx.lex, 'allSystems', seg.text);
      if (backups) values = [prod || all || has(ctx.lex, 'alsoWord', seg.text) ? 'all' : 'backups'];
      else if (prod) values = ['production'];
      else if (all) values = ['all'];
      // "deleted within 30 days, and from backups after a further 60": the clause beside the
      // backups clause speaks of production.
      else if (seg.text.length < ctx.text.length && has(ctx.lex, 'backup', ctx.text) && has(ctx.lex, 'delete', seg.text)) values = ['production'];
    } else if (spec.kind === 'frequency') {
      const f = findFrequencies(seg.text, ctx.lex)[0];
      if (f) values = [f.iso];
    } else {
      const override = Object.entries(spec.override ?? {}).find(([, c]) => has(ctx.lex, c, seg.text));
      if (override) values = [override[0]];
      else {
        let found = Object.entries(spec.map ?? {}).filter(([, c]) => has(ctx.lex, c, seg.text)).map(([v]) => v);
        const alone = found.find((v) => spec.exclusive?.includes(v));
        if (alone) {
          // "backups from databases": what follows a preposition after the exclusive value
          // only describes it; in a list ("databases, files and backups") every value stands.
          const head = firstHit(ctx.lex, spec.map![alone], seg.text)!;
          found = found.filter((v) => {
            if (v === alone) return true;
            const h = firstHit(ctx.lex, spec.map![v], seg.text);
            if (!h) return true;
            if (h.start >= head.start && h.end <= head.end) return false;
            // "database dumps", "file backups": a noun right before the exclusive value modifies it.
            if (h.end <= head.start && /^[\s-]*$/.test(seg.text.slice(h.end, head.start))) return false;
            return !/^\s*(?:from|of|in|for|z|ze|dla)\s+(?:the\s+|\p{L}+\s+)?$/iu.test(seg.text.slice(head.end, h.start));
          });
        }
        values = spec.multi ? found : found.slice(0, 1);
        const other = Object.entries(spec.withOther ?? {}).find(([, c]) => has(ctx.lex, c, seg.text));
        if (other && values.length > 0) values = [other[0]];
      }
      values = values.map(asQualifier);
    }
    if (values.length === 0) continue;
    sets = sets.flatMap((s) => values.map((v) => ({ ...s, [key]: v })));
  }
  return sets;
}

function runOn(rule: Rule, seg: Segment, ctx: UnitContext, whenText?: string): Candidate[] {
  if (!matches(rule, seg.text, ctx, whenText)) return [];
  const values: Extracted[] = extract(seg, rule.value, ctx);
  if (values.length === 0) return [];
  const quals = qualifierSets(rule, seg, ctx);
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
export function runRules(ctx: UnitContext, rules: Rule[] = RULES): Candidate[] {
  const whole: Segment = { text: ctx.text, offset: 0 };
  const parts = clauses(ctx.text, ctx.lex);
  const out: Candidate[] = [];
  for (const rule of rules) {
    if (rule.context && !has(ctx.lex, rule.context, ctx.text) && !has(ctx.lex, rule.context, ctx.before)) continue;
    if (rule.heading && !has(ctx.lex, rule.heading, ctx.heading)) continue;
    if (rule.scope === 'sentence' || parts.length === 1) {
      out.push(...runOn(rule, whole, ctx));
      continue;
    }
    const found = parts.flatMap((p) => runOn(rule, p, ctx, rule.carry ? ctx.text.slice(0, p.offset + p.text.length) : undefined));
    out.push(...lowest(rule, found.length > 0 ? found : runOn(rule, whole, ctx)));
  }
  return out;
}

export { firstHit, isNegated };
