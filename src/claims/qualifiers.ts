/**
 * Qualifier values of one segment (claims.md qualifier keys), by the rule's qualifier specs:
 * a map of value -> concept (first match, or every match with `multi`), or a kind that needs
 * code (edition names, deletion scope, how often).
 */
import { firstHit, has, hits, isNegated, nextSentence, type Segment, type UnitContext } from './context.ts';
import type { Lexicon } from './lexicon.ts';
import { excepted } from './except.ts';
import { findFrequencies } from './values/frequency.ts';
import { plainDurations } from './values/duration.ts';
import type { Qualifiers } from './values/types.ts';

export interface QualifierSpec {
  kind?: 'edition' | 'deletionScope' | 'deletionTrigger' | 'frequency';
  map?: Record<string, string>;
  multi?: boolean;
  /** Wins over the map when its concept matches ("all data ..." -> scope all). */
  override?: Record<string, string>;
  withOther?: Record<string, string>;
  /** With `map`: when the segment names no value, the next sentence may ("... as a user. The agent never needs the password."). */
  next?: boolean;
  /** With `map`: a value only when the segment names exactly one ("database backups" is scoped; "database and file backups" is general). */
  alone?: boolean;
  /** Values that, when found, stand alone ("backups from databases" is about backups). */
  exclusive?: string[];
  /**
   * With `override` and `multi`: the values an inclusion adds beside it ("all data, including
   * backed-up data" -> backups too); a part every store has ("including our databases") adds nothing.
   */
  included?: string[];
  /** With `map`: values that name only the medium data lie on ("database volumes", "disks of our database servers"): dropped beside the data kind they hold. */
  medium?: string[];
  /** With `map`: a value named only after an exception ("unlike our databases", "z wyjątkiem kopii") is left out. */
  excepting?: boolean;
}

export const QUALIFIER_KINDS = ['edition', 'deletionScope', 'deletionTrigger', 'frequency'] as const;

/** "Enterprise edition", "plan Premium": a plan's name with its word; group 1 or 2 is the name. */
export const editionPattern = (lex: Lexicon): RegExp =>
  lex.memo('edition', (l) =>
    new RegExp(`(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?) (?:${l.source('editionAfterName')})|(?:${l.source('editionBeforeName')}) (\\p{Lu}[\\p{L}]+)`, 'u'),
  );

/** "Enterprise edition", "plan Premium": the plan name as written. */
function edition(text: string, lex: Lexicon): string[] {
  const m = editionPattern(lex).exec(text);
  return m ? [(m[1] ?? m[2]).trim()] : [];
}

/** Backups together with production ("databases and backups", "also from backups", "including backups") -> all. */
function deletionScope(seg: Segment, ctx: UnitContext): string[] {
  // "returns a copy as an SQL dump and deletes the database": an export dump is no backup.
  // "... except backups, which expire on their own cycle": what is left out is no scope.
  const backupHits = hits(ctx.lex, 'deletionBackups', seg.text);
  // "... and from backups as they expire": backups left to their own cycle, with no length of their own, are no scope of the length.
  const expiry = hits(ctx.lex, 'ownExpiry', seg.text);
  const ownCycle = (h: { end: number }) => expiry.some((e) => e.start >= h.end && e.start - h.end <= 12) && plainDurations(seg.text.slice(h.end), ctx.lex).length === 0;
  const backups = backupHits.some((h) => !excepted(ctx.lex, seg.text, h) && !ownCycle(h));
  if (!backups && backupHits.length > 0 && has(ctx.lex, 'delete', seg.text)) return ['production'];
  // "Database backups": a database word right before the backups names what they copy, not production.
  const ofBackups = (h: { end: number }) => backupHits.some((b) => b.start >= h.end && /^[\s-]*$/.test(seg.text.slice(h.end, b.start)));
  const prod = has(ctx.lex, 'productionWord', seg.text) || hits(ctx.lex, 'scopeDatabase', seg.text).some((h) => !ofBackups(h));
  const all = has(ctx.lex, 'allSystems', seg.text);
  if (backups) return [prod || all || alsoBackups(seg.text, ctx.lex) ? 'all' : 'backups'];
  if (prod) return ['production'];
  if (all) return ['all'];
  // "deleted within 30 days, and from backups after a further 60": the clause beside the
  // backups clause speaks of production.
  if (seg.text.length < ctx.text.length && has(ctx.lex, 'deletionBackups', ctx.text) && has(ctx.lex, 'delete', seg.text)) return ['production'];
  // "... and then we delete it. From backups it is gone after a further 28 days." (or "30 days
  // later"): the next sentence's further step is the backups', so this one's is production.
  const next = nextSentence(ctx.after);
  // So is a timeline's next row ("Database backups ... last copy expires by day 68").
  const step = (t: string) => has(ctx.lex, 'furtherWord', t) || has(ctx.lex, 'thenWord', t) || has(ctx.lex, 'dayBound', t);
  if (next && has(ctx.lex, 'delete', seg.text) && has(ctx.lex, 'deletionBackups', next) && step(next)) return ['production'];
  return [];
}

