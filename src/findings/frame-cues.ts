/**
 * The cue words of statement frames (rules/{en,pl}/statement-frames.json) as regular expressions:
 * one per cue list, both languages merged (a Polish paper may quote an English term), plus the
 * patterns built from them: plan names, scopes, examples, ranges, a change "from" an old value.
 * Browser-safe.
 */
import en from '../../rules/en/statement-frames.json' with { type: 'json' };
import pl from '../../rules/pl/statement-frames.json' with { type: 'json' };
import { narrowedRegExp, termList } from '../regex/narrowed.ts';
import { months } from './rules/structure-data.ts';

export interface FrameCues {
  changelog: string[];
  rowSubjects: Record<string, string[]>;
  reported: string[];
  remainder: string[];
  partial: string[];
  wholeData: string[];
  exception: string[];
  universal: string[];
  separateComponent: string[];
  anaphora: string[];
  triggers: Record<string, string[]>;
  stage: string[];
  copyStep: string[];
  schemeTiers: Record<string, string[]>;
  expiry: string[];
  productionStep: string[];
  termedException: { except: string[]; units: string[]; none: string[] };
  minimum: string[];
  tiers: { names: string[]; after: string[]; before: string[] };
  timeframe: Record<string, string[]>;
  presentDenial: string[];
  scopes: Record<string, Record<string, string[]>>;
  option: string[];
  setting: string[];
  instruction: string[];
  typical: string[];
  example: string[];
  remedy: string[];
  below: string[];
  range: { open: string[]; join: string[] };
  changeFrom: { verbs: string[]; from: string[] };
  outcome: { judge: string[]; target: string[] };
  internal: string[];
  productUsers: string[];
  customerSide: { subject: string[]; duty: string[]; demand: string[] };
  periods: { quantifiers: string[]; units: string[] };
  dated: { until: string[]; from: string[]; future: string[]; yearAfter: string[] };
}

const LANGS: FrameCues[] = [en, pl];

/**
 * One regex for a cue list: whole words, `*` lets a word go on, a space is any white space.
 * Case is ignored unless `keepCase` (acronyms: "US" is no "us").
 */
export function cueRe(cues: readonly string[], keepCase = false): RegExp {
  const alt = cueSources(cues);
  const flags = keepCase ? 'u' : 'iu';
  // Narrowed (src/regex/narrowed.ts): per text only the cues it can hold are compiled.
  if (alt.length === 0) return new RegExp('(?<![\\p{L}\\p{N}])(?:)(?![\\p{L}\\p{N}])', flags);
  return narrowedRegExp(['(?<![\\p{L}\\p{N}])', termList(alt), '(?![\\p{L}\\p{N}])'], flags);
}

/** The regex source of each cue, longest first (see cueRe). */
export function cueSources(cues: readonly string[]): string[] {
  return [...new Set(cues)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((c) => {
      const open = c.endsWith('*');
      const body = (open ? c.slice(0, -1) : c).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '\\p{L}*').replace(/ /g, '\\s+');
      return open ? `${body}\\p{L}*` : body;
    });
}

export const allCues = (pick: (l: FrameCues) => string[]): string[] => LANGS.flatMap(pick);
const all = (pick: (l: FrameCues) => string[]) => cueRe(allCues(pick));

/** Named cue lists (triggers, timeframes) keyed by name, both languages merged. */
export function named(pick: (l: FrameCues) => Record<string, string[]>): Array<[string, RegExp]> {
  const names = [...new Set(LANGS.flatMap((l) => Object.keys(pick(l))))].sort();
  return names.map((n) => [n, cueRe(LANGS.flatMap((l) => pick(l)[n] ?? []))]);
}

