/** The UI languages, apart from i18next and the dictionaries (index.ts), for callers that only validate a locale. */
export const LOCALES = ['en', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
