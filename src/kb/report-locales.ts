/** Which UI language findings.json speaks; the others go to messages/<lang>.json. Light: no i18next. */
import { LOCALES, type Locale } from '../i18n/locales.ts';

export const REPORT_LOCALE: Locale = 'en';
export const OTHER_LOCALES: readonly Locale[] = LOCALES.filter((l) => l !== REPORT_LOCALE);
