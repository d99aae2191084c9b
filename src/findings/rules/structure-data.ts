/**
 * Cue lists for the structure rules, from rules/{common,en,pl}/structure.json. The rules use the
 * union of the English and Polish cues: a Polish paper can keep an English caption ("Fig 1.")
 * and an English one can carry a Polish date label.
 */
import common from '../../../rules/common/structure.json' with { type: 'json' };
import en from '../../../rules/en/structure.json' with { type: 'json' };
import pl from '../../../rules/pl/structure.json' with { type: 'json' };

interface LangCues {
  tocHeadings: string[];
  figureListHeadings: string[];
  captionCues: string[];
  continuationWords: string[];
  letterLines: { greetings: string[]; closings: string[] };
  tocPageWords: string[];
  listJoiners: string[];
  sentenceOpeners: string[];
  updatePhrases: string[];
  effectivePhrases: string[];
  months: Record<string, number>;
  signatureCaptions: { words: string[] };
  layoutLines: { streets: string[]; streetTypes: string[]; continuations: string[]; signatureLeads: string[] };
}

const LANGS: LangCues[] = [en, pl];

function union(pick: (l: LangCues) => string[]): string[] {
  return [...new Set(LANGS.flatMap((l) => pick(l).map((w) => w.toLowerCase())))].sort();
}

/** A regex alternation, longest first so "last updated" wins over "updated". */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

export const tocHeadings = union((l) => l.tocHeadings);
/** Titles of a list of figures or tables that follows the contents. */
export const figureListHeadings = union((l) => l.figureListHeadings);
export const captionCues = union((l) => l.captionCues);
export const continuationWords = new Set(union((l) => l.continuationWords));
export const updatePhrases = union((l) => l.updatePhrases);
/** Labels of the date a document takes effect ("Effective date:", "obowiązuje od"): no update date. */
export const effectivePhrases = union((l) => l.effectivePhrases);
/** Greeting and sign-off lines of letters and e-mails ("Dear Sir or Madam,", "Z poważaniem"). */
export const letterGreetings = union((l) => l.letterLines.greetings);
export const letterClosings = union((l) => l.letterLines.closings);
/** Words before a TOC entry's page number ("Page 4", "– s. 2", "str. 7"). */
export const tocPageWords = union((l) => l.tocPageWords);
/** Conjunctions that end an enumeration item before the last one (", or", ", oraz"). */
export const listJoiners = union((l) => l.listJoiners);
/** Words that open a sentence of their own ("A", "The", "Każda"): after a comma, the next item starts. */
export const sentenceOpeners = new Set(union((l) => l.sentenceOpeners));
/** Captions of a signature block ("Signature:", "Podpis:"): its blank lines are meant to be signed. */
export const signatureCaptions = union((l) => l.signatureCaptions.words);
/** Address, contract-layout and signature lines (split-across-paragraph). */
export const layoutLines = {
  streets: union((l) => l.layoutLines.streets),
  streetTypes: union((l) => l.layoutLines.streetTypes),
  continuations: union((l) => l.layoutLines.continuations),
  signatureLeads: union((l) => l.layoutLines.signatureLeads),
  postcodes: common.postcodes.patterns,
};
export const months: Record<string, number> = Object.fromEntries(
  LANGS.flatMap((l) => Object.entries(l.months)),
);
export const joinedWords = {
  names: new Set(common.joinedWords.names),
  nameRecurrence: common.joinedWords.nameRecurrence,
  minPartLength: common.joinedWords.minPartLength,
  /** Company suffixes after a name ("PingWave, Inc.", "MailRelay Sp. z o.o."). */
  companySuffixes: common.joinedWords.companySuffixes,
  /** Nouns a product is called by, after its name (EN) or before it (PL): "PingWave mobile app". */
  productNouns: common.joinedWords.productNouns,
};
export const untranslated = common.untranslated;
/** File and host-name suffixes after a dot, words after a suspended hyphen (word-breaks.ts). */
export const wordBreaks = {
  fileSuffixes: new Set(common.wordBreaks.fileSuffixes),
  hyphenJoiners: new Set([...common.wordBreaks.hyphenJoiners, ...listJoiners]),
};
/** Mandatory/optional wording of both languages (wording-contradiction). */
export const modality = {
  mandatory: [...en.modality.mandatory, ...pl.modality.mandatory],
  optional: [...en.modality.optional, ...pl.modality.optional],
  stopwords: [...en.modality.stopwords, ...pl.modality.stopwords],
  actors: {
    staff: [...en.modality.actors.staff, ...pl.modality.actors.staff],
    users: [...en.modality.actors.users, ...pl.modality.actors.users],
  },
};
