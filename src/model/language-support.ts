/**
 * Which languages seckb has rules for (EN, PL), apart from language detection (language.ts), so
 * a command's main thread can ask without loading franc's trigram data.
 */
import languages from '../../rules/model/languages.json' with { type: 'json' };
import type { Lang } from './types.ts';

const SUPPORTED = new Set<Lang>(languages.supported);

/** seckb has rules (findings, claims) for this language: EN and PL. */
export function isSupportedLanguage(lang: Lang): boolean {
  return SUPPORTED.has(lang);
}