/** "also from backups", "from backups as well", "razem z kopiami": not "wraz z ich wygaśnięciem" further on. */
function alsoBackups(text: string, lex: Lexicon): boolean {
  const also = [...hits(lex, 'alsoWord', text), ...hits(lex, 'includingWord', text)];
  // After the backups only an adverb counts ("from backups too"), not a preposition heading another object ("wraz z ich wygaśnięciem").
  const adverb = (a: { start: number; end: number }) => !/(?:^|\s)(?:z|ze|with|including)$/iu.test(text.slice(a.start, a.end));
  return hits(lex, 'deletionBackups', text).some((b) => also.some((a) => (a.end <= b.start && b.start - a.end <= 40) || (a.start >= b.end && a.start - b.end <= 25 && adverb(a))));
}

/**
 * What set the deletion clock going, when it is not the end of the contract (the default, no
 * qualifier): the customer closing the account or workspace (or uninstalling the app), an
 * inactive or suspended account, a deletion request. The nearest text that names a trigger
 * decides: the clause, the sentence, the three sentences before, the section heading.
 */
const TRIGGERS: Array<[string, string]> = [
  // An inactive account, or one deleted on request, is closed too: the narrower cause wins.
  ['inactivity', 'inactivityTrigger'],
  ['request', 'deletionRequest'],
  ['account-closure', 'accountClosure'],
];

/** The last three sentences before a unit, nearest first (bounded). */
const sentencesBefore = (before: string) =>
  before.slice(-600).split(/(?<=[.!?])\s+|\n\s*\n/).map((x) => x.trim()).filter(Boolean).slice(-3).reverse();

/** An account closure that is not the vendor's own deletion ("we delete the workspace within 14 days" is the deletion itself). */
function customerCloses(text: string, lex: Lexicon): boolean {
  const vendors = hits(lex, 'vendorDeletesAccount', text);
  return hits(lex, 'accountClosure', text).some((h) => !vendors.some((v) => v.start <= h.start && h.end <= v.end));
}

/** A contract end that starts a clock: not one the text looks ahead to ("deletes the account before the contract ends"). */
function namesContractEnd(text: string, lex: Lexicon): boolean {
  const ahead = lex.memo('notYetEnded', (l) => new RegExp(`(?:${l.source('notYetEnded')})\\s*$`, 'iu'));
  return hits(lex, 'contractEnd', text).some((h) => !ahead.test(text.slice(Math.max(0, h.start - 30), h.start)));
}

/** The trigger the first text naming one gives ("30 days after account closure"); none when a contract end comes first. */
export function deletionTriggerIn(texts: string[], lex: Lexicon): string | undefined {
  // A wide gap is a column break in a plain-text table: "life of the account      deletion starts" names no account deletion.
  for (const text of texts.map((t) => t.replace(/[ \t]{3,}/g, ' | '))) {
    if (namesContractEnd(text, lex)) return undefined;
    const found = TRIGGERS.find(([, concept]) => (concept === 'accountClosure' ? customerCloses(text, lex) : has(lex, concept, text)));
    if (found) return found[0];
  }
  return undefined;
}

function deletionTrigger(seg: Segment, ctx: UnitContext): string[] {
  // The clause's own trigger, unless the sentence names a narrower one and no contract end
  // ("Inactive accounts are closed, and deleted 30 days after closure").
  const own = namesContractEnd(ctx.text, ctx.lex) ? [seg.text, ctx.text] : [ctx.text];
  const trigger = deletionTriggerIn([...own, ...sentencesBefore(ctx.before), ctx.heading], ctx.lex);
  return trigger ? [trigger] : [];
}