export const RE = {
  changelog: all((l) => l.changelog),
  reported: all((l) => l.reported),
  remainder: all((l) => l.remainder),
  partial: all((l) => l.partial),
  wholeData: all((l) => l.wholeData),
  exception: all((l) => l.exception),
  universal: all((l) => l.universal),
  separateComponent: all((l) => l.separateComponent),
  stage: all((l) => l.stage),
  copyStep: all((l) => l.copyStep),
  expiry: all((l) => l.expiry),
  minimum: all((l) => l.minimum),
  option: all((l) => l.option),
  setting: all((l) => l.setting),
  typical: all((l) => l.typical),
  remedy: all((l) => l.remedy),
  productionStep: all((l) => l.productionStep),
  internal: all((l) => l.internal),
  productUsers: all((l) => l.productUsers),
  customerDuty: all((l) => l.customerSide.duty),
  customerDemand: all((l) => l.customerSide.demand),
  future: all((l) => l.dated.future),
};
export const TRIGGERS = named((l) => l.triggers);
export const TIMEFRAMES = named((l) => l.timeframe);
/** A statement or a table cell opening with a denial ("No | Planned for 5.0", "Jeszcze nie – w planach"): what it denies holds now. */
export const PRESENT_DENIAL = new RegExp(`(?:^|\\|)\\s*(?:${cueSources(allCues((l) => l.presentDenial)).join('|')})\\s*(?:[|,;:.–—-]|$)`, 'iu');
export const ROW_SUBJECTS = new Map(named((l) => l.rowSubjects));
/** "below", "poniżej" and the signs "<", "≤": the regex source of what stands before a breach threshold's figure. */
export const BELOW_SOURCE = `(?:[<≤]|(?<![\\p{L}\\p{N}])(?:${cueSources(allCues((l) => l.below)).join('|')}))`;
const SCHEME_TIERS = named((l) => l.schemeTiers);
/** The tiers of a backup scheme a statement names besides the operational backups ("archive", "point-in-time"), sorted and joined ('' when none). */
export const schemeTiersOf = (text: string): string => SCHEME_TIERS.filter(([, re]) => re.test(text)).map(([n]) => n).join(',');
/** A statement that refers back in its first two words ("This copy ...", "Kopia ta ..."). */
export const ANAPHORIC = new RegExp(`^\\s*(?:\\p{L}+\\s+)?(?:${LANGS.flatMap((l) => l.anaphora).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word in any case (no inline `(?i:)` in Node 20's regexes). */
const anyCase = (w: string) => [...w].map((ch) => (ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : esc(ch))).join('');
const alt = (words: string[], f: (w: string) => string = esc) => [...new Set(words)].sort((a, b) => b.length - a.length).map(f).join('|');
const tierNames = alt(LANGS.flatMap((l) => l.tiers.names));
/**
 * A plan name (case as written) next to a plan word (any case): "the Enterprise plan", "pakiet
 * Premium"; or opening a list item as its label: "Starter: 7 days", "- Premium – 35 dni".
 */
const TIER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${tierNames})\\s+(?:${alt(LANGS.flatMap((l) => l.tiers.after), anyCase)})|(?:${alt(LANGS.flatMap((l) => l.tiers.before), anyCase)})\\s+(${tierNames}))(?![\\p{L}\\p{N}])` +
    `|^\\s*(?:[-*•]\\s*)?(${tierNames})\\s*[:–—]`,
  'gu',
);

/** The plans a statement names, sorted and joined ('' when none). */
export function tiersOf(text: string): string {
  const names = new Set<string>();
  for (const m of text.matchAll(TIER)) names.add((m[1] ?? m[2] ?? m[3]).toLowerCase());
  return [...names].sort().join(',');
}

/** Per scope dimension (data, copy, region, environment), its values' regexes: acronyms keep their case. */
const SCOPES: Array<[string, Array<[string, RegExp[]]>]> = [...new Set(LANGS.flatMap((l) => Object.keys(l.scopes)))].sort().map((dim) => {
  const values = [...new Set(LANGS.flatMap((l) => Object.keys(l.scopes[dim] ?? {})))].sort();
  return [
    dim,
    values.map((v): [string, RegExp[]] => {
      const cues = LANGS.flatMap((l) => l.scopes[dim]?.[v] ?? []);
      const acronym = (c: string) => c.length > 1 && c === c.toUpperCase() && /\p{Lu}/u.test(c);
      const [words, acronyms] = [cues.filter((c) => !acronym(c)), cues.filter(acronym)];
      return [v, [...(words.length ? [cueRe(words)] : []), ...(acronyms.length ? [cueRe(acronyms, true)] : [])]];
    }),
  ];
});

