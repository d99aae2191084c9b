/** A document language's name in the UI language: the locale's own string, else Intl ("duński"). Pure. */
import type { Locale } from '../i18n/index.ts';

export function languageLabel(code: string, locale: Locale, translated: string): string {
  if (translated) return translated;
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