/**
 * "backups from databases": what follows a preposition after the exclusive value only describes
 * it; in a list ("databases, files and backups") every value stands.
 */
function dropDescribers(found: string[], spec: QualifierSpec, seg: Segment, lex: Lexicon): string[] {
  const alone = found.find((v) => spec.exclusive?.includes(v));
  if (!alone) return found;
  const heads = hits(lex, spec.map![alone], seg.text);
  // "backups of the production database"; PL a genitive right after it: "kopie zapasowe bazy danych".
  const describedBy = lex.memo('describedBy', (l) => new RegExp(`^\\s*(?:${l.source('describedBy')})\\s+(?:\\p{L}+\\s+){0,2}$`, 'iu'));
  const genitive = (gap: string) => lex.adjectiveAfterNoun && /^\p{L}*\s+(?:\p{L}+\s+)?$/u.test(gap) && !has(lex, 'listJoin', gap);
  // Any mention of the exclusive value may be the one another value describes or modifies
  // ("Offline copies ... in an encrypted database on the device").
  const describes = (h: { start: number; end: number }, head: { start: number; end: number }) =>
    (h.start >= head.start && h.end <= head.end) ||
    // "database dumps", "file backups": a noun right before the exclusive value modifies it.
    (h.end <= head.start && /^[\s-]*$/.test(seg.text.slice(h.end, head.start))) ||
    // "backup files", "snapshot volumes": a noun right after it names the copies' own form.
    (h.start >= head.end && /^[\s-]+$/.test(seg.text.slice(head.end, h.start))) ||
    describedBy.test(seg.text.slice(head.end, h.start)) ||
    genitive(seg.text.slice(head.end, h.start));
  return found.filter((v) => {
    if (v === alone) return true;
    const h = firstHit(lex, spec.map![v], seg.text);
    return !h || !heads.some((head) => describes(h, head));
  });
}

/**
 * "All customer data at rest – databases, file storage and backups – is encrypted": an apposition
 * between dashes right after the `all` words that lists two or more values says what "all" is;
 * those values stand.
 */
