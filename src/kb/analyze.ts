/**
 * The per-document part of the KB build: one document -> its claims and findings, with each
 * finding's message in every UI language. Pure and independent of other documents, so it runs
 * per file inside a pool worker (ingest/tasks.ts) and its result can be cached by content hash;
 * the main thread only does the cross-document work (src/kb/build-kb.ts).
 */
import { extractClaims } from '../claims/extract.ts';
import type { Claim } from '../claims/types.ts';
import { documentFindingsIn } from '../findings/document-findings.ts';
import type { Finding } from '../findings/types.ts';
import type { Locale } from '../i18n/index.ts';
import type { SeckbDocument } from '../model/types.ts';

import { OTHER_LOCALES, REPORT_LOCALE } from './report-locales.ts';

export { OTHER_LOCALES, REPORT_LOCALE };

export interface DocumentAnalysis {
  document: SeckbDocument;
  claims: Claim[];
  /** In REPORT_LOCALE. */
  findings: Finding[];
  /** The same findings' messages in OTHER_LOCALES: locale -> finding id -> message. */
  messages: Partial<Record<Locale, Record<string, string>>>;
}

export interface AnalyzeOptions {
  /** "Now" for date rules. */
  now?: Date;
  /** Decoded source text of line-based files (md, txt, html): source-scope rules, inline silences. */
  source?: string;
  /** Finding or rule ids silenced (`<file>.seckb-ignore`). */
  silenced?: string[];
}

export function analyzeDocument(document: SeckbDocument, opts: AnalyzeOptions = {}): DocumentAnalysis {
  const claims = extractClaims(document);
  const { findings, messages } = documentFindingsIn(
    document,
    { claims, locale: REPORT_LOCALE, now: opts.now, source: opts.source, silenced: opts.silenced },
    OTHER_LOCALES,
  );
  return { document, claims, findings, messages };
}
