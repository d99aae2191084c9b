/**
 * The shape of rule data (rules/<lang>/*.json, rules/common/*.json, a user's `--rules FILE`).
 * One JSON file is an array of entries; `load-rules.ts` validates and compiles them once.
 */
import type { BlockType, Format } from '../model/types.ts';
import type { FindingKind, Severity } from './types.ts';

export const MATCHERS = ['phrase', 'pattern', 'script', 'repeat'] as const;
export type MatcherName = (typeof MATCHERS)[number];

/**
 * Where a rule looks: each sentence, each line of the normalized text, the whole text, or each
 * line of the raw source file (markup the reader renders away, e.g. `**x**` in a .txt read as
 * markdown, or a link to `#`; needs `checkDocument(doc, { source })`).
 */
export const SCOPES = ['sentence', 'line', 'document', 'source'] as const;
export type Scope = (typeof SCOPES)[number];

/** The language a rule file applies to: `common` runs on every unit. */
export type RuleLang = 'en' | 'pl' | 'common';

/** An accepted match, with the text that motivated it (style.md: say why an exception exists). */
export interface RuleException {
  /** The matched text, compared case-insensitively with whitespace collapsed. */
  text?: string;
  /** Or a regular expression tested against the matched text (flags `iu`). */
  pattern?: string;
  /**
   * Only when the words just before the match fit this expression (flags `iu`, tested on the
   * 24 characters before it): Polish "o nie nie proszą" is a preposition's pronoun and a negation.
   */
  before?: string;
  /**
   * Only when the words just after the match fit this expression (flags `iu`, tested on the 24
   * characters after it): "the Team plan plan their windows" is a plan's name, then a verb.
   */
  after?: string;
  /**
   * How many characters `before` and `after` see (default 24, at most 200): a slot inside the
   * quoted text a reader is told to type ('W temacie wpisz: "Usunięcie konta - [Twój e-mail]"').
   */
  reach?: number;
  why: string;
}

/** An example: a string, or a string with the file format it comes from. */
export type RuleExample = string | { text: string; format?: Format };

export interface RuleEntry {
  id: string;
  kind: FindingKind;
  matcher: MatcherName;
  severity: Severity;
  /** Key in locales/<locale>/findings.json. */
  messageKey: string;
  /** phrase: the phrases (any case unless `caseSensitive`, flexible spaces and apostrophes). */
  tokens?: string[];
  /** pattern: a JavaScript regular expression source. */
  pattern?: string;
  /** pattern: extra flags among `i`, `m`, `s` (`g` and `u` are always on). */
  flags?: string;
  /** pattern: report this capture group instead of the whole match. */
  group?: number;
  /** phrase: `start` = only at the start of the unit, `whole` = the unit is the phrase. */
  anchor?: 'start' | 'whole';
  caseSensitive?: boolean;
  exceptions?: RuleException[];
  scope?: Scope;
  /** Only for documents whose source format is one of these (`.txt` read as markdown is `txt`). */
  formats?: Format[];
  /** Only units inside blocks of these types (sentence and line scopes). */
  blocks?: BlockType[];
  /** Units inside blocks of these types are skipped. */
  skipBlocks?: BlockType[];
  /** script: the scripts whose look-alike letters are flagged inside Latin text. */
  scripts?: string[];
  /** script: `mixed` = a word mixing Latin with them; `whole-word` = a look-alike-only word in Latin text. */
  mode?: 'mixed' | 'whole-word' | 'word' | 'name';
  /** script: letters of those scripts that look like Latin ones. */
  lookalikes?: string;
  /** repeat `name`: the words joining the repeated name ("and", "i"). */
  joiners?: string[];
  /** User rule files only: the language the entry applies to (default: every language). */
  lang?: RuleLang;
  examples?: { invalid: RuleExample[]; valid: RuleExample[] };
}

export interface RuleFile {
  /** Where the data came from, for error messages: `rules/pl/placeholder.json`. */
  path: string;
  lang: RuleLang;
  entries: unknown[];
}

/** Bad rule data: the message names the file and the entry (style.md "Errors"). */
export class RuleDataError extends Error {
  constructor(file: string, entry: number | undefined, problem: string) {
    super(entry === undefined ? `${file}: ${problem}` : `${file}: entry ${entry}: ${problem}`);
    this.name = 'RuleDataError';
  }
}

/** A user's rule file (`--rules FILE`): parsed JSON, entries apply to every language unless they say `lang`. */
export function userRuleFile(path: string, json: unknown): RuleFile {
  return { path, lang: 'common', entries: json as unknown[] };
}