/** What a statement is about, per dimension: "data=database,files;region=eu" ('' when it names none). */
export function scopesOf(text: string): string {
  const parts: string[] = [];
  for (const [dim, values] of SCOPES) {
    const named = values.filter(([, res]) => res.some((re) => re.test(text))).map(([v]) => v);
    if (named.length > 0) parts.push(`${dim}=${named.join(',')}`);
  }
  return parts.join(';');
}

const words = (list: string[]) => alt(list.map((w) => w.replace(/\.$/, '')), esc);
const exampleWords = words(LANGS.flatMap((l) => l.example));
/**
 * An illustration: an example cue opening the statement ("For example, ...") or followed by a
 * condition ("e.g. if"); "data (e.g. work orders)" inside a rule only lists what it covers.
 */
const EXAMPLE = new RegExp(
  `^\\W*(?:${exampleWords})(?![\\p{L}])|(?<![\\p{L}])(?:${exampleWords})\\W+(?:if|when|jeśli|jeżeli|gdy|kiedy)(?![\\p{L}])`,
  'iu',
);
export const isExample = (text: string): boolean => EXAMPLE.test(text);

/** A step of a how-to, opening with an imperative ("Turn on Require 2FA ...", "Włącz ..."): it tells of an option. */
const INSTRUCTION = new RegExp(`^\\W*(?:${words(LANGS.flatMap((l) => l.instruction))})(?![\\p{L}])`, 'iu');
export const isInstruction = (text: string): boolean => INSTRUCTION.test(text);

const NUM = '\\d+(?:[.,]\\d+)?';

/**
 * An exception that states its own term ("except backups, which expire after 60 days", "z wyjątkiem
 * kopii, które wygasają po 45 dniach"): an `except` word, then in its clause a number and a unit.
 */
const TERMED_EXCEPTION = new RegExp(
  `(?<![\\p{L}])(?:${words(LANGS.flatMap((l) => l.termedException.except))})(?![\\p{L}])[^.;!?]*?${NUM}\\s*(?:${words(LANGS.flatMap((l) => l.termedException.units)).replace(/\\\*/g, '\\p{L}*')})(?![\\p{L}])`,
  'giu',
);
/** An exception denied: "required for all staff, without exception", "bez wyjątku". */
const NO_EXCEPTION = new RegExp(`(?<![\\p{L}])(?:${words(LANGS.flatMap((l) => l.termedException.none))})(?![\\p{L}])`, 'giu');
/** The text without its termed exceptions, nor its denied ones. */
export const withoutTermedExceptions = (text: string): string => text.replace(TERMED_EXCEPTION, ' ').replace(NO_EXCEPTION, ' ');
/** Both ends of a range: "between 7 and 35 days", "od 7 do 35 dni", "7–35 days". */
const RANGE = new RegExp(
  `(?<![\\p{L}])(?:${words(LANGS.flatMap((l) => l.range.open))})\\s+${NUM}(?:\\s*%|\\s+\\p{L}+)?\\s+(?:${words(LANGS.flatMap((l) => l.range.join))})\\s+${NUM}|(?<![\\d.,-])${NUM}\\s*[–—-]\\s*${NUM}(?![\\d.,-])\\s*(?:%|\\p{L})`,
  'iu',
);
export const statesRange = (text: string): boolean => RANGE.test(text);

/** A change told with its old value: "we increased retention from 14 days", "skróciliśmy okres z 90 dni": the number after "from". */
const CHANGE_FROM = new RegExp(
  `(?<![\\p{L}])(?:${words(LANGS.flatMap((l) => l.changeFrom.verbs))})\\p{L}*(?:\\s+\\S+){0,5}?\\s+(?:${words(LANGS.flatMap((l) => l.changeFrom.from))})\\s+(${NUM})`,
  'iu',
);
export function changedFrom(text: string): string | undefined {
  return CHANGE_FROM.exec(text)?.[1]?.replace(',', '.');
}

