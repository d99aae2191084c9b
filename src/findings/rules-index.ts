/**
 * Every built-in rule file, imported statically so the browser's draft checker bundles the same
 * data the CLI uses. A test fails when a rule file (a JSON array) in rules/{common,en,pl} is
 * missing here; object-shaped files there (structure.json, ...) are data of the code rules.
 */
import type { RuleFile } from './rule-data.ts';
import commonChatTokens from '../../rules/common/chat-tokens.json' with { type: 'json' };
import commonEditorialNote from '../../rules/common/editorial-note.json' with { type: 'json' };
import commonMarkupResidue from '../../rules/common/markup-residue.json' with { type: 'json' };
import commonMixedScript from '../../rules/common/mixed-script.json' with { type: 'json' };
import commonPlaceholder from '../../rules/common/placeholder.json' with { type: 'json' };
import enAiChatResidue from '../../rules/en/ai-chat-residue.json' with { type: 'json' };
import enDuplicatedPhrase from '../../rules/en/duplicated-phrase.json' with { type: 'json' };
import enEditorialNote from '../../rules/en/editorial-note.json' with { type: 'json' };
import enPlaceholder from '../../rules/en/placeholder.json' with { type: 'json' };
import plAiChatResidue from '../../rules/pl/ai-chat-residue.json' with { type: 'json' };
import plDuplicatedPhrase from '../../rules/pl/duplicated-phrase.json' with { type: 'json' };
import plEditorialNote from '../../rules/pl/editorial-note.json' with { type: 'json' };
import plPlaceholder from '../../rules/pl/placeholder.json' with { type: 'json' };

export const BUILTIN_RULE_FILES: readonly RuleFile[] = [
  { path: 'rules/common/chat-tokens.json', lang: 'common', entries: commonChatTokens },
  { path: 'rules/common/editorial-note.json', lang: 'common', entries: commonEditorialNote },
  { path: 'rules/common/markup-residue.json', lang: 'common', entries: commonMarkupResidue },
  { path: 'rules/common/mixed-script.json', lang: 'common', entries: commonMixedScript },
  { path: 'rules/common/placeholder.json', lang: 'common', entries: commonPlaceholder },
  { path: 'rules/en/ai-chat-residue.json', lang: 'en', entries: enAiChatResidue },
  { path: 'rules/en/duplicated-phrase.json', lang: 'en', entries: enDuplicatedPhrase },
  { path: 'rules/en/editorial-note.json', lang: 'en', entries: enEditorialNote },
  { path: 'rules/en/placeholder.json', lang: 'en', entries: enPlaceholder },
  { path: 'rules/pl/ai-chat-residue.json', lang: 'pl', entries: plAiChatResidue },
  { path: 'rules/pl/duplicated-phrase.json', lang: 'pl', entries: plDuplicatedPhrase },
  { path: 'rules/pl/editorial-note.json', lang: 'pl', entries: plEditorialNote },
  { path: 'rules/pl/placeholder.json', lang: 'pl', entries: plPlaceholder },
];
