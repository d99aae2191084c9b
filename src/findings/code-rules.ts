/**
 * SHARED FILE (findings A owns it; findings B may add lines): the registry of rules that need
 * code. B's only edit here: one `import { rule as x } from './rules/<rule-id>.ts';` line and one
 * entry in CODE_RULES per rule module. Keep the array sorted by rule id (deterministic output).
 */
import type { CodeRule } from './rule-types.ts';
import { rule as backupExpiryMismatch } from './rules/backup-expiry-mismatch.ts';
import { rule as contradiction } from './inconsistency.ts';
import { rule as eventDenial } from './rules/event-denial.ts';
import { rule as exclusiveLocation } from './rules/exclusive-location.ts';
import { rule as generalScoped } from './rules/general-scoped.ts';
import { rule as hedgedAnswer } from './rules/hedged-answer.ts';
import { hiddenRowsRule, hiddenSheetRule } from './rules/hidden-rows.ts';
import { rule as joinedWords } from './rules/joined-words.ts';
import { rule as missingFigure } from './rules/missing-figure.ts';
import { rule as restoreWindowMismatch } from './rules/restore-window-mismatch.ts';
import { rule as splitAcrossPage } from './rules/split-across-page.ts';
import { rule as splitAcrossParagraph } from './rules/split-across-paragraph.ts';
import { rule as staleDocument } from './rules/stale-document.ts';
import { rule as strayBoldMarker } from './rules/stray-bold-marker.ts';
import { rule as tocMissingEntry } from './rules/toc-missing-entry.ts';
import { rule as tocMissingHeading } from './rules/toc-missing-heading.ts';
import { rule as tocRenumbered } from './rules/toc-renumbered.ts';
import { rule as unbalancedQuote } from './rules/unbalanced-quote.ts';
import { rule as unansweredQuestion } from './rules/unanswered-question.ts';
import { rule as unfilledField } from './rules/unfilled-field.ts';
import { gluedSentence, hyphenSplitWord } from './rules/word-breaks.ts';
import { rule as untranslatedSegment } from './rules/untranslated-segment.ts';
import { rule as wordingContradiction } from './rules/wording-contradiction.ts';

export const CODE_RULES: readonly CodeRule[] = [
  backupExpiryMismatch,
  contradiction,
  eventDenial,
  exclusiveLocation,
  generalScoped,
  gluedSentence,
  hedgedAnswer,
  hiddenRowsRule,
  hiddenSheetRule,
  hyphenSplitWord,
  joinedWords,
  missingFigure,
  restoreWindowMismatch,
  splitAcrossPage,
  splitAcrossParagraph,
  staleDocument,
  strayBoldMarker,
  tocMissingEntry,
  tocMissingHeading,
  tocRenumbered,
  unansweredQuestion,
  unfilledField,
  unbalancedQuote,
  untranslatedSegment,
  wordingContradiction,
];