function apposition(spec: QualifierSpec, allConcept: string, text: string, lex: Lexicon): string[] {
  const all = firstHit(lex, allConcept, text);
  if (!all) return [];
  // Between dashes only: brackets after "everything we store (...)" as often hold examples.
  const m = /^[^–—(:.;]{0,30}?\s[–—]\s*([^–—():;.]{3,120}?)\s*[–—]/u.exec(text.slice(all.end, all.end + 200));
  if (!m) return [];
  const listed = Object.entries(spec.map ?? {}).filter(([, c]) => has(lex, c, m[1])).map(([v]) => v);
  return listed.length >= 2 ? listed : [];
}

/**
 * A medium word next to a data kind it holds ("MySQL volumes", "dyski serwerów bazy danych"), or
 * saying where data named before it lies ("Baza danych i pliki są szyfrowane na dysku"), names no
 * scope of its own; "Dane na dyskach i w kopiach" still does.
 */
function holdsOther(v: string, found: string[], spec: QualifierSpec, seg: Segment, lex: Lexicon): boolean {
  const others = found.filter((o) => o !== v).flatMap((o) => hits(lex, spec.map![o], seg.text));
  const next = (gap: string) => /^[\s-]*$/u.test(gap);
  const holding = (gap: string) => /^\s+(?:(?:of|the|our|its|their)\s+){1,3}(?:\p{L}+\s+)?$/iu.test(gap) || (lex.adjectiveAfterNoun === true && /^\s+(?:\p{L}+\s+)?$/u.test(gap));
  const mediumHits = hits(lex, spec.map![v], seg.text);
  const where = (h: { start: number }) => /(?:^|\s)(?:on|na)\s+$/iu.test(seg.text.slice(Math.max(0, h.start - 4), h.start));
  return (
    mediumHits.length > 0 &&
    mediumHits.every((h) => others.some((o) => (o.end <= h.start && (next(seg.text.slice(o.end, h.start)) || where(h))) || (h.end <= o.start && holding(seg.text.slice(h.end, o.start)))))
  );
}

const asQualifier = (v: string | boolean): string | boolean => (v === 'true' ? true : v === 'false' ? false : v);

/**
 * "All data is encrypted at rest. This includes logs and backups." / "Te dane obejmują ... kopie
 * zapasowe.": a next sentence that opens by including parts in what was said.
 */
function inclusionAfter(ctx: UnitContext): string | undefined {
  const next = nextSentence(ctx.after);
  const opens = ctx.lex.memo('inclusionOpens', (l) => new RegExp(`^\\s*(?:${l.source('inclusionOpens')})`, 'iu'));
  return next !== undefined && opens.test(next) ? next : undefined;
}

function mapped(spec: QualifierSpec, seg: Segment, lex: Lexicon, unitText: string, follows?: string): Array<string | boolean> {
  const override = Object.entries(spec.override ?? {}).find(([, c]) => has(lex, c, seg.text));
  const named = Object.entries(spec.map ?? {}).filter(([, c]) => hits(lex, c, seg.text).some((h) => !spec.excepting || !excepted(lex, seg.text, h))).map(([v]) => v);
  // "All data is encrypted; this includes replicated and backed-up data": the parts named as
  // included (anywhere in the unit) stand beside "all".
  if (override) {
    const listed = apposition(spec, override[1], seg.text, lex);
    if (spec.multi && listed.length > 0) return listed.map(asQualifier);
    const addable = Object.entries(spec.map ?? {}).filter(([v]) => spec.included?.includes(v) ?? true);
    const inUnit = has(lex, 'includingWord', unitText);
    // A sentence after lists the parts of "all" ("databases, temporary files, logs and backups"):
    // only its backups are a scope of their own; its files are seldom the customer's files.
    const after = (v: string, c: string) => follows !== undefined && v === 'backups' && has(lex, c, follows);
    const included = spec.multi ? addable.filter(([v, c]) => (inUnit && has(lex, c, unitText)) || after(v, c)).map(([v]) => v) : [];
    return [override[0], ...included].map(asQualifier);
  }
  if (spec.alone && named.length !== 1) return [];
  const described = dropDescribers(named, spec, seg, lex);
  const found = described.filter((v) => !spec.medium?.includes(v) || !holdsOther(v, described, spec, seg, lex));
  let values = spec.multi ? found : found.slice(0, 1);
  const other = Object.entries(spec.withOther ?? {}).find(([, c]) => has(lex, c, seg.text));
  if (other && values.length > 0) values = [other[0]];
  return values.map(asQualifier);
}

function valuesOf(spec: QualifierSpec, seg: Segment, ctx: UnitContext): Array<string | boolean> {
  switch (spec.kind) {
    case 'edition':
      return edition(seg.text, ctx.lex);
    case 'deletionScope':
      return deletionScope(seg, ctx);
    case 'deletionTrigger':
      return deletionTrigger(seg, ctx);
    case 'frequency':
      return findFrequencies(seg.text, ctx.lex).slice(0, 1).map((f) => f.iso);
    default: {
      const found = mapped(spec, seg, ctx.lex, ctx.text, spec.included ? inclusionAfter(ctx) : undefined);
      const next = spec.next && found.length === 0 ? nextSentence(ctx.after) : undefined;
      if (!next) return found;
      // Only what the next sentence affirms ("This no longer requires the password" names no password).
      const map = Object.fromEntries(Object.entries(spec.map ?? {}).filter(([, c]) => hits(ctx.lex, c, next).some((h) => !isNegated(ctx.lex, next, h))));
      return mapped({ ...spec, map }, { text: next, offset: 0 }, ctx.lex, next);
    }
  }
}

/** Qualifier sets for one segment; multi-valued keys give several sets. */
export function qualifierSets(specs: Record<string, QualifierSpec> | undefined, seg: Segment, ctx: UnitContext): Qualifiers[] {
  let sets: Qualifiers[] = [{}];
  for (const [key, spec] of Object.entries(specs ?? {})) {
    const values = valuesOf(spec, seg, ctx);
    if (values.length > 0) sets = sets.flatMap((s) => values.map((v) => ({ ...s, [key]: v })));
  }
  return sets;
}