/**
 * A measured outcome judged against an objective named without a figure: "which missed our RTO",
 * "was within our RPO", "przekroczyło nasze RTO"; "within our RTO of 4 hours" states the objective.
 */
const OUTCOME = new RegExp(
  `(?<![\\p{L}])(?:${words(LANGS.flatMap((l) => l.outcome.judge))})\\s+(?:\\p{L}+\\s+){0,2}?(?:${words(LANGS.flatMap((l) => l.outcome.target))})(?![\\p{L}\\p{N}])(?![\\s,]*(?:[\\p{L}-]+\\s+){0,2}\\d)`,
  'iu',
);
export const judgesOutcome = (text: string): boolean => OUTCOME.test(text);

/** Cue words as an alternation, a trailing `*` letting the word go on. */
const stems = (list: string[]) => words(list).replace(/\\\*/g, '\\p{L}*');

/**
 * A universal word that counts a period ("each month", "every 4 hours", "każdego dnia"): it says
 * how often, not that a rule admits no exception.
 */
const PERIOD = new RegExp(
  `(?<![\\p{L}])(?:${stems(LANGS.flatMap((l) => l.periods.quantifiers))})\\s+(?:\\d+\\s+|other\\s+)?(?:${stems(LANGS.flatMap((l) => [...l.periods.units, ...l.termedException.units]))})(?![\\p{L}])`,
  'giu',
);
export const withoutPeriods = (text: string): string => text.replace(PERIOD, ' ');
/** "at most 30 days", "co najwyżej": a bound, not part of the data. */
const BOUND_MOST = /(?<![\p{L}\p{N}])at\s+most(?![\p{L}\p{N}])/giu;
/** A statement about part of the data ("most use data is not encrypted", "niektóre pliki"). */
export const speaksOfPart = (text: string): boolean => RE.partial.test(text.replace(BOUND_MOST, ' '));

/** The vendor's own staff or corporate IT, named without the product's users ("staff accounts on our internal systems"). */
export const internalOnly = (text: string): boolean => RE.internal.test(text) && !RE.productUsers.test(text);

/**
 * What the customer's side does: its administrators as the subject ("Customer administrators review ..."),
 * its stated duty, or what the buyer requires of the vendor ("Zamawiający wymaga, aby RTO ...").
 */
const CUSTOMER_SUBJECT = new RegExp(`^\\W*(?:the\\s+)?(?:${words(LANGS.flatMap((l) => l.customerSide.subject))})(?![\\p{L}])`, 'iu');
export const customerSide = (text: string): boolean => CUSTOMER_SUBJECT.test(text) || RE.customerDuty.test(text) || RE.customerDemand.test(text);

/**
 * A date with its year: "1 March 2027", "marca 2025 r.", "2026," (a bare year only before a
 * punctuation mark, the sentence's end or `yearAfter`, so "up to 2000 users" is none).
 */
const MONTHS = alt(Object.keys(months));
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+)?(?:(?:${MONTHS})\\s+(?:19|20)\\d\\d(?!\\d)|(?:19|20)\\d\\d(?=\\s*(?:[,.;:)]|$|(?:${words(LANGS.flatMap((l) => l.dated.yearAfter))})(?![\\p{L}]))))`;
const UNTIL_DATE = new RegExp(`(?<![\\p{L}])(?:${words(LANGS.flatMap((l) => l.dated.until))})\\s+${DATE}`, 'iu');
const FROM_DATE = new RegExp(`(?<![\\p{L}])(?:${words(LANGS.flatMap((l) => l.dated.from))})\\s+${DATE}`, 'iu');

/**
 * The time a dated statement speaks of: 'past' for what held until a date ("Until March 2025 the
 * contracts promised 72 hours"), 'planned' for what will hold from a date ("From 1 March 2027
 * backups will be kept 60 days"); undefined for an undated one.
 */
export function datedTimeframe(text: string): string | undefined {
  if (UNTIL_DATE.test(text)) return 'past';
  if (FROM_DATE.test(text) && RE.future.test(text)) return 'planned';
  return undefined;
}
